import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sweepWidth, tangentTasks } from '~compute/tangent/index';
import { defaults, normalizeParams, parse } from '~state/index';
import { effectiveWidth, runKey, sweepKey, sweepScenario, tangentSchema, type TangentParams } from '~components/widgets/tangent/params';
import { advance, createSession, frameOf } from '~components/widgets/tangent/frames';
import { functionRows, paramsOfTangentScenarios, sweepRows, tangentCliScenarios, tangentReproduce, ticketRows } from '~components/widgets/tangent/figure';
import { computeCli } from '../../../helpers/computeCli';

const base = defaults(tangentSchema);
/** What the numbers depend on: the run (width as it runs), the step reached, the sweep. */
const state = (p: TangentParams) => ({ run: runKey(p), step: p.step, sweep: sweepKey(sweepScenario(p, p.scaling)), widths: sweepScenario(p, p.scaling).widths });

const states = fc
  .record({
    task: fc.constantFrom(...tangentTasks),
    width: fc.integer({ min: 16, max: 16_384 }),
    depth: fc.integer({ min: 1, max: 3 }),
    scaling: fc.constantFrom('ntk', 'mean-field'),
    lr: fc.integer({ min: 1, max: 150 }),
    steps: fc.integer({ min: 100, max: 10_000 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    step: fc.integer({ min: 0, max: 10_000 }),
    wide: fc.boolean(),
  })
  .map((r) => normalizeParams(tangentSchema, { ...base, ...r, scaling: r.scaling as 'ntk', lr: r.lr / 100 }, base));

describe('tangent: URL state ⇄ CLI scenarios', () => {
  it('round trip: the sweep and run scenarios read back give the same run, step and sweep', () => {
    fc.assert(
      fc.property(states, (p) => {
        const json = JSON.parse(JSON.stringify(tangentCliScenarios(p)));
        const back = paramsOfTangentScenarios(json, base);
        // at step 0 there is no run command (the CLI trains ≥ 1 step), so the width is base's
        expect(state(back)).toEqual(state(p.step === 0 ? { ...p, width: base.width } : p));
        expect(tangentCliScenarios(back)).toEqual(tangentCliScenarios(p));
        // exactly the state when the width is one the depth runs
        if (p.step > 0 && p.width === effectiveWidth(p) && (p.depth === 1 || p.wide === base.wide)) expect(back).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });

  it('the sweep command is the widget’s sweep; the run command is the left network to the step reached, and there is none at step 0', () => {
    fc.assert(
      fc.property(states, (p) => {
        const s = tangentCliScenarios(p);
        expect(s.sweep).toEqual({ ...sweepScenario(p, p.scaling) });
        if (p.step === 0) expect(s.run).toBeNull();
        else expect(s.run).toEqual({ ...s.sweep, widths: [effectiveWidth(p)], steps: p.step });
        expect(tangentReproduce(p).commands).toHaveLength(p.step === 0 ? 1 : 2);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a run scenario of another network', () => {
    const s = tangentCliScenarios({ ...base, step: 10 });
    expect(() => paramsOfTangentScenarios({ sweep: s.sweep, run: { ...s.run!, seed: 7 } }, base)).toThrow(/different scenario/);
  });

  it('the commands print exactly the sweep rows the widget’s worker computes and the left network’s measures at the step reached', () => {
    const query = '?tangent.depth=2&tangent.width=32&tangent.scaling=mean-field&tangent.lr=0.3&tangent.steps=100&tangent.seed=3&tangent.step=40';
    const p = parse(tangentSchema, query).params;
    expect(p).toMatchObject({ depth: 2, width: 32, steps: 100, step: 40 });
    const [sweep, runCommand] = tangentReproduce(p).commands;
    // the sweep: the worker's sweepWidth(sweepScenario(params, scaling), width), width by width (useSweep)
    const s = sweepScenario(p, p.scaling);
    const widget = s.widths.map((w) => sweepWidth(s, w));
    const cliSweep = computeCli(sweep!.model, sweep!.scenario);
    expect(cliSweep.runs).toEqual(widget);
    // the run on the left: the worker's session advanced to the step (in two calls, as Play does) and its frame
    let session = createSession({ seed: p.seed, task: p.task, depth: p.depth, width: effectiveWidth(p), parameterisation: p.scaling, learningRate: p.lr }, p.steps);
    session = advance(session, 15, Infinity);
    session = advance(session, p.step - 15, Infinity);
    const frame = frameOf(session, { tickets: true });
    expect(frame.step).toBe(p.step);
    const cliRun = computeCli(runCommand!.model, runCommand!.scenario);
    const [row] = cliRun.runs;
    expect(row.width).toBe(32);
    for (const key of ['trainLoss', 'testLoss', 'linearTrainLoss', 'linearTestLoss', 'functionGap', 'weightChange'] as const) expect(row[key], key).toBe(frame[key]);
    expect(row.ticketShare).toBe(frame.ticket!.share);
    expect(cliRun.infinite.testLoss).toBe(frame.infiniteTestLoss);
    // the downloadable tables hold the widget's numbers
    expect(sweepRows(widget, p.scaling).map((r) => r.functionGap)).toEqual(widget.map((r) => r.functionGap));
    expect(functionRows(frame)).toHaveLength(frame.network.length);
    expect(ticketRows(frame.ticket).length).toBe(frame.ticket!.curve.length);
  }, 120_000);

  it('the function table of a 2-D task gives each grid cell’s centre', () => {
    const session = createSession({ seed: 1, task: 'xor', depth: 1, width: 16, parameterisation: 'ntk', learningRate: 0.5 }, 100);
    const frame = frameOf(session, { tickets: false });
    const rows = functionRows(frame);
    expect(rows).toHaveLength(28 * 28);
    const [x0, x1, y0, y1] = frame.extent as [number, number, number, number];
    expect(rows[0]).toMatchObject({ x: x0 + (x1 - x0) / 56, y: y0 + (y1 - y0) / 56, network: frame.network[0] });
  });
});
