/** One learner's panel: its posterior bars (kinds by pattern, not only colour), the min operation per action, and what it did this step; and the legend of model kinds. */
import type { LearnerView, ModelKind } from '@intermittent-distillations/compute/imitation';
import { formatCount, formatPercent, MIN_SIZE, MIN_SIZE_WIDE, minGeometry, NAMES, POSTERIOR_SIZE, POSTERIOR_SIZE_WIDE, posteriorGeometry, ROW_LABELS, type Size } from '../view';

function kindFill(kind: ModelKind, id: string): string {
  return kind === 'deceptive' ? `url(#${id}-hatch)` : kind === 'demonstrator' ? 'var(--ok)' : 'var(--surface)';
}

function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
        <rect width="4" height="4" class="imit-hatch-bg" />
        <line x1="1" y1="0" x2="1" y2="4" class="imit-hatch-line" />
      </pattern>
    </defs>
  );
}

export function Legend({ id, compact = false }: { id: string; compact?: boolean }) {
  const items: [ModelKind, string][] = [
    ['demonstrator', compact ? 'demonstrator πᵈ' : 'demonstrator πᵈ (solid)'],
    ['honest', compact ? 'honest but wrong' : 'honest but wrong (outline)'],
    ['deceptive', compact ? 'deceptive' : 'deceptive (hatched)'],
  ];
  return (
    <ul class={`imit-legend${compact ? ' imit-legend-compact' : ''}`} aria-label="Legend">
      {items.map(([kind, label]) => (
        <li key={kind}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <Patterns id={`${id}-lg-${kind}`} />
            <rect x="1" y="1" width="12" height="12" class={`imit-bar imit-${kind}`} style={{ fill: kindFill(kind, `${id}-lg-${kind}`) }} />
          </svg>
          {label}
        </li>
      ))}
      <li>
        <span class="imit-marker-key" aria-hidden="true">
          ▲
        </span>
        {compact ? 'in the set' : 'in the set the learner acts on'}
      </li>
    </ul>
  );
}

function posteriorSummary(view: LearnerView): string {
  const mass: Record<ModelKind, number> = { demonstrator: 0, honest: 0, deceptive: 0 };
  for (const p of view.posterior) mass[p.kind] += Number.isFinite(p.weight) ? p.weight : 0;
  const set = view.kind === 'mixture' ? 'acts on all models with weight' : `set of ${view.topSet.length}`;
  return `Posterior: demonstrator ${formatPercent(mass.demonstrator)}, honest models ${formatPercent(mass.honest)}, deceptive models ${formatPercent(mass.deceptive)}; ${set}; demonstrator ${view.demonstratorInTopSet ? 'in' : 'not in'} it.`;
}

