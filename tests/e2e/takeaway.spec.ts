/**
 * "Take a figure away" (issue 12): every widget's figure menu downloads each chart as SVG and PNG
 * and its data as CSV and JSON (each file opened and checked), shows the reproduce command its
 * state maps to, cites the figure, loads its code only when opened, works from the keyboard and
 * passes axe in both themes.
 */
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { parse } from '../../src/state/index';
import { priorsSchema } from '../../components/widgets/priors/params';
import { priorsCliScenario } from '../../components/widgets/priors/figure';
import { imitationSchema } from '../../components/widgets/imitation/params';
import { imitationCliScenario } from '../../components/widgets/imitation/figure';
import { pruningSchema } from '../../components/widgets/pruning/params';
import { pruningCliScenarios } from '../../components/widgets/pruning/figure';
import { lowstakesSchema } from '../../components/widgets/lowstakes/params';
import { lowstakesCliScenario } from '../../components/widgets/lowstakes/figure';
import { tangentSchema } from '../../components/widgets/tangent/params';
import { tangentCliScenarios } from '../../components/widgets/tangent/figure';
import { watchPage } from '../helpers/watch';

interface Case {
  name: string;
  path: string;
  query: string;
  island: string;
  root: string;
  charts: { part: string; title: string }[];
  tables: { part: string; title: string }[];
  /** The scenario of the first reproduce command, from the widget's mapping. */
  firstScenario: unknown;
  model: string;
  /** The state part of the file names (the state as the widget serialises it: keys sorted, defaults left out). */
  state: string;
  ready?: (page: Page) => Promise<void>;
}

const priorsQuery = '?priors.ftp=1%2F70&priors.to=2050';
// the learner panels (three of the charts) are folded by default: the link opens them
const imitationQuery = '?imitation.alpha=0.3&imitation.together=1&imitation.step=400&imitation.detailsOpen=true';
// the loss curve is in the folded details
const pruningQuery = '?pruning.width=8&pruning.depth=1&pruning.step=20&pruning.detailsOpen=true';
const lowstakesQuery = '?lowstakes.steps=2000&lowstakes.run=20&lowstakes.learner=fixed-share';
const tangentQuery = '?tangent.width=32&tangent.step=50';

const CASES: Case[] = [
  {
    name: 'priors',
    path: '/notes/report-on-semi-informative-priors/',
    query: priorsQuery,
    island: 'PriorsIsland',
    root: '[data-instance-id="priors"]',
    charts: [{ part: 'pr-agi', title: 'Cumulative pr(AGI) by year' }],
    tables: [
      { part: 'curves', title: 'Every curve by year' },
      { part: 'rules', title: 'Each rule’s probability and weights' },
    ],
    firstScenario: priorsCliScenario(parse(priorsSchema, priorsQuery).params),
    model: 'priors',
    state: 'ftp-1-70_to-2050',
  },
  {
    name: 'imitation',
    path: '/notes/formal-solution-to-the-inner-alignment-problem/',
    query: imitationQuery,
    island: 'ImitationIsland',
    root: '[data-instance-id="imitation"]',
    charts: [
      { part: 'query-probability', title: 'Query probability over time and catastrophes' },
      { part: 'posterior-conservative', title: 'Conservative imitator: posterior over the models' },
      { part: 'min-operation-conservative', title: 'Conservative imitator: the min operation' },
      { part: 'action-map', title: 'MAP model: what it does this step' },
    ],
    tables: [
      { part: 'steps', title: 'Query probability and catastrophes per step' },
      { part: 'learners', title: 'Each learner now' },
    ],
    firstScenario: imitationCliScenario(parse(imitationSchema, imitationQuery).params, 'conservative'),
    model: 'imitation',
    state: 'alpha-0-3_detailsopen-true_step-400_together-true',
  },
  {
    name: 'pruning',
    path: '/notes/multi-prize-lottery-ticket-hypothesis/',
    query: pruningQuery,
    island: 'PruningIsland',
    root: '[data-instance-id="pruning"]',
    charts: [
      { part: 'accuracy', title: 'Test accuracy against training step' },
      { part: 'loss', title: 'Test loss against training step' },
      { part: 'surface-pruned', title: 'Decision surface of the pruned network (biprop), dots train, squares test, shaded by p(class 1)' },
    ],
    tables: [{ part: 'curves', title: 'Test accuracy and loss per reported step' }],
    firstScenario: pruningCliScenarios(parse(pruningSchema, pruningQuery).params).pruned,
    model: 'prune',
    state: 'depth-1_detailsopen-true_step-20_width-8',
    // the link replays the run in the worker to step 20 before there is anything to take away
    ready: async (page) => expect(page.locator('[data-instance-id="pruning"] .prune-headline')).toHaveText(/^Step 20 of/, { timeout: 45_000 }),
  },
  {
    name: 'lowstakes',
    path: '/notes/low-stakes-alignment/',
    query: lowstakesQuery,
    island: 'LowStakesIsland',
    root: '[data-instance-id="lowstakes"]',
    charts: [
      { part: 'regret', title: 'Cumulative loss against the best policy so far' },
      { part: 'weights', title: 'The learner’s weight on each kind of policy' },
    ],
    tables: [
      { part: 'windows', title: 'Losses, regret and weights per window' },
      { part: 'measures', title: 'The run’s measures' },
    ],
    firstScenario: lowstakesCliScenario(parse(lowstakesSchema, lowstakesQuery).params),
    model: 'lowstakes',
    state: 'learner-fixed-share_run-20_steps-2000',
  },
  {
    name: 'tangent',
    path: '/notes/updating-the-lottery-ticket-hypothesis/',
    query: tangentQuery,
    island: 'TangentIsland',
    root: '[data-instance-id="tangent"]',
    charts: [
      { part: 'function', title: 'The network and its linearisation' },
      { part: 'width-sweep', title: 'Width sweep (NTK scaling, 2000 steps): functionGap and weightChange against width' },
      { part: 'tickets', title: 'Tangent tickets: share of the linearised change recovered against the fraction of parameters kept' },
    ],
    tables: [
      { part: 'function', title: 'The network, its linearisation and the infinite-width prediction on the input grid' },
      { part: 'sweep', title: 'The width sweep’s measures per width' },
      { part: 'tickets', title: 'The ticket curve' },
    ],
    firstScenario: tangentCliScenarios(parse(tangentSchema, tangentQuery).params).sweep,
    model: 'tangent',
    state: 'step-50_width-32',
    // the link replays the run in the worker to step 50; the default sweep comes with the page (computed at build)
    ready: async (page) => {
      await expect(page.locator('[data-instance-id="tangent"] .tan-headline')).toHaveText(/^Step 50 of 2000/, { timeout: 45_000 });
      await expect(page.locator('[data-instance-id="tangent"] .tan-sweep-status')).toHaveText(/^NTK scaling, 5 widths/);
      // the tickets panel is folded, but drawn (and exported) while folded
      await expect(page.locator('[data-instance-id="tangent"] .tan-ticket svg')).toHaveCount(1, { timeout: 30_000 });
    },
  },
];

