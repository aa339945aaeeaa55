import type { Page } from '@playwright/test';

/** One control that fails the in-sight rule, or one figure that fails the gap rule. */
export interface GeometryProblem {
  instance: string;
  what: string;
  detail: string;
}

/**
 * The in-sight rule of issue 17, measured in the page: for every control of every instance
 * (inputs, selects, buttons and sliders outside its chart, figure menu, permalink and folded
 * secondary panels) some scroll position shows the control whole and at least half of the
 * instance's primary chart (`[data-instance-chart]`). Scroll positions are tried every 16 px
 * over the range where the control is on screen; the chart may be sticky, so it is measured at
 * each position, not once. A control counts as shown only where nothing covers it (a sticky chart
 * taller than the screen left over covers the controls below it): the point at its centre hits it.
 */
export function controlsOutOfSight(page: Page): Promise<GeometryProblem[]> {
  return page.evaluate(() => {
    const problems: { instance: string; what: string; detail: string }[] = [];
    const vh = innerHeight;
    const visibleShare = (r: DOMRect) => {
      const top = Math.max(0, r.top);
      const bottom = Math.min(vh, r.bottom);
      return r.height > 0 ? Math.max(0, bottom - top) / r.height : 0;
    };
    const hosts = [...document.querySelectorAll<HTMLElement>('.instance-host')];
    for (const host of hosts) {
      const name = host.dataset.instanceId ?? host.className;
      const chart = host.querySelector<HTMLElement>('[data-instance-chart]');
      if (!chart) {
        problems.push({ instance: name, what: 'chart', detail: 'no [data-instance-chart] element' });
        continue;
      }
      const controls = [...host.querySelectorAll<HTMLElement>('input, select, textarea, button, [role="slider"]')].filter(
        (c) => !c.closest('[data-instance-chart], .permalink, .figure-menu, .instance-disclosure') && c.getClientRects().length > 0 && c.getBoundingClientRect().height > 0,
      );
      for (const c of controls) {
        const box = c.getBoundingClientRect();
        const top = box.top + scrollY;
        const bottom = box.bottom + scrollY;
        let ok = false;
        let best = 0;
        // Every scroll position at which the control is whole on screen.
        for (let y = Math.max(0, bottom - vh); y <= top && !ok; y += 16) {
          scrollTo(0, y);
          const cr = c.getBoundingClientRect();
          if (cr.top < 0 || cr.bottom > vh) continue;
          const hit = document.elementFromPoint(cr.left + cr.width / 2, cr.top + cr.height / 2);
          if (!hit || !(hit === c || c.contains(hit) || hit.contains(c))) continue;
          const share = visibleShare(chart.getBoundingClientRect());
          best = Math.max(best, share);
          ok = share >= 0.5;
        }
        if (!ok) {
          const label = c.getAttribute('aria-label') ?? c.closest('label, .ui-control, fieldset')?.textContent?.trim().slice(0, 60) ?? c.outerHTML.slice(0, 60);
          problems.push({ instance: name, what: label, detail: bottom - top > vh ? 'taller than the screen' : best === 0 ? 'never uncovered with any of the chart in view' : `at most ${Math.round(best * 100)}% of the chart in view` });
        }
      }
    }
    scrollTo(0, 0);
    return problems;
  });
}

/**
 * The gap rule of issue 17: the vertical distance from the text block before each figure to the
 * figure is at most the ordinary paragraph spacing (the largest gap between two consecutive
 * paragraphs of the note), so no blank column opens above a figure.
 */
export function gapsAboveFigures(page: Page): Promise<GeometryProblem[]> {
  return page.evaluate(() => {
    const body = document.querySelector('.note-body');
    if (!body) return [];
    const rect = (e: Element) => e.getBoundingClientRect();
    let spacing = 0;
    const kids = [...body.children] as HTMLElement[];
    for (let i = 1; i < kids.length; i++) {
      if (kids[i]!.tagName === 'P' && kids[i - 1]!.tagName === 'P') spacing = Math.max(spacing, rect(kids[i]!).top - rect(kids[i - 1]!).bottom);
    }
    const problems: { instance: string; what: string; detail: string }[] = [];
    for (const host of body.querySelectorAll<HTMLElement>('.instance-host')) {
      let prev = host.previousElementSibling as HTMLElement | null;
      while (prev && prev.getBoundingClientRect().height === 0) prev = prev.previousElementSibling as HTMLElement | null;
      if (!prev) continue;
      const gap = rect(host).top - rect(prev).bottom;
      if (gap > spacing + 1) problems.push({ instance: host.dataset.instanceId ?? host.className, what: 'gap above the figure', detail: `${Math.round(gap)} px (paragraph spacing ${Math.round(spacing)} px) at ${innerWidth} px` });
    }
    return problems;
  });
}
