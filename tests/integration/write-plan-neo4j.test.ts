// The Neo4j write statements, as Neo4j plans them: a transaction sends as many statements for eight articles as for
// one (rows, not statements, grow with a batch), and every statement finds its nodes through the unique id
// indexes: no label or full scan, no relationship expansion whose cost grows with the edges already stored.
// The driver is used directly here for the plans (EXPLAIN), which the GraphStore API does not return.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ArticleInput, type NodeLabel, toGraphRecords } from '../../graph/model.ts';
import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { toParam } from '../../graph/neo4j/values.ts';
import { KgError } from '../../graph/errors.ts';
import { type BatchArticle, type WriteResult, writeArticles, writeStatements } from '../../graph/neo4j/write.ts';
import { denial, strike } from '../fixtures/articles.ts';
import { neo4jConnection, openNeo4jStore, resetNeo4j } from './neo4j.ts';

/** The fixture as if another outlet ran it again: a new text (so a new article id), the same actors and claims. */
function copy(f: ArticleInput, i: number): BatchArticle {
  const text = `${f.text}\nRepublished ${i}.`;
  const input = { ...f, text, extraction: { ...f.extraction, article: { ...f.extraction.article, id: `copy-${i}` } } };
  return { records: toGraphRecords(input), source: `copy ${i}` };
}

function labels(batch: BatchArticle[]): Map<string, NodeLabel> {
  const out = new Map<string, NodeLabel>();
  for (const { records } of batch) for (const n of [records.article, ...records.nodes]) out.set(n.id, n.label);
  return out;
}

type Plan = { operatorType: string; children: Plan[] };
const operators = (p: Plan): string[] => [p.operatorType.replace(/@.*/, ''), ...p.children.flatMap(operators)];

describe('Neo4j write statements', () => {
  let store: Neo4jStore;
  let driver: Driver;
  beforeAll(async () => {
    store = await openNeo4jStore();
    await resetNeo4j(store);
    await store.loadArticle(strike);
    const c = neo4jConnection();
    driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
  });
  afterAll(async () => {
    await driver?.close();
    await store?.close();
  });

  it('sends as many statements for eight articles as for one, each by unique index seeks', async () => {
    const one = [copy(denial, 0)];
    const eight = [
      copy(denial, 0),
      ...[1, 2, 3].map((i) => copy(strike, i)),
      ...[4, 5, 6, 7].map((i) => copy(denial, i)),
    ];
    const single = writeStatements(one, labels(one));
    const batched = writeStatements(eight, labels(eight));
    // The strike adds relationship types the denial does not hold: the count grows with the kinds of records a
    // batch holds, never with how many articles or records.
    const kinds = (b: BatchArticle[]) => new Set(b.flatMap(({ records }) => records.rels.map((r) => r.type))).size + 4; // + article, actor, claim, incident
    expect(single.length).toBeLessThanOrEqual(kinds(one));
    expect(batched.length).toBeLessThanOrEqual(kinds(eight) + 2); // a type with two pairs of end labels
    expect(writeStatements(eight.slice(4), labels(eight.slice(4))).length).toBe(single.length);
    const actorRows = batched.find((s) => s.cypher.includes('MERGE (a:Actor'))!.params.rows as unknown[];
    expect(actorRows.length).toBe(
      new Set(eight.flatMap((b) => b.records.nodes.filter((n) => n.label === 'Actor').map((n) => n.id))).size,
    );

    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const { cypher, params } of batched) {
        const res = await session.run(`EXPLAIN ${cypher}`, toParam(params) as Record<string, unknown>);
        const ops = operators(res.summary.plan as unknown as Plan);
        expect(
          ops.filter((o) => /Scan|Expand|VarLength/.test(o)),
          cypher,
        ).toEqual([]);
        if (/MATCH|MERGE/.test(cypher))
          expect(
            ops.some((o) => o.startsWith('NodeUniqueIndexSeek')),
            cypher,
          ).toBe(true);
      }
    } finally {
      await session.close();
    }
  });

  it('reads from the server only the relationship ends neither the cache nor the batch holds', async () => {
    // The stored strike's actor is left out of a copy's nodes: its edges point to a stored node the (empty) cache does
    // not hold, so it is asked of the server, found, and the copy loads. An edge to a node stored nowhere is refused.
    const kept = copy(strike, 11);
    const stored = await driver.executeQuery('MATCH (a:Actor) RETURN a.id AS id');
    const storedIds = new Set(stored.records.map((r) => r.get('id') as string));
    const actor = kept.records.nodes.find(
      (n) => storedIds.has(n.id) && kept.records.rels.some((r) => r.source === n.id),
    )!;
    expect(actor.label).toBe('Actor');
    const leaning = { ...kept, records: { ...kept.records, nodes: kept.records.nodes.filter((n) => n !== actor) } };
    const lost = copy(strike, 12);
    const rels = lost.records.rels.map((r) => (r.source === actor.id ? { ...r, source: 'nobody-anywhere' } : r));
    const dangling = { ...lost, records: { ...lost.records, rels } };
    const cacheCalls: string[][] = [];
    const emptyCache = (ids: Iterable<string>) => (cacheCalls.push([...ids]), new Map<string, NodeLabel>());
    const run = async (cached?: typeof emptyCache) => {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      const tx = session.beginTransaction();
      try {
        const results = await writeArticles(tx as unknown as ManagedTransaction, [leaning, dangling], cached);
        return results.map((r: WriteResult) => (r instanceof KgError ? r.message : r));
      } finally {
        await tx.rollback();
        await session.close();
      }
    };
    const [ok, refused] = await run(emptyCache);
    expect(ok).toBe('loaded');
    expect(refused).toMatch(/^copy 12: .* points to unknown node nobody-anywhere$/);
    expect(cacheCalls.length).toBe(1);
    expect(await run()).toEqual(await run(emptyCache));
  });
});
