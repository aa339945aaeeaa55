import { useId, useMemo, useRef } from 'preact/hooks';
import { evaluateScenario, type PriorsResult, type Scenario } from '@intermittent-distillations/compute/priors';
import { Issues } from '../../ui/Issues';
import { Permalink } from '../../ui/Permalink';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { Disclosure, FixedParams, InstanceCaption, InstanceLayout, useInstance, type InstanceProps } from '../../ui/instance/index';
import { priorsFigure } from './figure';
import { priorsInstance } from './instance';
import { CURVE_LABELS, CURVE_ORDER, RULE_LABELS } from './labels';
import { scenarioFromParams, SHOW_PARAM, type PriorsParams } from './params';
import { PriorsChart } from './panels/Chart';
import { PriorsControls } from './panels/Controls';
import { CurveToggles } from './panels/CurveToggles';
import { PriorsHeadline } from './panels/Headline';
import { RulesTable } from './panels/RulesTable';
import { PriorsSweepPanel } from './panels/SweepPanel';
import { WhyDiffer } from './panels/WhyDiffer';
import { formatPercent } from './view';
import './priors.css';

export { RULE_LABELS } from './labels';
export { parseFtpText } from './ftp';
import { formatFtpSlider } from './ftp';

const DEFAULT_TITLE = 'Semi-informative priors calculator';

/**
 * The values an editors' caption may quote (priorsInstance.quotable), formatted as the widget
 * shows them: `{probability}` is the headline's figure.
 * @example quotesOf(evaluateScenario(calendarOnly), defaults(priorsSchema)).probability // "4.22%"
 */
export function quotesOf(result: PriorsResult, params: PriorsParams): Record<string, string> {
  const calendar = result.rules.find((r) => r.kind === 'calendar');
  const start = Math.min(params.start, params.from);
  return {
    probability: formatPercent(result.probability),
    static: formatPercent(result.staticProbability),
    laplace: formatPercent(result.laplace.probability),
    calendar: calendar ? formatPercent(calendar.probability) : '–',
    from: String(result.from),
    to: String(result.to),
    ftp: formatFtpSlider(params.ftp),
    vs: String(params.vs),
    start: String(start),
    trialsSoFar: String(result.from - start),
  };
}

/** Props of the island: the instance's (components/ui/instance) plus the page path and a title. */
export interface PriorsIslandProps extends InstanceProps {
  /** Page path (for the permalink), e.g. "/notes/report-on-semi-informative-priors/". */
  path: string;
  /** Shown above the full model; a focused instance shows it only when given. */
  title?: string;
}

type Computed = { result: PriorsResult; scenario: Scenario };

/**
 * The semi-informative priors calculator: the report web tool's inputs, the combined probability
 * (updated and static) beside Laplace's rule, cumulative curves to 2100 with a keyboard cursor;
 * the full model folds the weights, conventions, rules table, sweep and notes behind disclosures
 * whose open state is in the URL. A focused instance (`controls`) shows only its controls, the
 * chart, the fixed-parameters line and its caption. Keys `<id>.<param>` (default id: priors).
 * Source: issue 5 (the calculator), issue 17 (instances).
 * @example <PriorsIsland path="/notes/report-on-semi-informative-priors/" />
 */
export function PriorsIsland({ path, title, ...instanceProps }: PriorsIslandProps) {
  const inst = useInstance(priorsInstance, instanceProps);
  const { id, params, setParams, issues, query, focused } = inst;
  const full = !focused;
  const uid = useId();
  const chartSvg = useRef<SVGSVGElement>(null);
  const lastGood = useRef<Computed | null>(null);

  const computed = useMemo(() => {
    try {
      const { scenario, notes } = scenarioFromParams(params);
      lastGood.current = { result: evaluateScenario(scenario), scenario };
      return { ...lastGood.current, notes, error: null as string | null };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      if (!lastGood.current) throw e;
      return { ...lastGood.current, notes: [] as string[], error };
    }
  }, [params]);
  const { result, scenario, notes, error } = computed;

  const set = (patch: Partial<PriorsParams>) => setParams(patch);
  const visible = CURVE_ORDER.filter((c) => params[SHOW_PARAM[c]]);
  const shownTitle = title ?? (full ? DEFAULT_TITLE : null);
  const Root = full ? 'section' : 'div';

  return (
    <Root class={`priors${focused ? ' priors-focused' : ''}`} data-instance={id} {...(full ? { 'aria-labelledby': `${uid}-title` } : {})}>
      {shownTitle ? (
        <p class="priors-title" id={`${uid}-title`}>
          {shownTitle}
        </p>
      ) : null}
      <Issues issues={issues} />
      {notes.length > 0 || error ? (
        <ul class="priors-notes" role="status">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
          {error ? <li>{error} Showing the last result that worked.</li> : null}
        </ul>
      ) : null}

      <InstanceLayout
        chart={
          <>
            <PriorsHeadline result={result} testPrefix={id} full={full} />
            <PriorsChart result={result} visible={visible} labels={CURVE_LABELS} svgRef={chartSvg} testPrefix={id} />
          </>
        }
        controls={
          <>
            {/* with the controls, not the chart: in the sticky chart on a phone they made it taller than the screen, covering every control */}
            {full ? <CurveToggles params={params} set={set} order={CURVE_ORDER} labels={CURVE_LABELS} /> : null}
            <PriorsControls params={params} set={set} shows={inst.shows} full={full} ruleLabels={RULE_LABELS} />
            {focused ? <FixedParams spec={priorsInstance} params={params} shown={inst.shown} /> : null}
          </>
        }
      />
      <InstanceCaption template={instanceProps.caption} values={quotesOf(result, params)} />

      {full ? (
        <>
          <Disclosure summary="Rules table: each rule’s probability and weights" open={params.tableOpen} onToggle={(tableOpen) => set({ tableOpen })} eager>
            <RulesTable result={result} params={params} labels={RULE_LABELS} testPrefix={id} />
          </Disclosure>
          <Disclosure summary="Sweep: one rule against one input, with the report’s printed values" open={params.sweepOpen} onToggle={(sweepOpen) => set({ sweepOpen })} class="priors-no-print">
            <PriorsSweepPanel params={params} set={set} />
          </Disclosure>
          <Disclosure summary="Why these numbers may differ from ones you know" open={params.detailsOpen} onToggle={(detailsOpen) => set({ detailsOpen })} eager>
            <WhyDiffer scenario={scenario} result={result} params={params} testPrefix={id} />
          </Disclosure>
        </>
      ) : null}

      <FigureMenu figure={priorsFigure({ path, query, id, title: shownTitle ?? `${DEFAULT_TITLE}: ${id}`, params, result, chart: chartSvg, labels: CURVE_LABELS })} />
      <Permalink class="priors-permalink" path={path} query={query} testId={`${id}-permalink`} />
    </Root>
  );
}
