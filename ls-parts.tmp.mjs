import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto('http://localhost:4355/notes/low-stakes-alignment/', { waitUntil: 'networkidle' });
const f = p.locator('.instance-host[data-instance-id="lowstakes"]');
await f.scrollIntoViewIfNeeded(); await f.locator('astro-island:not([ssr])').waitFor();
console.log(await f.evaluate(e => [...e.querySelectorAll('.ls > *, .instance-body > *, .ls-controls > *, figcaption')].map(c => `${c.className||c.tagName} ${Math.round(c.getBoundingClientRect().height)}`).join('\n')));
await f.screenshot({ path: '/tmp/ls-full-1280.png' });
await b.close();
