// The trace spec on the real Neo4j, and the same answers as the embedded store for the same graph, including
// hubs, which Neo4j ranks by walking articles newest first. In: the shared test Neo4j and fixtures. Out: assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { chainKey } from '../../graph/neo4j/keys.ts';
import { CHAIN_INDEXES } from '../../graph/neo4j/schema.ts';
import { formatTraceTree } from '../../graph/trace/tree.ts';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import type { ArticleInput } from '../../graph/model.ts';
import type { TraceQuery } from '../../graph/store.ts';
import { traceFixtures } from '../fixtures/trace-articles.ts';
import { carriedArticles, hubArticles } from '../fixtures/trace-hub.ts';
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
  const embedded = new EmbeddedStore(path.join(dir, 'g.json'));
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

/** An embedded store in a temp dir and the emptied test Neo4j, both loaded with `articles` before the block runs. */
function bothLoadedWith(name: string, articles: () => Array<Omit<ArticleInput, 'ingestedAt'>>) {
  const dir = mkdtempSync(path.join(tmpdir(), `kg-trace-${name}-`));
  const embedded = new EmbeddedStore(path.join(dir, 'g.json'));
  beforeAll(async () => {
    await resetNeo4j(neo!);
    await embedded.init();
    for (const a of articles()) {
      await embedded.loadArticle({ ...a, ingestedAt: '2024-01-01T00:00:00Z' });
      await neo!.loadArticle({ ...a, ingestedAt: '2024-01-01T00:00:00Z' });
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return embedded;
}

describe('trace: Neo4j and embedded agree on hubs', () => {
  const embedded = bothLoadedWith('hub', () => hubArticles(60));

  it('ranks, caps and counts a hub speaker, relay and outlet the same way', async () => {
    const speaker = await embedded.trace({ actor: 'Hub Speaker', limit: 500 });
    // 60 articles × 2 claims, of which the repeated ones collapse to three shared claims.
    expect(speaker).toMatchObject({ truncated: false, statements: { said: 120, relayed: 0, published: 0 } });
    const dates = speaker.claims.map((t) =>
      Math.max(...t.chains.map((c) => Date.parse(c.article.publishedAt ?? '') || 0)),
    );
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const actor of ['Hub Speaker', 'Hub Relay', 'Hub Outlet'])
      for (const limit of [1, 2, 3, 5, 8, 13, 21, 34, 55, 500]) {
        const q = { actor, limit };
        const e = await embedded.trace(q);
        if (limit < 5) expect(e.truncated, JSON.stringify(q)).toBe(true);
        expect(await neo!.trace(q), JSON.stringify(q)).toEqual(e);
      }
  }, 120_000);
});

describe('trace: a claim carried by many articles, before and after the chainKey backfill', () => {
  const embedded = bothLoadedWith('carried', () => carriedArticles(60));
  let upgraded: Neo4jStore | undefined;
  afterAll(async () => upgraded?.close());

  it('keeps the earliest chains per stance, ties ordered by speaker, on both stores and after a backfill', async () => {
    await neo!.warmUp(); // plans the trace queries on an id that matches nothing: must not throw or change answers
    const [claim] = (await embedded.trace({ actor: 'Speaker 0', limit: 1 })).claims;
    const expected = await embedded.trace({ claimId: claim!.claim.id });
    const chains = expected.claims[0]!.chains;
    // 96 claims and 24 denials, cut at 20 each: the earliest dated articles first, then article, then speaker.
    expect(chains.filter((c) => c.stance === 'claims')).toHaveLength(20);
    expect(chains.filter((c) => c.stance === 'denies')).toHaveLength(20);
    expect(chains.every((c) => c.article.publishedAt !== null)).toBe(true);
    const first = chains.filter((c) => c.article.id === chains[0]!.article.id);
    expect(first.map((c) => c.speaker.id)).toEqual(first.map((c) => c.speaker.id).sort());
    expect(first).toHaveLength(2);
    // The rest are counted, and the tree says how many are not shown.
    expect(expected.claims[0]!.reports).toEqual({ claims: 96, denies: 24, confirms: 0 });
    expect(formatTraceTree(expected)).toContain('… 80 more reports not shown (76 claiming, 4 denying)');
    expect(await neo!.trace({ claimId: claim!.claim.id })).toEqual(expected);

    // A graph written before chainKey and edge dates existed: the next store to open it backfills both.
    await neo!.writeQuery('MATCH ()-[r:CLAIMS|DENIES|CONFIRMS|RELAYED|REPORTS]->() REMOVE r.chainKey, r.publishedAt');
    for (const index of CHAIN_INDEXES) await neo!.writeQuery(`DROP INDEX ${index.name}`);
    upgraded = await openNeo4jStore();
    const { rows } = await upgraded.readQuery(
      `MATCH (s)-[r:CLAIMS|DENIES|CONFIRMS]->(c) MATCH (a:Article {id: r.article})
       RETURN s.id, c.id, r.article, r.start, r.publishedAt, a.publishedAt, r.chainKey`,
    );
    expect(rows).toHaveLength(120);
    for (const [speaker, id, article, start, date, articleDate, key] of rows as Array<
      [string, string, string, number, string | null, string | null, string]
    >) {
      expect(date).toBe(articleDate);
      expect(key).toBe(chainKey(id, { date, article, start, speaker }));
    }
    expect(await upgraded.trace({ claimId: claim!.claim.id })).toEqual(expected);
    for (const actor of ['Speaker 0', 'Speaker 5', 'sources', 'Outlet 1'])
      expect(await upgraded.trace({ actor }), actor).toEqual(await embedded.trace({ actor }));
  }, 120_000);
});
