import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults } from '~state/index';
import { priorsSchema } from '~components/widgets/priors/params';
import { REPORT_RULE_CELLS } from '~components/widgets/priors/reportCells';
import { priorsSweepData, SWEEP_FTPS, SWEEP_GACT, SWEEP_SPEND_M, type PriorsSweepKind } from '~components/widgets/priors/sweep';

interface Case { section: string; quantity: string; params: Record<string, unknown>; printedPercent: string; knownMismatch?: string }
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/priors/report-tables.json', import.meta.url), 'utf8')) as { cases: Case[] };
const digits = (printed: string) => Math.max(1, printed.replace('.', '').replace(/^0+/, '').length);

describe('the priors widget’s sweep', () => {
  it('draws only cells of the test fixture, as printed, none of those the fixture marks as printed differently', () => {
    for (const cell of REPORT_RULE_CELLS) {
      const match = fixture.cases.find(
        (c) => c.quantity === 'rule' && c.section.startsWith(cell.section) && JSON.stringify(c.params) === JSON.stringify(cell.rule) && c.printedPercent === cell.printedPercent,
      );
      expect(match, JSON.stringify(cell)).toBeDefined();
      expect(match!.knownMismatch).toBeUndefined();
    }
  });

  it.each([
    ['ftp', 19],
    ['gAct', 17],
    ['spend', 3],
  ] as [PriorsSweepKind, number][])('%s sweep at the defaults reproduces every cell it draws at the report’s printed precision (%i cells)', (kind, count) => {
    const data = priorsSweepData(defaults(priorsSchema), kind);
    expect(data.reportInputs).toBe(true);
    expect(data.marks).toHaveLength(count);
    for (const m of data.marks) {
      const printed = m.label.match(/: ([\d.]+)%$/)![1]!;
      const model = 100 * data.series[m.seriesIndex]!.values[m.xIndex]!.mean;
      expect(Number(model.toPrecision(digits(printed))), m.label).toBe(Number(printed));
    }
  });

  it('the researcher and compute cells leave at 1% trials; the calendar ones stay (calendar trials are years)', () => {
    const coarse = { ...defaults(priorsSchema), increment: '0.01' as const };
    expect(priorsSweepData(coarse, 'gAct').marks).toHaveLength(0);
    expect(priorsSweepData(coarse, 'ftp').marks).toHaveLength(19);
  });

  it('sweeps clean values: fractions 1/3000 … 1/2, g_act 1% … 30%, spends $10M … $1T, ascending', () => {
    expect(SWEEP_FTPS[0]).toBe(1 / 3000);
    expect(SWEEP_FTPS.at(-1)).toBe(1 / 2);
    for (const f of SWEEP_FTPS) expect(Math.abs(1 / f - Math.round(1 / f))).toBeLessThan(1e-9);
    expect([SWEEP_GACT[0], SWEEP_GACT.at(-1)]).toEqual([0.01, 0.3]);
    expect([SWEEP_SPEND_M[0], SWEEP_SPEND_M.at(-1)]).toEqual([10, 1e6]);
    for (const xs of [SWEEP_FTPS, SWEEP_GACT, SWEEP_SPEND_M]) for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
  });

  it('choosing a point sets the swept input and the curve’s', () => {
    const p = defaults(priorsSchema);
    const g = priorsSweepData(p, 'gAct');
    expect(g.choose(4, 2)).toEqual({ gAct: SWEEP_GACT[4], ftp: 1 / 100 });
    const s = priorsSweepData(p, 'spend');
    expect(s.choose(0, 0)).toEqual({ spendM: 10, X: 1 });
    expect(priorsSweepData(p, 'ftp').choose(0, 0)).toEqual({ ftp: 1 / 3000, vs: 0.5 });
  });
});
