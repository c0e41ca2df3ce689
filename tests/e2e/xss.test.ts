// Article text and names are rendered as text, never as HTML: an article carrying <img onerror> and
// <script> payloads goes through the real ingest and viewer, and nothing in it may run or become markup.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { type App, startApp } from './harness.ts';

let app: App;
const PAYLOAD_TITLE = 'Zorblatt summit <img src=x onerror="window.__xss=1"> report';
const TEXT = `${PAYLOAD_TITLE}

Officials in Zorblatt said on Monday that <script>window.__xss=2</script> the talks had failed.
"We were never told <img src=x onerror=window.__xss=3>," the foreign minister, John Smith, said.
`;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-xss-'));
  const file = path.join(dir, 'zorblatt.txt');
  await writeFile(file, TEXT);
  app = await startApp([file]);
});
afterAll(async () => app?.stop());

it('shows markup from an article as literal text and runs none of it', async () => {
  const page = await app.newPage();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.locator('#search').fill('Zorblatt');
  const option = page.locator('.suggestions li[data-node]').first();
  await option.waitFor({ timeout: 10_000 });
  // The article node: its name comes from the first line or sentence, both of which carry markup.
  const article = page.locator('.suggestions li[data-node]').filter({ hasText: 'Article' }).first();
  await article.click();
  await page.locator('#read-article').waitFor();
  await page.locator('#read-article').click();
  await page.locator('#article-body').filter({ hasText: 'talks had failed' }).waitFor({ timeout: 10_000 });
  const body = await page.locator('#article-body').textContent();
  expect(body).toContain('<script>window.__xss=2</script>');
  expect(body).toContain('<img src=x onerror=window.__xss=3>');
  const found = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss,
    imgs: document.querySelectorAll('img').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    suggestion: document.querySelector('.suggestions')?.textContent ?? '',
    title: document.querySelector('#panel h2.title')?.textContent ?? '',
    label: window.__kg.view!.graph.getNodeAttribute(window.__kg.state().selectedNode!, 'label'),
  }));
  expect(found.xss).toBeUndefined();
  expect(found.imgs).toBe(0);
  expect(found.scripts).toBe(0);
  // The article's name reaches the panel as the literal string, markup and all.
  expect(found.label).toMatch(/<(img|script)/);
  expect(found.title).toBe(found.label);
  expect(dialogs).toBe(0);
  await page.close();
});
