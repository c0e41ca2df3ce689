// The loader's batched path (graph/load.ts, graph/pending.ts) on the embedded store, given a loadArticles that
// writes in order: articles are linked through the overlay of the unwritten ones instead of waiting for them, and
// the graph must be the one a one-article-at-a-time run gives (same ids, properties and relationships), on the
// team's cross-article fixtures (retold incidents, relayed claims and denials, paraphrases, shared actors).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import type { ArticleInput } from '../../graph/model.ts';
import type { Subgraph } from '../../graph/store.ts';
import { extract } from '../../ingest/extract.ts';
import type { SourceDoc } from '../../ingest/types.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const txt = (d: string) =>
  readdirSync(path.join(fixtures, d))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(fixtures, d, f));
const FILES = [...txt('cross-claims'), ...txt('cross'), ...txt('identity')];

const cache = new Map<string, unknown>();
const cached = (doc: SourceDoc) => cache.get(doc.text) ?? cache.set(doc.text, extract(doc)).get(doc.text);
const dir = mkdtempSync(path.join(tmpdir(), 'kg-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An embedded store that takes batches (written in order), counting them. */
async function batchedStore(name: string): Promise<{ store: EmbeddedStore; batches: number[] }> {
  const store = new EmbeddedStore(path.join(dir, `${name}.db`));
  await store.init();
  const batches: number[] = [];
  Object.assign(store, {
    loadArticles: async (inputs: ArticleInput[]) => {
      batches.push(inputs.length);
      const out = [];
      for (const input of inputs) out.push(await store.loadArticle(input));
      return out;
    },
  });
  return { store, batches };
}

async function snapshot(store: EmbeddedStore): Promise<Subgraph> {
  const g = await store.subgraph({ limit: 100_000 });
  return {
    truncated: g.truncated,
    nodes: g.nodes
      .map((n) => ({ ...n, props: { ...n.props, ingestedAt: null } }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: g.edges.sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

describe('batched loading through the overlay (embedded)', () => {
  it('gives the one-at-a-time graph with 3 and 50 articles per batch', { timeout: 600_000 }, async () => {
    const one = new EmbeddedStore(path.join(dir, 'one.db'));
    await one.init();
    expect(await ingest(FILES, one, { extract: cached })).toMatchObject({ loaded: FILES.length, failed: 0 });
    const oneByOne = await snapshot(one);
    await one.close();
    expect(oneByOne.edges.some((e) => e.type === 'PARAPHRASES')).toBe(true);
    expect(oneByOne.edges.some((e) => e.props.answers === 'across articles')).toBe(true);
    for (const size of [3, 50]) {
      const { store, batches } = await batchedStore(`b${size}`);
      expect(await ingest(FILES, store, { extract: cached, batch: size })).toMatchObject({
        loaded: FILES.length,
        failed: 0,
      });
      expect(await snapshot(store)).toEqual(oneByOne);
      // Articles were written in batches (the overlay path ran), every one of them once.
      expect(batches.some((n) => n > 1)).toBe(true);
      expect(batches.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(FILES.length);
      await store.close();
    }
  });
});