const slugOf = (path: string) => path.split('/').filter(Boolean).at(-1)!;

async function open(page: Page, c: Case) {
  const watched = watchPage(page);
  await page.goto(`${c.path}${c.query}`);
  const widget = page.locator(c.root);
  await widget.locator('.figure-menu').scrollIntoViewIfNeeded();
  await expect(widget.locator(`astro-island[component-url*="${c.island}"]`)).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  await c.ready?.(page);
  return { ...watched, widget, button: widget.getByRole('button', { name: /Download, reproduce, cite/ }) };
}

async function take(page: Page, widget: Locator, name: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name, exact: true }).click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path!) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const c of CASES) {
  test(`${c.name}: downloads every chart as SVG and 2× PNG and every table as CSV and JSON, named after note, figure and state`, async ({ page }) => {
    test.setTimeout(120_000);
    const opened = await open(page, c);
    const { problems, requests, button } = opened;
    let { widget } = opened;
    const stateName = c.state;
    // nothing of the menu's panel, exporters or formatters is loaded before it opens
    expect(requests.filter((u) => /FigurePanel|citation/.test(u))).toEqual([]);
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(widget.locator('.figure-panel')).toBeVisible();
    expect(requests.filter((u) => /FigurePanel/.test(u)).length).toBeGreaterThan(0);

    for (const chart of c.charts) {
      const svg = await take(page, widget, `${chart.title}: SVG`);
      expect(svg.download.suggestedFilename()).toBe(`${slugOf(c.path)}_${chart.part}_${stateName}.svg`);
      const text = svg.bytes.toString('utf8');
      expect(text).toContain('<svg');
      expect(text).toContain(c.path);
      expect(text).toContain(chart.title);
      expect(text).not.toMatch(/class="/); // styles inlined, no stylesheet needed
      // the file renders as an image on its own, at the size it declares
      const [w, h, declaredW, declaredH] = await page.evaluate(async (t) => {
        const url = URL.createObjectURL(new Blob([t], { type: 'image/svg+xml' }));
        const img = new Image();
        img.src = url;
        await img.decode();
        const root = new DOMParser().parseFromString(t, 'image/svg+xml').documentElement;
        return [img.naturalWidth, img.naturalHeight, Number(root.getAttribute('width')), Number(root.getAttribute('height'))];
      }, text);
      expect(w).toBeGreaterThan(100);
      expect(h).toBeGreaterThan(50);
      expect([w, h]).toEqual([Math.round(declaredW), Math.round(declaredH)]);

      const png = await take(page, widget, `${chart.title}: PNG`);
      expect(png.download.suggestedFilename()).toBe(`${slugOf(c.path)}_${chart.part}_${stateName}.png`);
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngSize(png.bytes)).toEqual({ width: Math.round(declaredW * 2), height: Math.round(declaredH * 2) });
    }

    // After a handful of downloads Chromium asks before letting a page download more (headless
    // Chromium refuses): the tables are downloaded from a fresh load of the same state.
    if (c.charts.length > 2) {
      widget = (await open(page, c)).widget;
      await widget.getByRole('button', { name: /Download, reproduce, cite/ }).click();
      await expect(widget.locator('.figure-panel')).toBeVisible();
    }
    for (const table of c.tables) {
      const csv = await take(page, widget, `${table.title}: CSV`);
      expect(csv.download.suggestedFilename()).toBe(`${slugOf(c.path)}_${table.part}_${stateName}.csv`);
      const lines = csv.bytes.toString('utf8').split('\r\n').filter(Boolean);
      const json = await take(page, widget, `${table.title}: JSON`);
      expect(json.download.suggestedFilename()).toBe(`${slugOf(c.path)}_${table.part}_${stateName}.json`);
      const data = JSON.parse(json.bytes.toString('utf8'));
      expect(data.rows.length).toBeGreaterThan(0);
      expect(lines[0]).toBe(data.columns.join(','));
      expect(lines).toHaveLength(data.rows.length + 1);
      expect(data.permalink).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${c.path}\\?`));
      expect(data.reproduce[0]).toBe(`npm run --silent compute -- ${c.model} '${JSON.stringify(c.firstScenario)}'`);
    }
    await expect(widget.locator('.figure-panel-status')).toHaveText(/done/);
    expect(problems).toEqual([]);
  });

  test(`${c.name}: shows the reproduce command of its state and cites the figure like the section dialog`, async ({ page }) => {
    test.setTimeout(90_000);
    const { widget, button } = await open(page, c);
    await button.click();
    await expect(widget.getByTestId('figure-command').first()).toHaveText(`npm run --silent compute -- ${c.model} '${JSON.stringify(c.firstScenario)}'`);
    await expect(widget.getByTestId('figure-package-call')).toContainText(`from '@intermittent-distillations/compute/${c.name === 'pruning' ? 'pruning/node' : c.name}'`);
    const permalink = await widget.locator('[data-figure-cite="permalink"]').inputValue();
    // the same link as the widget's own permalink: the state on the served origin
    expect(permalink).toBe(await widget.locator('p.permalink a').textContent());
    expect(permalink.startsWith(`${new URL(page.url()).origin}${c.path}?`)).toBe(true);
    const plain = await widget.locator('[data-figure-cite="plain"]').inputValue();
    expect(plain).toMatch(/^Editors of Intermittent Distillations \(\d{4}\), “/);
    expect(plain).toContain('of Mark Xu (2021), “');
    expect(plain).toContain(permalink);
    const bib = await widget.locator('[data-figure-cite="bibtex"]').inputValue();
    expect(bib).toContain(`url          = {${permalink}}`);
    expect(bib).toContain('author       = {{Editors of Intermittent Distillations}}');
  });
}

// The focusable element just before each full model's menu button (the last folded panel's summary).
const BEFORE_MENU: Record<string, string> = {
  priors: 'summary:has-text("Why these numbers may differ")',
  lowstakes: 'summary:has-text("World settings and seed")',
  tangent: 'summary:has-text("Tangent tickets")',
};

for (const c of CASES.filter((k) => k.name in BEFORE_MENU)) {
  test(`${c.name} keyboard: Tab reaches the menu button, Enter opens, Tab walks into the panel, Escape closes and returns focus`, async ({ page }) => {
    test.setTimeout(120_000);
    const { widget, button } = await open(page, c);
    await widget.locator(BEFORE_MENU[c.name]!).focus(); // the focusable element before the menu
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(widget.locator('.figure-panel')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(widget.getByRole('button', { name: `${c.charts[0]!.title}: SVG` })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(widget.locator('.figure-panel')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const c of CASES) {
      test(`${c.name}: the open menu has no axe violations and fits a 390 px phone`, async ({ page }) => {
        await page.setViewportSize({ width: 390, height: 800 });
        const { widget, button } = await open(page, c);
        await button.click();
        await expect(widget.locator('.figure-panel textarea').first()).toBeVisible();
        const axe = await new AxeBuilder({ page }).include(`${c.root} .figure-menu`).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      });
    }
  });
}
