import type { Page } from '@playwright/test';
import { isLocal } from './chromium';

/**
 * Records what must never happen on a page: console errors, uncaught exceptions and requests that
 * leave the machine. Returns the live list (assert it is empty) and every requested URL.
 */
export function watchPage(page: Page): { problems: string[]; requests: string[] } {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Workers log their own errors (a CSP refusal inside the pruning worker shows up here).
  page.on('worker', (w) => w.on('console', (m) => {
    if (m.type() === 'error') problems.push(`worker console: ${m.text()}`);
  }));
  page.on('request', (r) => {
    requests.push(r.url());
    if (!isLocal(r.url())) problems.push(`request off the machine: ${r.url()}`);
  });
  return { problems, requests };
}
