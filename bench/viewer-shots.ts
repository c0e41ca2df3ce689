// Screenshots of a running viewer for the docs: headless Chromium (the e2e flags) at the given sizes, after the
// first layout has settled. In: --url, --out prefix, optional --search (view state), --sizes 1600x1000,1366x768,
// --steps (a search, then "trace": shows a trace). Out: PNG files.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string' },
    search: { type: 'string', default: '' },
    sizes: { type: 'string', default: '1600x1000,1366x768' },
    query: { type: 'string' },
    /** Scale the PNG down to this width (the docs keep small pictures); 0 keeps the viewport's. */
    width: { type: 'string', default: '0' },
  },
});
if (!values.url || !values.out) throw new Error('usage: viewer-shots --url http://127.0.0.1:5173 --out docs/shot');

/** Scales a PNG down in the browser (a canvas), so the docs need no image tools. */
async function shrink(png: Buffer, width: number): Promise<Buffer> {
  const page = await browser.newPage();
  const b64 = await page.evaluate(
    async ([data, w]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = Math.round((img.height * w) / img.width);
      const ctx = canvas.getContext('2d')!;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL('image/png').split(',')[1]!;
    },
    [png.toString('base64'), width] as const,
  );
  await page.close();
  return Buffer.from(b64, 'base64');
}

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
    const png = await page.screenshot();
    await writeFile(file, Number(values.width) ? await shrink(png, Number(values.width)) : png);
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
}
