// The trace spec on the real Neo4j, and the same answers as the embedded store for the same graph.
// In: the shared test Neo4j and the trace fixtures. Out: assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import type { TraceQuery } from '../../graph/store.ts';
import { traceFixtures } from '../fixtures/trace-articles.ts';
import { traceSpec } from '../trace/spec.ts';
import { openNeo4jStore, resetNeo4j } from './neo4j.ts';

let neo: Neo4jStore | undefined;
afterAll(async () => neo?.close());

traceSpec('neo4j', async () => {
  neo = await openNeo4jStore();
  await resetNeo4j(neo);
  return neo;
});

describe('trace: Neo4j and embedded agree', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-trace-cmp-'));
  const embedded = new EmbeddedStore(path.join(dir, 'g.json'), { flushEvery: 1e9, flushIntervalMs: 1e12 });
  beforeAll(async () => {
    await embedded.init();
    for (const f of traceFixtures) await embedded.loadArticle({ ...f, ingestedAt: '2024-01-01T00:00:00Z' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the same trace for actors of every role and for claims', async () => {
    const actors = [
      'Heather Nauert',
      'Sputnik',
      'al-mayadeen',
      'Al Akhbar',
      'diplomatic sources',
      'Jeff Davis',
      'Maria Zakharova',
    ];
    const queries: TraceQuery[] = actors.map((actor) => ({ actor }));
    const first = await embedded.trace({ actor: 'Al Akhbar', limit: 500 });
    for (const c of first.claims) queries.push({ claimId: c.claim.id });
    expect(queries.length).toBeGreaterThan(8);
    for (const q of queries) expect(await neo!.trace(q), JSON.stringify(q)).toEqual(await embedded.trace(q));
  });
});
