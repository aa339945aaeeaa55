import { useId, useRef } from 'preact/hooks';
// Direct module imports (not the pruning index), so the page never bundles TensorFlow.js.
import { type PlanarDataset, MNIST_ASSET } from '@intermittent-distillations/compute/pruning/data';
import { Disclosure, FixedParams, InstanceCaption, InstanceLayout, useInstance, type InstanceProps } from '../../ui/instance/index';
import { Permalink } from '../../ui/Permalink';
import { FigureMenu } from '../../ui/chart/FigureMenu';
import { Issues } from '../../ui/Issues';
import { useThemeVersion } from '../../ui/useThemeVersion';
import { pruningFigure } from './figure';
import { pruningInstance } from './instance';
import { totalSteps, type PruningParams } from './params';
import { quotesOf } from './quotes';
import type { TrainerFactory, TrainerReport } from './trainer';
import { fetchWithProgress, useTraining, type Status } from './useTraining';
import { formatBytes, formatPercent } from './view';
import { PruningSweepPanel } from './panels/SweepPanel';
import type { KnownSweep } from '../../ui/chart/useSweep';
import type { SweepValue } from '../../ui/chart/sweepGeometry';
import { Surface } from './panels/Surface';
import { Curves, LineKey } from './panels/Curves';
import { DigitsView } from './panels/DigitsView';
import { Controls, RunControls } from './panels/Controls';
import { Masks } from './panels/Masks';
import './pruning.css';

/** Props of the island: the digits asset's size (measured at build time), the instance's props; tests inject a trainer, fetch and URL. */
export interface PruningIslandProps extends InstanceProps {
  /** bytes of the packed digits asset, shown before the reader chooses to download it */
  mnistBytes: number;
  mnistUrl?: string;
  createTrainer?: TrainerFactory;
  fetchBytes?: (url: string, onProgress: (loaded: number, total: number) => void, expected?: number) => Promise<ArrayBuffer>;
  /** Page path for the permalink (from Astro; the default suits tests). */
  path?: string;
  /** The width sweep of the start state, trained at build time (prebuiltSweep.ts). */
  sweep?: KnownSweep<SweepValue> | undefined;
}

const defaultFactory: TrainerFactory = async () => (await import('./workerTrainer')).createWorkerTrainer();

/** The headline: where the run is, and both networks' test accuracy once there is a report. */
function statusTextOf(o: { status: Status; error: string | null; download: { loaded: number; total: number } | null; replayTarget: number; report: TrainerReport | null; params: PruningParams; mnistBytes: number }): string {
  const { status, report, params } = o;
  if (status === 'error') return `Training stopped: ${o.error ?? 'unknown error'}.`;
  if (status === 'starting') return 'Starting the training worker…';
  if (status === 'downloading') return `Downloading the digits: ${formatBytes(o.download?.loaded)} of ${formatBytes(o.download?.total)}…`;
  if (status === 'replaying') return `Replaying to step ${o.replayTarget}…`;
  if (report) {
    const done = report.step >= report.totalSteps;
    return `Step ${report.step} of ${report.totalSteps}${done ? ' (finished)' : ''}. Test accuracy: pruned (${params.method}) ${formatPercent(report.pruned.accuracy)}, dense ${formatPercent(report.dense.accuracy)}.`;
  }
  if (params.step > 0) return `Replaying to step ${params.step}…`;
  return `Not trained yet. Press Train to start${params.dataset !== 'digits' ? '' : ` (downloads the digits, ${formatBytes(o.mnistBytes)})`}.`;
}

/**
 * The pruning demo (issue 5): a random MLP whose weights are never trained — only which of them
 * to keep (biprop or edge-popup) — beside a dense network of the same shape trained the usual
 * way, on seeded 2-D sets or MNIST digits. Training runs in a Web Worker created on the first
 * Train/Step click (useTraining); every setting and the step reached live in the URL under the
 * instance's id, and a link replays the run to that step. A focused instance (issue 17) shows its
 * chosen controls beside the surfaces and the accuracy curve; the full model adds the loss curve,
 * the masks and the sweep, folded.
 * Source: issue 5, issue 17; spec /work/shared/specs/pruning.md.
 * @example <PruningIsland client:visible mnistBytes={1_340_000} id="ticket" controls={['keep']} />
 */
