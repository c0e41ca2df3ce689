// Batched loading on the shared test Neo4j: several articles per transaction, behind the linking of the next ones,
// give the very graph a one-article-at-a-time run gives (same nodes, ids, properties and relationships), on the
// team's cross-article fixtures (retold incidents, relayed claims and denials, paraphrases, shared actors); and an
// article the server refuses fails alone, with one line, the rest of its batch loaded once.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ingest } from '../../graph/load.ts';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import type { Subgraph } from '../../graph/store.ts';
import { extract } from '../../ingest/extract.ts';
import type { SourceDoc } from '../../ingest/types.ts';
import { openNeo4jStore, resetNeo4j } from './neo4j.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const txt = (d: string) =>
  readdirSync(path.join(fixtures, d))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(fixtures, d, f));
// Retold stories sit next to each other in input order, so batches meet what earlier articles of theirs say.
const FILES = [...txt('cross-claims'), ...txt('cross'), ...txt('identity')];

/** Extraction is not what is tested here: each text is extracted once and replayed. */
const cache = new Map<string, unknown>();
const cached = (doc: SourceDoc) => cache.get(doc.text) ?? cache.set(doc.text, extract(doc)).get(doc.text);

async function snapshot(store: Neo4jStore): Promise<Subgraph> {
  const g = await store.subgraph({ limit: 100_000 });
  return {
    truncated: g.truncated,
    nodes: g.nodes
      .map((n) => ({ ...n, props: { ...n.props, ingestedAt: null } }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: g.edges.sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

describe('batched loading on Neo4j', () => {
  let store: Neo4jStore;
  let oneByOne: Subgraph;
  beforeAll(async () => {
    store = await openNeo4jStore();
    await resetNeo4j(store);
    const summary = await ingest(FILES, store, { extract: cached, batch: 1 });
    expect(summary).toMatchObject({ loaded: FILES.length, failed: 0 });
    oneByOne = await snapshot(store);
  }, 600_000);
  afterAll(async () => store?.close());

  it('gives the one-at-a-time graph with 2, 7 and 50 articles per transaction', { timeout: 600_000 }, async () => {
    expect(oneByOne.nodes.filter((n) => n.labels.includes('Incident')).length).toBeGreaterThan(5);
    expect(oneByOne.edges.some((e) => e.type === 'PARAPHRASES')).toBe(true);
    expect(oneByOne.edges.some((e) => e.props.answers === 'across articles')).toBe(true);
    // Candidates are read ahead for a whole batch in one round trip (graph/pending.ts prefetchLookups), and again
    // only after an article waited for the unwritten ones: far fewer lookups than articles.
    const findMany = store.findMany.bind(store);
    let lookups = 0;
    store.findMany = (query) => (lookups++, findMany(query));
    try {
      for (const batch of [2, 7, 50]) {
        await resetNeo4j(store);
        lookups = 0;
        const summary = await ingest(FILES, store, { extract: cached, batch });
        expect(summary).toMatchObject({ loaded: FILES.length, failed: 0 });
        expect(await snapshot(store)).toEqual(oneByOne);
        if (batch === 50) expect(lookups).toBeLessThan(FILES.length / 2);
      }
    } finally {
      store.findMany = findMany;
    }
    // Split over two runs, in batches: the same graph again, and a re-run writes nothing.
    await resetNeo4j(store);
    await ingest(FILES.slice(0, 30), store, { extract: cached, batch: 4 });
    await ingest(FILES.slice(30), store, { extract: cached, batch: 9 });
    expect(await snapshot(store)).toEqual(oneByOne);
    expect(await ingest(FILES, store, { extract: cached, batch: 50 })).toMatchObject({
      loaded: 0,
      unchanged: FILES.length,
    });
  });

  // Stop bands (graph/claims/similar.ts) at 3: keys cross the threshold while batches are pending, and the
  // overlay must count the unwritten articles' claims as the store will.
  it('with stop bands that bite, batches still give the one-at-a-time graph', { timeout: 600_000 }, async () => {
    const small = await openNeo4jStore({ stopBand: 3 });
    try {
      await resetNeo4j(small);
      await ingest(FILES, small, { extract: cached, batch: 1 });
      const sequential = await snapshot(small);
      // The stop rule changed which claims met: fewer cross-article links than without it.
      const links = (g: Subgraph) =>
        g.edges.filter((e) => e.type === 'PARAPHRASES' || e.props.answers === 'across articles').length;
      expect(links(sequential)).toBeLessThan(links(oneByOne));
      for (const batch of [7, 50]) {
        await resetNeo4j(small);
        await ingest(FILES, small, { extract: cached, batch });
        expect(await snapshot(small)).toEqual(sequential);
      }
    } finally {
      await small.close();
    }
  });

  it(
    'an article the server refuses fails alone: the rest of its batch is loaded once',
    { timeout: 300_000 },
    async () => {
      await resetNeo4j(store);
      const files = FILES.slice(0, 6);
      const bad = files[3]!;
      // A name far past what Neo4j's range index on Actor.name takes (8 KB a key): the server refuses the write.
      const refused = (doc: SourceDoc) => {
        const x = structuredClone(cached(doc)) as { actors: Array<{ name: string; kind: string }> };
        if (doc.source === bad)
          x.actors.find((a) => a.kind === 'state' || a.kind === 'organization')!.name = 'Ministry '.repeat(3000);
        return x;
      };
      const first = await ingest(files, store, { extract: refused, batch: 50 });
      expect(first).toMatchObject({ loaded: 5, failed: 1 });
      expect(first.failures).toHaveLength(1);
      expect(first.failures[0]!.message.startsWith(`${bad}: `)).toBe(true);
      const stats = await store.stats();
      expect(stats.nodes.Article).toBe(5);
      const again = await ingest(files, store, { extract: refused, batch: 50 });
      expect(again).toMatchObject({ loaded: 0, unchanged: 5, failed: 1 });
      expect(await store.stats()).toEqual(stats);
    },
  );
});