function PosteriorChart({ view, id, size }: { view: LearnerView; id: string; size: Size }) {
  const g = posteriorGeometry(view, size);
  return (
    <svg class="imit-chart" viewBox={`0 0 ${size.width} ${size.height}`} role="img" aria-label={posteriorSummary(view)}>
      <Patterns id={id} />
      {g.yTicks.map((t) => (
        <g key={t.label}>
          <line x1={g.left} x2={g.right} y1={t.position} y2={t.position} class="imit-grid" />
          <text x={g.left - 3} y={t.position + 3} class="imit-tick" text-anchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {g.bars.map((b) => (
        <g key={b.index}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} class={`imit-bar imit-${b.kind}${b.inTopSet ? ' imit-in-set' : ''}`} style={{ fill: kindFill(b.kind, id) }} />
          {b.inTopSet ? <path d={`M${b.x + b.width / 2},${g.markerY - 4}l3,5h-6z`} class="imit-marker" /> : null}
        </g>
      ))}
      <line x1={g.left} x2={g.right} y1={g.y0} y2={g.y0} class="imit-axis" />
    </svg>
  );
}

function MinChart({ view, id, size }: { view: LearnerView; id: string; size: Size }) {
  const g = minGeometry(view, size, { top: 2, right: 6, bottom: 2, left: 34 });
  const conservative = view.minDistribution !== null;
  const split = g.segments.map((s) => `${s.label} ${formatPercent(s.probability)}`).join(', ');
  const label = conservative
    ? `Minimum over the ${view.topSet.length} models of the set, per action: ${g.rows.map((r) => `${r.label} ${formatPercent(r.min)}`).join(', ')}. This step: ${split}.`
    : `This step: ${split}.`;
  const barY = size.height - 18;
  return (
    <svg class="imit-chart" viewBox={`0 0 ${size.width} ${size.height}`} role="img" aria-label={label}>
      <Patterns id={id} />
      {g.rows.map((r) => (
        <g key={r.action}>
          <text x={g.x0 - 4} y={r.y + 3} class={`imit-tick${r.action === 2 ? ' imit-danger-text' : ''}`} text-anchor="end">
            {ROW_LABELS[r.action]}
          </text>
          <line x1={g.x0} x2={g.x1} y1={r.y} y2={r.y} class="imit-track" />
          <rect x={g.x0} y={r.y - 3} width={Math.max(0, r.minX - g.x0)} height={6} class={r.action === 2 ? 'imit-min imit-min-danger' : 'imit-min'} />
          {r.dots.map((d, i) => (
            <circle key={i} cx={d.x} cy={r.y} r={2.6} class={`imit-dot imit-${d.kind}`} style={{ fill: kindFill(d.kind, id) }} />
          ))}
        </g>
      ))}
      {g.segments.map((s) =>
        s.width > 0 ? <rect key={s.key} x={s.x} y={barY} width={s.width} height={12} class={`imit-seg imit-seg-${s.key}`} /> : null,
      )}
      <text x={g.x0 - 4} y={barY + 9} class="imit-tick" text-anchor="end">
        now
      </text>
    </svg>
  );
}

/** The step's split in words and numbers: what the bar under the min operation shows. */
function Split({ view }: { view: LearnerView }) {
  const g = minGeometry(view, MIN_SIZE);
  const [a0, a1, cat, ask] = g.segments;
  return (
    <p class="imit-split">
      {view.minDistribution ? 'p₀: ' : 'Acts: '}
      action 0 {formatPercent(a0!.probability)} · action 1 {formatPercent(a1!.probability)} ·{' '}
      <span class={cat!.probability > 0 ? 'imit-danger' : undefined}>⚠ catastrophe {formatPercent(cat!.probability)}</span> · ask the demonstrator
      {view.minDistribution ? (
        <>
          {' '}θ<sub>q</sub> = 1 − Σp₀ ={' '}
        </>
      ) : (
        ' '
      )}
      {formatPercent(ask!.probability)}
    </p>
  );
}

/**
 * One learner's panel. `single`: the figure shows this learner alone, as its primary chart — its
 * charts drawn wider (less tall) and its counts left to the figure's headline.
 */
export function LearnerPanel({ view, id, single = false }: { view: LearnerView; id: string; single?: boolean }) {
  const status =
    view.kind === 'conservative'
      ? `asks with probability ${formatPercent(view.queryProbability)}`
      : view.watching
        ? 'watching the demonstrator (training)'
        : 'acting alone since training ended';
  const bad = view.catastrophes > 0;
  return (
    <section class={`imit-panel imit-panel-${view.kind}${single ? ' imit-panel-single' : ''}`} aria-labelledby={`${id}-title`}>
      <p class={`imit-panel-title${single ? ' imit-visually-hidden' : ''}`} id={`${id}-title`}>
        {NAMES[view.kind]}
      </p>
      {single ? null : <dl class="imit-counts">
        <div class={`imit-count imit-catastrophes${bad ? ' imit-bad' : ''}`}>
          <dt>
            <span aria-hidden="true">⚠ </span>Catastrophes
          </dt>
          <dd>{formatCount(view.catastrophes)}</dd>
        </div>
        <div class="imit-count">
          <dt>Queries</dt>
          <dd>{formatCount(view.queries)}</dd>
        </div>
      </dl>}
      {single ? null : (
        <p class="imit-status">
          Now: {status}. πᵈ {view.demonstratorInTopSet ? 'is' : <strong>is not</strong>} in its set.
        </p>
      )}
      <p class="imit-sub">
        Posterior over the {view.posterior.length} models{single ? <>; πᵈ {view.demonstratorInTopSet ? 'is' : <strong>is not</strong>} in the set (▲)</> : null}
      </p>
      <PosteriorChart view={view} id={`${id}-post`} size={single ? POSTERIOR_SIZE_WIDE : POSTERIOR_SIZE} />
      <p class="imit-sub">{view.kind === 'conservative' ? 'The min operation: per action, a dot for each model in the set, the bar to their minimum p₀' : 'What it does this step'}</p>
      <MinChart view={view} id={`${id}-min`} size={single ? MIN_SIZE_WIDE : MIN_SIZE} />
      <Split view={view} />
    </section>
  );
}