export function PruningIsland({ mnistBytes, mnistUrl = MNIST_ASSET, createTrainer = defaultFactory, fetchBytes = fetchWithProgress, path = '', sweep, ...instanceProps }: PruningIslandProps) {
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const inst = useInstance(pruningInstance, instanceProps);
  const { params, setParams, issues, query, focused } = inst;
  const t = useTraining({ params, setParams, schema: inst.schema, createTrainer, fetchBytes, mnistUrl, mnistBytes });
  const { report, history, status } = t;
  const theme = useThemeVersion();
  const accuracySvg = useRef<SVGSVGElement>(null);
  const lossSvg = useRef<SVGSVGElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const planar = params.dataset !== 'digits';
  const replaying = status === 'replaying';
  const busy = status === 'starting' || status === 'downloading' || replaying;
  const done = report !== null && report.step >= report.totalSteps;
  const total = report?.totalSteps ?? totalSteps(params);
  const statusText = statusTextOf({ status, error: t.error, download: t.download, replayTarget: t.replayTarget, report, params, mnistBytes });

  const chart = (
    <>
      <p class="prune-headline" aria-live="polite">
        {statusText}
      </p>
      {status === 'downloading' && t.download ? <progress class="prune-progress" max={t.download.total} value={t.download.loaded} aria-label="Digits download" /> : null}
      <div class="prune-pair">
        {planar ? (
          <>
            <Surface title={`Pruned (${params.method}, k ${Math.round(params.keep * 100)}%)`} grid={report?.pruned.grid ?? null} dataset={params.dataset as PlanarDataset} seed={params.seed} id={`${uid}-sp`} theme={theme} />
            <Surface title="Dense baseline (weights trained)" grid={report?.dense.grid ?? null} dataset={params.dataset as PlanarDataset} seed={params.seed} id={`${uid}-sd`} theme={theme} />
          </>
        ) : (
          <DigitsView report={report} />
        )}
      </div>
      {planar ? (
        <p class="prune-key">
          <span class="prune-swatch prune-c0" aria-hidden="true" /> class 0 <span class="prune-swatch prune-c1" aria-hidden="true" /> class 1; dots train, squares test; shading is the network’s confidence.
        </p>
      ) : null}
      <Curves history={history} total={total} metric="accuracy" cursor={t.cursor} setCursor={t.setCursor} svgRef={accuracySvg} />
      <LineKey method={params.method} />
    </>
  );
  const controls = (
    <>
      <div class="prune-controls">
        <Controls params={params} setRunParams={t.setRunParams} mnistBytes={mnistBytes} shows={inst.shows} />
        <RunControls playing={t.playing} done={done} busy={busy} replaying={replaying} onPlay={t.play} onPause={t.pause} onStep={t.step} onReset={t.reset} backend={report?.backend ?? null} backendNote={report?.backendNote} />
      </div>
      {focused ? <FixedParams spec={pruningInstance} params={params} shown={inst.shown} /> : null}
    </>
  );

  return (
    <div class={`prune${focused ? ' prune-focused' : ''}`} ref={rootRef}>
      <Issues issues={issues} />
      <InstanceLayout chart={chart} controls={controls} />
      {focused ? null : (
        <>
          <p class="prune-trained">
            The pruned network’s weights were drawn at random and are never changed; only which ones to keep is learned. Weights changed:{' '}
            <strong class="prune-check">{report ? (report.weightsChanged.pruned ? 'yes' : 'no') : 'no (not trained yet)'}</strong>
            {report ? <> (the dense baseline trains its weights: changed {report.weightsChanged.dense ? 'yes' : 'no'}).</> : '.'}
          </p>
          <Disclosure summary="Test loss and the masks of the pruned network" open={params.detailsOpen} onToggle={(detailsOpen) => setParams({ detailsOpen })} class="prune-details">
            <div class="prune-curves">
              <Curves history={history} total={total} metric="loss" cursor={t.cursor} setCursor={t.setCursor} svgRef={lossSvg} />
            </div>
            <Masks report={report} />
          </Disclosure>
          <Disclosure summary="Sweep: test accuracy against width or k" open={params.sweepOpen} onToggle={(sweepOpen) => setParams({ sweepOpen })} eager={sweep !== undefined} class="prune-sweep-disclosure">
            <PruningSweepPanel params={params} setRunParams={t.setRunParams} prebuilt={sweep} />
          </Disclosure>
        </>
      )}
      <InstanceCaption template={instanceProps.caption} values={quotesOf(report, params)} />
      <FigureMenu figure={pruningFigure({ id: inst.id, path, query, params, history, accuracy: accuracySvg, loss: params.detailsOpen && !focused ? lossSvg : null, root: rootRef })} />
      <Permalink class="prune-permalink" path={path} query={query} />
    </div>
  );
}
