/**
 * The report's printed pr(AGI by 2036 | none by 2020) for the calendar rule (start 1956) at the
 * virtual-success values the widget's sweep draws, copied from tests/fixtures/priors/report-tables.json
 * (§4.2 table and §5.2.3 Table 1; a unit test checks every row against the fixture). The sweep
 * draws them as points on its curves when the inputs are the report's, so a reader sees the model
 * reproduce the report.
 * Source: Davidson (2021) §4.2, §5.2.3 Table 1.
 * @example REPORT_CALENDAR_CELLS.length // 18
 */
export interface ReportCell {
  virtualSuccesses: number;
  /** ftp = 1 / ftpDenominator */
  ftpDenominator: number;
  /** As printed, in percent. */
  printedPercent: string;
  section: string;
}

export const REPORT_CALENDAR_CELLS: readonly ReportCell[] = [
  { virtualSuccesses: 1, ftpDenominator: 50, printedPercent: '12', section: '§4.2 table' },
  { virtualSuccesses: 1, ftpDenominator: 100, printedPercent: '8.9', section: '§4.2 table' },
  { virtualSuccesses: 1, ftpDenominator: 200, printedPercent: '5.7', section: '§4.2 table' },
  { virtualSuccesses: 1, ftpDenominator: 300, printedPercent: '4.2', section: '§4.2 table' },
  { virtualSuccesses: 1, ftpDenominator: 500, printedPercent: '2.8', section: '§4.2 table' },
  { virtualSuccesses: 1, ftpDenominator: 1000, printedPercent: '1.5', section: '§4.2 table' },
  { virtualSuccesses: 1, ftpDenominator: 2000, printedPercent: '0.77', section: '§4.2 table' },
  { virtualSuccesses: 1, ftpDenominator: 3000, printedPercent: '0.52', section: '§4.2 table' },
  { virtualSuccesses: 0.5, ftpDenominator: 100, printedPercent: '6.4', section: '§5.2.3 Table 1' },
  { virtualSuccesses: 0.5, ftpDenominator: 300, printedPercent: '3.6', section: '§5.2.3 Table 1' },
  { virtualSuccesses: 0.5, ftpDenominator: 1000, printedPercent: '1.4', section: '§5.2.3 Table 1' },
  { virtualSuccesses: 2, ftpDenominator: 100, printedPercent: '11', section: '§5.2.3 Table 1' },
  { virtualSuccesses: 2, ftpDenominator: 300, printedPercent: '4.7', section: '§5.2.3 Table 1' },
  { virtualSuccesses: 2, ftpDenominator: 1000, printedPercent: '1.5', section: '§5.2.3 Table 1' },
  { virtualSuccesses: 4, ftpDenominator: 100, printedPercent: '13', section: '§5.2.3 Table 1' },
  { virtualSuccesses: 4, ftpDenominator: 300, printedPercent: '4.9', section: '§5.2.3 Table 1' },
  { virtualSuccesses: 4, ftpDenominator: 1000, printedPercent: '1.6', section: '§5.2.3 Table 1' },
  { virtualSuccesses: 0.5, ftpDenominator: 50, printedPercent: '8.0', section: '§5.2.3 Table 2 (0.5 virtual successes)' },
];
