// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { checkInstanceProps } from '~components/ui/instance/checkProps';
import { keptCount } from '~compute/pruning/topKMask';
import { PruningIsland } from '~components/widgets/pruning/PruningIsland';
import { pruningInstance } from '~components/widgets/pruning/instance';
import { layerShapes, networkSize } from '~components/widgets/pruning/quotes';
import type { Trainer, TrainerReport } from '~components/widgets/pruning/trainer';

const setUrl = (url: string) => history.replaceState(null, '', url);
const FILE = 'content/multi-prize-lottery-ticket-hypothesis.mdx';
const check = (props: Record<string, unknown>, locals: Record<string, unknown> = {}) => checkInstanceProps(pruningInstance, props, { file: FILE, locals });

/** A trainer that reports fixed accuracies; the island's instance wiring is what is tested. */
function fakeTrainer() {
  let step = 0;
  const report = (): TrainerReport => ({
    backend: 'cpu',
    backendNote: '',
    step,
    totalSteps: 540,
    pruned: { accuracy: 0.9, loss: 0.3, batchLoss: null, confusion: [], predictions: [], grid: new Float32Array(1600) },
    dense: { accuracy: 0.95, loss: 0.2, batchLoss: null, confusion: [], predictions: [], grid: new Float32Array(1600) },
    masks: { step, epoch: 0, totalSteps: 540, keptFraction: 0.5, layers: [] },
    weightsChanged: { pruned: false, dense: step > 0 },
    maskImages: [],
    digitPixels: [],
  });
  const trainer: Trainer = {
    setup: async () => ((step = 0), report()),
    train: async (n) => ((step += n), report()),
    dispose() {},
  };
  return vi.fn(async () => trainer);
}

beforeEach(() => setUrl('/notes/multi-prize-lottery-ticket-hypothesis/'));
afterEach(() => cleanup());

describe('the pruning network size the captions quote', () => {
  it('counts weights as the layer shapes and keeps k of each layer as the compute model does', () => {
    expect(layerShapes({ dataset: 'moons', width: 256, depth: 2 })).toEqual([[3, 256], [257, 256], [257, 2]]);
    expect(layerShapes({ dataset: 'digits', width: 16, depth: 1 })).toEqual([[785, 16], [17, 10]]);
    const p = { dataset: 'spirals' as const, width: 8, depth: 3, keep: 0.35 };
    const { weights, kept } = networkSize(p);
    expect(weights).toBe(layerShapes(p).reduce((s, [r, c]) => s + r * c, 0));
    expect(kept).toBe(layerShapes(p).reduce((s, [r, c]) => s + keptCount(r * c, 0.35), 0));
  });
});

