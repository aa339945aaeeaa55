import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults } from '~state/index';
import { priorsSchema } from '~components/widgets/priors/params';
import { REPORT_CALENDAR_CELLS } from '~components/widgets/priors/reportCells';
import { priorsSweepData, SWEEP_FTPS } from '~components/widgets/priors/sweep';

interface Case { section: string; quantity: string; params: Record<string, unknown>; printedPercent: string; knownMismatch?: string }
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/priors/report-tables.json', import.meta.url), 'utf8')) as { cases: Case[] };
const digits = (printed: string) => Math.max(1, printed.replace('.', '').replace(/^0+/, '').length);

describe('the priors widget’s sweep', () => {
  it('draws only cells of the test fixture, as printed', () => {
    for (const cell of REPORT_CALENDAR_CELLS) {
      const match = fixture.cases.find(
        (c) =>
          c.quantity === 'rule' &&
          c.params.kind === 'calendar' &&
          c.params.ftp === `1/${cell.ftpDenominator}` &&
          ((c.params.virtualSuccesses as number | undefined) ?? 1) === cell.virtualSuccesses &&
          Object.keys(c.params).every((k) => ['kind', 'ftp', 'virtualSuccesses'].includes(k)) &&
          !c.knownMismatch,
      );
      expect(match, JSON.stringify(cell)).toBeDefined();
      expect(match!.printedPercent).toBe(cell.printedPercent);
      expect(match!.section.startsWith(cell.section)).toBe(true);
    }
  });

  it('reproduces every cell it draws at the report’s printed precision (defaults: 2020 → 2036, start 1956)', () => {
    const data = priorsSweepData(defaults(priorsSchema));
    expect(data.reportInputs).toBe(true);
    expect(data.marks).toHaveLength(REPORT_CALENDAR_CELLS.length);
    for (const m of data.marks) {
      const model = 100 * data.series[m.seriesIndex]!.values[m.xIndex]!.mean;
      const printed = (100 * m.y).toPrecision(6);
      const cell = REPORT_CALENDAR_CELLS.find((c) => Number(c.printedPercent) === Number(printed) && 1 / c.ftpDenominator === SWEEP_FTPS[m.xIndex] && c.virtualSuccesses === data.vs[m.seriesIndex])!;
      expect(Number(model.toPrecision(digits(cell.printedPercent)))).toBe(Number(cell.printedPercent));
    }
  });

  it('sweeps clean fractions 1/3000 … 1/2 in ascending order', () => {
    expect(SWEEP_FTPS[0]).toBe(1 / 3000);
    expect(SWEEP_FTPS.at(-1)).toBe(1 / 2);
    for (let i = 1; i < SWEEP_FTPS.length; i++) expect(SWEEP_FTPS[i]!).toBeGreaterThan(SWEEP_FTPS[i - 1]!);
    for (const f of SWEEP_FTPS) expect(Number.isInteger(Math.round(1 / f)) && Math.abs(1 / f - Math.round(1 / f)) < 1e-9).toBe(true);
  });
});
