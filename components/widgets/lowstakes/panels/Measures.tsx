import type { LowStakesRun } from '@intermittent-distillations/compute/lowstakes';
import { formatNumber, formatProbability } from '../view';

/** Props of Measures: the run and the run length m it was computed for. */
export interface MeasuresProps {
  run: LowStakesRun;
  m: number;
  stakes: number;
  /** Whether the learner uses a learning rate (Hedge, Fixed-Share). */
  showRate: boolean;
}

/**
 * The run's figures: expected bad decisions, the catastrophe probability for runs of m, regret
 * against its bound, steps to recover, and the losses.
 */
export function Measures({ run, m, stakes, showRate }: MeasuresProps) {
  const fatal = run.catastropheProbability >= 0.5;
  return (
    <>
    <dl class="ls-measures">
      <div class={`ls-measure${run.badDecisions >= 1 ? ' ls-bad' : ''}`}>
        <dt>Expected bad decisions</dt>
        <dd>{formatNumber(run.badDecisions)}</dd>
      </div>
      <div class={`ls-measure${fatal ? ' ls-bad' : ''}`}>
        <dt>
          P(catastrophe): a run of {m === 1 ? 'one bad decision' : `${formatNumber(m, 0)} bad decisions`}
        </dt>
        <dd>{formatProbability(run.catastropheProbability)}</dd>
      </div>
      <div class="ls-measure">
        <dt>Regret{run.regretBound !== null ? ' (bound)' : ''}</dt>
        <dd>
          {formatNumber(run.regret)}
          {run.regretBound !== null ? <span class="ls-sub"> ({formatNumber(run.regretBound)})</span> : null}
        </dd>
      </div>
      <div class="ls-measure">
        <dt>Steps to recover</dt>
        <dd>{run.stepsToRecover === null ? 'never' : formatNumber(run.stepsToRecover, 0)}</dd>
      </div>
      <div class="ls-measure">
        <dt>Learner’s loss / best policy’s</dt>
        <dd>
          {formatNumber(run.learnerLoss)} <span class="ls-sub">/ {formatNumber(run.bestLoss)}</span>
        </dd>
      </div>
    </dl>
      <p class="ls-measures-note">
        Losses in units of an ordinary decision; a bad decision costs B = {formatNumber(stakes, 0)}. Best fixed policy in hindsight:{' '}
        {run.bestPolicy}.{showRate ? ` Learning rate η = ${run.eta.toPrecision(3)}.` : ''}
      </p>
    </>
  );
}