describe('a focused pruning instance', () => {
  const props = { mnistBytes: 1_000_000, id: 'width', start: { width: 8 }, controls: ['width'], caption: 'Width {width}: {weights} weights, {kept} kept; ticket {prunedAccuracy} ({progress}).' };

  it('opens in its start state with only its controls, the fixed line and the caption filled for it', () => {
    render(<PruningIsland {...props} createTrainer={fakeTrainer()} />);
    expect(screen.getByRole('slider', { name: /Width/ }).getAttribute('aria-valuetext')).toBe('8');
    expect(screen.queryByRole('combobox', { name: 'Dataset' })).toBeNull();
    expect(screen.queryByRole('slider', { name: /Kept fraction/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Train' })).toBeTruthy();
    expect(document.querySelector('.instance-fixed')!.textContent).toBe('Fixed: two moons · biprop · 2 hidden layers · k 50% · Kaiming normal weights · score learning rate 0.02 · seed 1');
    expect(screen.getByTestId('instance-caption').textContent).toBe('Width 8: 114 weights, 57 kept; ticket — (not trained yet: press Train).');
    // secondary panels are the full model's
    expect(document.querySelector('.prune-trained')).toBeNull();
    expect(document.querySelector('.instance-disclosure')).toBeNull();
    expect(location.search).toBe('');
  });

  it('keeps its state under width.* and refills the caption after a tweak and a step', async () => {
    render(<PruningIsland {...props} createTrainer={fakeTrainer()} />);
    const slider = screen.getByRole('slider', { name: /Width/ });
    fireEvent.input(slider, { target: { value: '1000' } }); // the log slider's last position: the widest network
    await waitFor(() => expect(location.search).toBe('?width.width=1024'));
    const width = 1024;
    const { weights, kept } = networkSize({ dataset: 'moons', width, depth: 2, keep: 0.5 });
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(screen.getByTestId('instance-caption').textContent).toBe(`Width 1,024: ${weights.toLocaleString('en-US')} weights, ${kept.toLocaleString('en-US')} kept; ticket 90.0% (step 1 of 540).`));
    await waitFor(() => expect(Object.fromEntries(new URLSearchParams(location.search))).toEqual({ "width.width": String(width), "width.step": "1" }));
    expect(location.search).not.toMatch(/pruning\./);
  });

  it('the full model shows every control and folds the loss, masks and sweep behind disclosures', () => {
    render(<PruningIsland mnistBytes={1_000_000} createTrainer={fakeTrainer()} />);
    for (const name of ['Dataset', 'Method', 'Initialisation']) expect(screen.getByRole('combobox', { name })).toBeTruthy();
    expect(screen.getAllByRole('slider')).toHaveLength(4);
    expect(document.querySelector('.instance-fixed')).toBeNull();
    const panels = [...document.querySelectorAll('details.instance-disclosure')] as HTMLDetailsElement[];
    expect(panels.map((d) => [d.querySelector('summary')!.textContent, d.open])).toEqual([
      ['Test loss and the masks of the pruned network', false],
      ['Sweep: test accuracy against width or k', false],
    ]);
    expect(document.querySelector('[data-testid="pruning-sweep"]')).toBeNull();
  });

  it('a link with sweepOpen opens the sweep panel', () => {
    setUrl('/notes/multi-prize-lottery-ticket-hypothesis/?pruning.sweepOpen=true');
    render(<PruningIsland mnistBytes={1_000_000} createTrainer={fakeTrainer()} />);
    expect(document.querySelector('[data-testid="pruning-sweep"]')).not.toBeNull();
  });
});

describe('the pruning instance props at build time', () => {
  it('reads a pasted permalink whatever its prefix', () => {
    expect(check({ id: 'width', state: 'https://example.org/notes/x/?ticket.width=8&ticket.keep=0.3', controls: ['width'] }).start).toEqual({ width: 8, keep: 0.3 });
  });

  it('names the note, the instance, the key and what is valid', () => {
    expect(() => check({ id: 'width', state: '?pruning.wdth=8' })).toThrow(`${FILE}: <Pruning id="width">: state key "pruning.wdth" is not a parameter of this widget; valid keys: dataset, width, depth, keep, method, init, lr, seed, step, detailsOpen, sweepOpen.`);
    expect(() => check({ id: 'width', state: '?pruning.width=2' })).toThrow(/state pruning\.width="2" is below its range; width takes a whole number from 4 to 1024\./);
    expect(() => check({ id: 'width', controls: ['widht'] })).toThrow(`${FILE}: <Pruning id="width">: control "widht" is not one of this widget's controls; valid: dataset, method, width, depth, keep, init, lr, seed.`);
    expect(() => check({ id: 'width', caption: 'Ticket {accuracy}' })).toThrow(/caption quotes \{accuracy\}, which this widget does not provide; it can quote \{prunedAccuracy\}, \{denseAccuracy\}/);
    expect(() => check({ id: 'Width' })).toThrow(/prop "id" must be a kebab-case name/);
    expect(() => check({ title: 'x' })).toThrow(`${FILE}: <Pruning>: unknown prop "title"; expected "id", "state", "controls", "caption".`);
    const locals = {};
    check({ id: 'ticket' }, locals);
    expect(() => check({ id: 'ticket' }, locals)).toThrow(/id "ticket" is already used by another figure on this page/);
  });
});
