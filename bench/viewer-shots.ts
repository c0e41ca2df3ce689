// Screenshots of a running viewer for the docs: headless Chromium (the e2e flags) at the given sizes, after the
// first layout has settled. In: --url, --out prefix, optional --search (view state), --sizes 1600x1000,1366x768,
// --steps (a search, then "trace": shows a trace). Out: PNG files.
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string' },
    search: { type: 'string', default: '' },
    sizes: { type: 'string', default: '1600x1000,1366x768' },
    query: { type: 'string' },
    scale: { type: 'string', default: '1' },
  },
});
if (!values.url || !values.out) throw new Error('usage: viewer-shots --url http://127.0.0.1:5173 --out docs/shot');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const size of values.sizes!.split(',')) {
    const [width, height] = size.split('x').map(Number) as [number, number];
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${values.url}/${values.search}`);
    await page.waitForFunction(() => window.__kg?.ready === true || Boolean(window.__kg?.error), null, {
      timeout: 120_000,
    });
    await page.waitForFunction(() => !window.__kg.layoutRunning(), null, { timeout: 120_000 });
    await page.waitForTimeout(800);
    if (values.query) {
      // search → pick the first hit → trace its claims: the three actions a user takes.
      await page.fill('#search', values.query);
      await page.locator('.suggestions li').first().click();
      await page.locator('#trace-actor, #trace-node').first().click();
      await page.waitForSelector('.chains');
      await page.waitForTimeout(1200);
    }
    const file = `${values.out}-${width}x${height}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
}
