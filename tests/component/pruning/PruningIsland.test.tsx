// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { defaults } from '~state/index';
import { packMnist } from '~compute/pruning/mnistPack';
import { scenarioDefaults } from '~compute/pruning/scenario';
import { PruningIsland } from '~components/widgets/pruning/PruningIsland';
import { pruningSchema, runConfigs } from '~components/widgets/pruning/params';
import type { NetReport, Trainer, TrainerReport, TrainerSetup } from '~components/widgets/pruning/trainer';

const setUrl = (url: string) => history.replaceState(null, '', url);
const headline = () => document.querySelector('.prune-headline')!.textContent!;
const press = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

/**
 * A fake of the worker: no TensorFlow.js, deterministic numbers that depend on the step, and a
 * log of every call, so the island's logic (lazy start, chunking, replay, reset) is what is tested.
 */
function fakeTrainer(options: { failAt?: number } = {}) {
  const log = { created: 0, setups: [] as TrainerSetup[], trains: [] as number[], disposed: 0 };
  let step = 0;
  let total = 540;
  let digits = false;
  const net = (accuracy: number, loss: number): NetReport => ({
    accuracy,
    loss,
    batchLoss: step > 0 ? loss : null,
    confusion: digits ? Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => (i === j ? 18 : 0))) : [],
    predictions: digits ? Array.from({ length: 12 }, (_, i) => ({ index: i, label: i % 10, predicted: i === 3 ? 5 : i % 10, confidence: 0.9 })) : [],
    grid: digits ? null : new Float32Array(40 * 40).fill(step / total),
  });
  const report = (): TrainerReport => ({
    backend: 'cpu',
    backendNote: '',
    step,
    totalSteps: total,
    pruned: net(0.5 + (0.45 * step) / total, 0.7 - (0.6 * step) / total),
    dense: net(0.5 + (0.48 * step) / total, 0.7 - (0.65 * step) / total),
    masks: {
      step,
      epoch: 0,
      totalSteps: total,
      keptFraction: 0.5,
      layers: [{ shape: [3, 4], keptFraction: 0.5, alpha: 0.645, maskBits: Uint8Array.of(0b10101010, 0b01010101) }],
    },
    weightsChanged: { pruned: false, dense: step > 0 },
    maskImages: [new Uint8ClampedArray(4 * 12).fill(128)],
    digitPixels: digits ? Array.from({ length: 12 }, (_, i) => new Uint8Array(784).fill(i * 20)) : [],
  });
  const trainer: Trainer = {
    async setup(s) {
      log.setups.push(s);
      digits = s.dataset === 'mnist';
      total = digits ? 250 : 540;
      step = 0;
      return report();
    },
    async train(n) {
      log.trains.push(n);
      if (options.failAt !== undefined && step + n > options.failAt) throw new Error('trainSteps: expected a finite loss (lower the learning rate), received NaN');
      step = Math.min(total, step + n);
      return report();
    },
    dispose() {
      log.disposed++;
    },
  };
  const factory = vi.fn(async () => {
    log.created++;
    return trainer;
  });
  return { log, factory };
}

beforeEach(() => setUrl('/notes/multi-prize-lottery-ticket-hypothesis/'));
afterEach(() => cleanup());

