import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records the page's layout shifts through the DevTools protocol, which reports them with
 * JavaScript disabled too (a PerformanceObserver in the page could not run then). Every shift
 * counts, even those Chromium marks `hadRecentInput` (mobile emulation marks some so with no
 * input at all): the tests make no input while measuring.
 */
export async function recordLayoutShifts(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const shifts: { value: number; sources: string[] }[] = [];
  cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
    const d = event.layoutShiftDetails;
    if (d) shifts.push({ value: d.value, sources: (d.sources ?? []).map((s) => `${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`) });
  });
  await cdp.send('PerformanceTimeline.enable', { eventTypes: ['layout-shift'] });
  return {
    shifts,
    /** Total shift score so far (the sum of every shift's value). */
    total: () => shifts.reduce((sum, s) => sum + s.value, 0),
    reset: () => void shifts.splice(0),
  };
}
