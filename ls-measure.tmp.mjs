import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w,h] of [[1280,800],[390,844]]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto('http://localhost:4355/notes/low-stakes-alignment/', { waitUntil: 'networkidle' });
  const hosts = p.locator('.instance-host');
  for (let i = 0; i < await hosts.count(); i++) { await hosts.nth(i).scrollIntoViewIfNeeded(); await p.locator('.instance-host').nth(i).locator('astro-island:not([ssr])').first().waitFor({timeout:20000}); }
  await p.waitForTimeout(500);
  const r = await p.evaluate(() => [...document.querySelectorAll('.instance-host')].map(e => [e.dataset.instanceId, Math.round(e.getBoundingClientRect().height), Math.round(e.querySelector('[data-instance-chart]').getBoundingClientRect().height)]));
  console.log(w, JSON.stringify(r));
  await p.screenshot({ path: `/tmp/ls-${w}.png`, fullPage: true });
}
await b.close();
