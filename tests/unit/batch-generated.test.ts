// The loader's batched path (graph/load.ts, graph/pending.ts) on generated wire stories (bench/corpus.ts): stories
// retold by several outlets, claims relayed and denied by one recurring cast. Whatever the batch size, and whether
// the batch before is still being written while the next is linked, the graph is the one a one-article-at-a-time
// run gives (same ids, properties and relationships). Regression: two unwritten articles reporting one new claim
// each copied the same stored denials onto it, and the overlay kept both copies, so the claim's 20 speech slots lost
// a real speaker and a paraphrase read 'different speakers' with batches, 'same speaker' one at a time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { corpus } from '../../bench/corpus.ts';
import { mulberry32 } from '../../bench/rng.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import type { ArticleInput } from '../../graph/model.ts';
import { extract } from '../../ingest/extract.ts';
import type { SourceDoc } from '../../ingest/types.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-batch-generated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The first 60 of 300 generated stories (seed 11): the third batch of 20 met the duplicated denials.
const input = path.join(dir, 'stories.jsonl');
const stories = [];
for (const r of corpus(300, 11)) if (stories.push(r) >= 60) break;
writeFileSync(input, stories.map((r) => JSON.stringify(r)).join('\n'));

const cache = new Map<string, unknown>();
const cached = (doc: SourceDoc) => cache.get(doc.text) ?? cache.set(doc.text, extract(doc)).get(doc.text);

/** An embedded store that takes batches and writes them in order, each after a seeded wait of up to `delayMs`. */
async function batchedStore(name: string, delayMs: number): Promise<EmbeddedStore> {
  const store = new EmbeddedStore(path.join(dir, `${name}.db`));
  await store.init();
  const rand = mulberry32(7);
  Object.assign(store, {
    loadArticles: async (inputs: ArticleInput[]) => {
      await new Promise((ok) => setTimeout(ok, rand() * delayMs));
      const out = [];
      for (const a of inputs) out.push(await store.loadArticle(a));
      return out;
    },
  });
  return store;
}

/** Every node and relationship, without ingestedAt and without null properties (which Neo4j does not store). */
async function rows(store: EmbeddedStore): Promise<string[]> {
  const clean = (p: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(p).filter(([k, v]) => v !== null && k !== 'ingestedAt'));
  const g = store.graph();
  const out: string[] = [];
  g.forEachNode((id, a) => out.push(JSON.stringify([id, a.labels, clean(a.props)])));
  g.forEachEdge((key, a, s, t) => out.push(JSON.stringify([key, a.type, s, t, clean(a.props)])));
  return out.sort();
}

describe('batched loading of generated stories', () => {
  it(
    'gives the one-at-a-time graph with 20 articles per batch, however long the writes take',
    { timeout: 600_000 },
    async () => {
      const one = new EmbeddedStore(path.join(dir, 'one.db'));
      await one.init();
      expect(await ingest([input], one, { extract: cached })).toMatchObject({ loaded: 60, failed: 0 });
      const oneByOne = await rows(one);
      await one.close();
      expect(oneByOne.filter((r) => r.includes('"PARAPHRASES"')).length).toBeGreaterThan(100);
      for (const [name, delayMs] of [
        ['quick', 0],
        ['slow', 200],
      ] as const) {
        const store = await batchedStore(name, delayMs);
        expect(await ingest([input], store, { extract: cached, batch: 20 })).toMatchObject({ loaded: 60, failed: 0 });
        expect(await rows(store)).toEqual(oneByOne);
        await store.close();
      }
    },
  );
});