describe('PruningIsland', () => {
  it('before any click shows the static figure (600 dots, 400 squares) and creates no trainer', () => {
    const { factory } = fakeTrainer();
    render(<PruningIsland mnistBytes={1_340_000} createTrainer={factory} />);
    expect(headline()).toMatch(/Not trained yet/);
    expect(screen.getByText('not loaded yet')).toBeTruthy();
    const surface = document.querySelector('.prune-surface svg')!;
    // one path per class and split; each point is one subpath (M)
    const marks = (sel: string) => [...surface.querySelectorAll(sel)].reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0);
    expect(marks('path.prune-train')).toBe(600);
    expect(marks('path.prune-test')).toBe(400);
    expect(factory).not.toHaveBeenCalled();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('Step starts the trainer with the settings’ configs, trains one step and records it in the URL', async () => {
    // the masks sit in the folded loss-and-masks panel; the link opens it
    setUrl('/notes/multi-prize-lottery-ticket-hypothesis/?pruning.detailsOpen=true');
    const { factory, log } = fakeTrainer();
    render(<PruningIsland mnistBytes={1_340_000} createTrainer={factory} />);
    press('Step');
    await waitFor(() => expect(headline()).toMatch(/^Step 1 of 540\./));
    expect(log.created).toBe(1);
    const { dataset, pruned, dense } = runConfigs(defaults(pruningSchema));
    expect(log.setups[0]).toMatchObject({ dataset, pruned, dense, gridSize: 40 });
    expect(log.trains).toEqual([1]);
    expect(screen.getByText('cpu')).toBeTruthy();
    expect(document.querySelector('.prune-check')!.textContent).toBe('no');
    expect(document.querySelector('.prune-trained')!.textContent).toContain('changed yes');
    expect(document.querySelectorAll('canvas.prune-heat')).toHaveLength(2);
    expect(screen.getByText(/Layer 1 \(3×4\): 50\.0% kept, α = 0\.645/)).toBeTruthy();
    await waitFor(() => expect(location.search).toBe('?pruning.detailsOpen=true&pruning.step=1'));
  });

  it('Train plays in report-sized chunks until paused; Reset goes back to step 0', async () => {
    const { factory, log } = fakeTrainer();
    render(<PruningIsland mnistBytes={1_340_000} createTrainer={factory} />);
    press('Step');
    await waitFor(() => expect(headline()).toMatch(/^Step 1 /));
    const train = screen.getByRole('button', { name: 'Train' });
    fireEvent.click(train);
    expect(train.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(log.trains.length).toBeGreaterThan(4));
    fireEvent.click(train);
    await waitFor(() => expect(train.getAttribute('aria-pressed')).toBe('false'));
    // after the single step, the loop realigns to multiples of 10
    expect(log.trains.slice(0, 3)).toEqual([1, 9, 10]);
    const reached = Number(/^Step (\d+)/.exec(headline())![1]);
    expect(reached % 10).toBe(0);
    expect(reached).toBeGreaterThanOrEqual(40);
    const accuracy = Number(/pruned \(biprop\) ([\d.]+)%/.exec(headline())![1]);
    expect(accuracy).toBeCloseTo(100 * (0.5 + (0.45 * reached) / 540), 1);
    await waitFor(() => expect(location.search).toBe(`?pruning.step=${reached}`));
    press('Reset');
    await waitFor(() => expect(headline()).toMatch(/^Step 0 of 540\./));
    expect(log.setups).toHaveLength(2);
    await waitFor(() => expect(location.search).toBe(''));
  });

  it('a link with seed and step replays the same run to that step, showing it is replaying', async () => {
    setUrl('/notes/x/?pruning.seed=7&pruning.step=35&pruning.keep=0.3&other.key=1');
    const { factory, log } = fakeTrainer();
    render(<PruningIsland mnistBytes={1_340_000} createTrainer={factory} />);
    await waitFor(() => expect(headline()).toMatch(/Replaying to step 35/));
    await waitFor(() => expect(headline()).toMatch(/^Step 35 of 540\./));
    expect(log.setups[0]!.pruned).toMatchObject({ seed: 7, keep: 0.3 });
    expect(log.setups[0]!.dense).toMatchObject({ seed: 7, method: 'dense' });
    expect(log.trains).toEqual([10, 10, 10, 5]);
    expect((screen.getByRole('slider', { name: 'Kept fraction k' }) as HTMLInputElement).value).toBe('0.3');
    expect(screen.getByRole('textbox', { name: /seed/i })).toHaveProperty('value', '7');
    await new Promise((r) => setTimeout(r, 300));
    expect(location.search).toBe('?other.key=1&pruning.keep=0.3&pruning.seed=7&pruning.step=35');
  });

  it('a bad link value falls back to the default with a visible note, and the widget keeps working', async () => {
    setUrl('/notes/x/?pruning.dataset=imagenet&pruning.width=abc');
    const { factory } = fakeTrainer();
    render(<PruningIsland mnistBytes={1_340_000} createTrainer={factory} />);
    const notes = screen.getByRole('status');
    expect(notes.textContent).toContain('“imagenet”');
    expect(notes.textContent).toContain('“abc”');
    expect((screen.getByRole('combobox', { name: 'Dataset' }) as HTMLSelectElement).value).toBe('moons');
    press('Step');
    await waitFor(() => expect(headline()).toMatch(/^Step 1 of 540\./));
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('changing a run setting voids the run; the next Step starts the new one', async () => {
    const { factory, log } = fakeTrainer();
    render(<PruningIsland mnistBytes={1_340_000} createTrainer={factory} />);
    press('Step');
    await waitFor(() => expect(headline()).toMatch(/^Step 1 /));
    fireEvent.change(screen.getByRole('combobox', { name: 'Method' }), { target: { value: 'edge-popup' } });
    expect(headline()).toMatch(/Not trained yet/);
    expect(document.querySelectorAll('canvas.prune-heat')).toHaveLength(0);
    press('Step');
    await waitFor(() => expect(headline()).toMatch(/^Step 1 of 540\. Test accuracy: pruned \(edge-popup\)/));
    expect(log.created).toBe(1);
    expect(log.setups.map((s) => s.pruned.method)).toEqual(['biprop', 'edge-popup']);
    await waitFor(() => expect(location.search).toBe('?pruning.method=edge-popup&pruning.step=1'));
  });

  it('lists every pruning method of the model, MPT-1/1 included', () => {
    const { factory } = fakeTrainer();
    render(<PruningIsland mnistBytes={1_340_000} createTrainer={factory} />);
    const options = [...(screen.getByRole('combobox', { name: 'Method' }) as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['biprop', 'edge-popup', 'biprop-1-1']);
  });

  it('digits: downloads the asset on the first Step with progress and size, then shows the confusion matrix and digit strip', async () => {
    const classes = Array.from({ length: 10 }, (_, d) => Array.from({ length: 3 * 784 }, (_, i) => ((i + d) % 7) / 7));
    const bytes = packMnist(classes, { train: 16, test: 14 });
    let resolveFetch: (b: ArrayBuffer) => void = () => {};
    const fetchBytes = vi.fn((_url: string, onProgress: (l: number, t: number) => void) => {
      onProgress(1_000_000, 1_340_000);
      return new Promise<ArrayBuffer>((r) => (resolveFetch = r));
    });
    const { factory, log } = fakeTrainer();
    render(<PruningIsland mnistBytes={1_340_000} mnistUrl="/data/mnist-v9.bin" createTrainer={factory} fetchBytes={fetchBytes} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Dataset' }), { target: { value: 'digits' } });
    expect(headline()).toMatch(/downloads the digits, 1\.3 MB/);
    expect(fetchBytes).not.toHaveBeenCalled();
    press('Step');
    await waitFor(() => expect(headline()).toMatch(/Downloading the digits: 1\.0 MB of 1\.3 MB/));
    expect(fetchBytes.mock.calls[0]![0]).toBe('/data/mnist-v9.bin');
    resolveFetch(bytes.slice().buffer);
    await waitFor(() => expect(headline()).toMatch(/^Step 1 of 250\./));
    expect(log.setups[0]!.dataset).toBe('mnist');
    expect(log.setups[0]!.pruned.hidden).toEqual(scenarioDefaults.mnist.hidden);
    expect(new Uint8Array(log.setups[0]!.mnist!)).toEqual(bytes);
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByRole('region', { name: /Confusion matrix/ }).getAttribute('tabindex')).toBe('0');
    expect(screen.getAllByRole('img', { name: /^Digit \d$/ })).toHaveLength(12);
    expect(document.querySelector('.prune-wrong')!.textContent).toContain('5');
    // a Reset re-uses the downloaded bytes
    press('Reset');
    await waitFor(() => expect(log.setups).toHaveLength(2));
    expect(fetchBytes).toHaveBeenCalledTimes(1);
  });

  it('a failing step stops training and says why', async () => {
    const { factory } = fakeTrainer({ failAt: 15 });
    render(<PruningIsland mnistBytes={1_340_000} createTrainer={factory} />);
    press('Train');
    await waitFor(() => expect(headline()).toMatch(/Training stopped: trainSteps: expected a finite loss/));
    expect(screen.getByRole('button', { name: 'Train' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('the charts take arrow keys and show the value under the cursor', async () => {
    const { factory } = fakeTrainer();
    render(<PruningIsland mnistBytes={1_340_000} createTrainer={factory} />);
    press('Step');
    await waitFor(() => expect(headline()).toMatch(/^Step 1 /));
    press('Step');
    await waitFor(() => expect(headline()).toMatch(/^Step 2 /));
    const chart = screen.getByRole('img', { name: /^Test accuracy against training step/ });
    expect(chart.getAttribute('tabindex')).toBe('0');
    expect(document.querySelector('.prune-readout')!.textContent).toMatch(/^Step 2:/);
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(document.querySelector('.prune-readout')!.textContent).toBe('Step 0: test accuracy pruned 50.0%, dense 50.0%.');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(document.querySelector('.prune-readout')!.textContent).toMatch(/^Step 1:/);
  });
});
