// The reliability suite (issue #12), fast: adversarial inputs through the real loader with its budgeted worker,
// on the embedded store. Every input is stored or refused with one line naming it; nothing stops the batch.
// The slow re-run of every class with timings and 20,000 fuzzed inputs is bench/reliability.ts.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { extractChecked, ingest } from '../../graph/load.ts';
import { ExtractPool } from '../../ingest/budget/pool.ts';
import { extract } from '../../ingest/extract.ts';
import { estimateCount } from '../../ingest/sources/index.ts';
import { htmlToText } from '../../ingest/sources/html.ts';
import { fuzzInputs, nestedDivs, relayChain, unpunctuated } from '../fixtures/adversarial.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-reliability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES: Record<string, string> = {
  'wire.txt':
    'MANILA, Aug 14 (Reuters) - The Philippine coast guard said on Wednesday that a Chinese vessel fired a water cannon at a supply boat near Second Thomas Shoal, injuring four crew members.',
  'relay.txt': relayChain(100),
  'unpunctuated.txt': unpunctuated(50),
  'nested.html': nestedDivs(100_000),
  'huge-number.txt': `BAMAKO (AFP) - Rebels said ${'9'.repeat(400)} soldiers were killed when they attacked an army post near Kidal on Monday, an official said.`,
  'arabic.txt':
    'قال المتحدث باسم الحكومة العراقية يوم الثلاثاء إن المحادثات مع أنقرة بشأن المياه ستستأنف الشهر المقبل.',
  'chinese.txt': '外交部发言人周二表示，中方愿同越方通过友好协商妥善处理海上问题。',
};

describe('reliability: one batch of adversarial inputs', () => {
  let store: EmbeddedStore;
  let summary: Awaited<ReturnType<typeof ingest>>;
  const inputs = path.join(dir, 'inputs');
  beforeAll(async () => {
    mkdirSync(inputs);
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(inputs, name), text);
    writeFileSync(path.join(inputs, 'empty.txt'), '');
    execFileSync('mkfifo', [path.join(inputs, 'pipe.jsonl')]);
    store = new EmbeddedStore(path.join(dir, 'graph.json'), { write: true });
    await store.init();
    summary = await ingest([inputs], store);
  }, 120_000);
  afterAll(() => store?.close());

  it('stores every article, refuses the bad inputs with one line each, and warns on unsupported scripts', async () => {
    expect(summary.loaded).toBe(Object.keys(ARTICLES).length);
    expect(summary.failures.map((f) => f.message.replace(inputs, '<dir>')).sort()).toEqual([
      '<dir>/empty.txt: empty file',
      '<dir>/pipe.jsonl: not a regular file',
    ]);
    expect(summary.warnings.map((f) => f.message.replace(inputs, '<dir>')).sort()).toEqual([
      '<dir>/arabic.txt: language not supported (Arabic script); stored without extraction',
      '<dir>/chinese.txt: language not supported (Chinese script); stored without extraction',
    ]);
    // A FIFO named *.jsonl no longer blocks the progress bar's count (it used to read the pipe forever).
    expect(await estimateCount([inputs])).toBe(Object.keys(ARTICLES).length + 2);
  });

  it('keeps what each hard case holds: the relay chain, the casualties, the text behind deep nesting', async () => {
    const articleOf = async (name: string) => (await store.search(name, { limit: 5, labels: ['Article'] })).length;
    expect(await articleOf('nested')).toBeGreaterThan(0);
    const relay = await store.trace({ actor: 'Reuters', limit: 5 });
    expect(relay.claims.length).toBeGreaterThan(0);
    const strike = extract({ source: 'huge', text: ARTICLES['huge-number.txt']! });
    // A figure past 2^53 (here past Number.MAX_VALUE) is no head count: the article is stored (the batch above
    // counts it; it used to fail whole), and no incident carries a number that could not be stored.
    expect(strike.incidents.every((i) => i.killed === null || Number.isSafeInteger(i.killed))).toBe(true);
    expect(htmlToText(nestedDivs(100_000)).text).toContain('The minister said the talks had failed.');
  });
});

describe('reliability: the per-article budget', () => {
  it('stops an article past its time budget with one line, and the next article still extracts', async () => {
    const pool = new ExtractPool({ timeoutMs: 1 });
    const slow = pool.run({ source: 'slow.txt', text: unpunctuated(200) });
    await expect(slow).rejects.toMatchObject({
      code: 'EXTRACTION_BUDGET',
      message: 'slow.txt: extraction stopped after 0.001 s (the per-article time budget)',
    });
    await pool.close();
    const fresh = new ExtractPool();
    const ok = (await fresh.run({ source: 'ok.txt', text: ARTICLES['wire.txt']! })) as { actors: unknown[] };
    expect(ok.actors.length).toBeGreaterThan(0);
    await expect(fresh.run({ source: 'big.txt', text: 'x'.repeat(5_000_001) })).rejects.toMatchObject({
      code: 'EXTRACTION_BUDGET',
      message: expect.stringMatching(/^big\.txt: text too long to extract/),
    });
    await fresh.close();
  }, 60_000);

  it('an article queued behind a stopped one goes to a fresh worker and fails, if it does, under its own name', async () => {
    // One worker holds two articles at once (PER_WORKER): when the running one is stopped, the one waiting behind it
    // was never started, so it must be re-sent, not failed with it nor left unanswered.
    const pool = new ExtractPool({ workers: 1, timeoutMs: 1 });
    const names = ['first.txt', 'second.txt', 'third.txt'];
    const runs = names.map((source) => pool.run({ source, text: unpunctuated(200) }));
    const settled = await Promise.allSettled(runs);
    expect(settled.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'extracted'))).toEqual(
      names.map((n) => `${n}: extraction stopped after 0.001 s (the per-article time budget)`),
    );
    await pool.close();
  }, 60_000);

  it('a worker pool of two gives the graph a sequential run gives, in input order', async () => {
    const seeds = readdirSync(path.resolve('tests/fixtures/unseen'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const files = seeds.map((f) => path.resolve('tests/fixtures/unseen', f));
    const graphs: string[] = [];
    for (const workers of [1, 2]) {
      const file = path.join(dir, `pool-${workers}.db`);
      const s = new EmbeddedStore(file, { write: true });
      await s.init();
      const order: string[] = [];
      await ingest(files, s, { budget: { workers }, onProgress: (p) => order.push(p.source) });
      expect(order).toEqual(files);
      // Every node and relationship in the order they were written.
      graphs.push(JSON.stringify(await s.subgraph({ limit: 1e6 })).replace(/"ingestedAt":"[^"]*"/g, ''));
      await s.close();
    }
    expect(graphs[1]).toBe(graphs[0]);
  }, 120_000);
});

describe('reliability: fuzzed articles', () => {
  it('120 mutated articles: every one extracts or fails with one line, never a crash', () => {
    const unseen = path.resolve('tests/fixtures/unseen');
    const seeds = readdirSync(unseen)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(path.join(unseen, f), 'utf8'));
    const failures: string[] = [];
    for (const input of fuzzInputs(seeds, 120, 99)) {
      const text = input.name.endsWith('.html') ? htmlToText(input.text).text : input.text;
      try {
        extractChecked({ source: input.name, text });
      } catch (err) {
        failures.push((err as Error).message);
      }
    }
    expect(failures.filter((m) => m.includes('\n') || !m.startsWith('fuzz-'))).toEqual([]);
    expect(failures).toEqual([]);
  }, 120_000);
});
