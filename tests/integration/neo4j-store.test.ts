// The shared GraphStore spec on Neo4j, plus what only Neo4j has: schema, transactions, Cypher types,
// the read-only query path and connection errors. In: the shared test Neo4j. Out: assertions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Extraction } from '../../graph/schema.ts';
import { Neo4jStore } from '../../graph/neo4j/store.ts';
import { freePort } from '../../scripts/neo4j/launch.ts';
import { denial, strike } from '../fixtures/articles.ts';
import { crossArticleSpec } from '../store/cross-spec.ts';
import { storeSpec } from '../store/spec.ts';
import { openNeo4jStore, resetNeo4j } from './neo4j.ts';

storeSpec('neo4j', openNeo4jStore, resetNeo4j);
crossArticleSpec('neo4j', openNeo4jStore, resetNeo4j);

describe('Neo4j store', () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await openNeo4jStore();
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    await resetNeo4j(store);
  });

  const count = async (cypher: string) => (await store.readQuery(cypher)).rows[0]![0] as number;

  it('creates a uniqueness constraint on id for every node label, and the search indexes', async () => {
    const { rows } = await store.readQuery(
      'SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN type, labelsOrTypes[0] AS label, properties',
    );
    const unique = rows.filter(([type, , props]) => type === 'UNIQUENESS' && (props as string[]).join() === 'id');
    expect(unique.map(([, label]) => label).sort()).toEqual(['Actor', 'Article', 'Claim', 'Incident']);
    const indexes = (await store.readQuery('SHOW INDEXES YIELD name, type, state RETURN name, type, state')).rows;
    expect(indexes.find(([name]) => name === 'kg_fulltext')?.slice(1)).toEqual(['FULLTEXT', 'ONLINE']);
    expect(indexes.filter(([name, type]) => String(name).endsWith('_search') && type === 'TEXT')).toHaveLength(4);
    await store.init(); // idempotent: a second init neither fails nor duplicates
    expect((await store.readQuery('SHOW CONSTRAINTS')).rows).toHaveLength(rows.length);
  });

  it('writes an article in one transaction: a failure late in the write leaves nothing behind', async () => {
    await store.loadArticle(strike);
    const before = await store.stats();
    // Bypasses zod on purpose: a mixed-type list is only refused by Neo4j itself, after the article node
    // and earlier actors were already written inside the transaction.
    const bad = structuredClone(denial.extraction) as Extraction;
    const last = bad.actors[bad.actors.length - 1]!;
    last.aliases = ['fine', 42 as unknown as string];
    await expect(store.loadArticle({ extraction: bad, text: denial.text })).rejects.toThrow(
      /Cypher types|mixed|homogeneous/i,
    );
    expect(await store.hasArticle(denial.extraction.article.id)).toBe(false);
    expect(await store.stats()).toEqual(before);
    expect((await store.getNode('walid-muallem'))?.props.aliases).toEqual(['Muallem']);
  });

  it('keeps integers as INTEGER in Cypher and re-loading changes nothing, even concurrently', async () => {
    const [a, b] = await Promise.all([store.loadArticle(strike), store.loadArticle(strike)]);
    expect([a.status, b.status].sort()).toEqual(['loaded', 'unchanged']);
    const nodes = await count('MATCH (n) WHERE NOT n:KgTestDatabase RETURN count(n)');
    const rels = await count('MATCH ()-[r]->() RETURN count(r)');
    expect((await store.loadArticle(strike)).status).toBe('unchanged');
    expect(await count('MATCH (n) WHERE NOT n:KgTestDatabase RETURN count(n)')).toBe(nodes);
    expect(await count('MATCH ()-[r]->() RETURN count(r)')).toBe(rels);
    const types = await store.readQuery(
      `MATCH ()-[r]->() WITH DISTINCT valueType(r.start) + ' ' + valueType(r.end) AS t RETURN t
       UNION MATCH ()-[r:RELAYED]->() RETURN valueType(r.order) AS t
       UNION MATCH (c:Claim)<-[r:CLAIMS]-() WHERE size(r.via) > 0 RETURN valueType(r.via) AS t`,
    );
    expect(types.rows.flat().sort()).toEqual([
      'INTEGER NOT NULL',
      'INTEGER NOT NULL INTEGER NOT NULL',
      'LIST<STRING NOT NULL> NOT NULL',
    ]);
    const sublabels = await store.readQuery('MATCH (a:Actor:Person) RETURN a.id ORDER BY a.id');
    expect(sublabels.rows.flat()).toEqual(['alexander-lavrentiev', 'walid-muallem']);
    // A later article calling him an organization changes neither his kind nor his kind label.
    const other = structuredClone(denial.extraction) as Extraction;
    other.article.id = 'another-article';
    other.actors.find((x) => x.id === 'walid-muallem')!.kind = 'organization';
    expect((await store.loadArticle({ extraction: other, text: denial.text })).status).toBe('loaded');
    const muallem = await store.getNode('walid-muallem');
    expect([muallem?.labels, muallem?.props.kind]).toEqual([['Actor', 'Person'], 'person']);
  });

  it('runs user Cypher read-only, with plain values, a row cap and clear errors', async () => {
    await store.loadArticle(strike);
    const res = await store.readQuery('MATCH (a:Actor {id: $id})-[r:MEMBER_OF]->(s) RETURN a, r, s.name AS state', {
      params: { id: 'walid-muallem' },
    });
    expect(res.columns).toEqual(['a', 'r', 'state']);
    const [actor, rel, state] = res.rows[0] as [Record<string, unknown>, Record<string, unknown>, string];
    expect(actor).toMatchObject({ id: 'walid-muallem', labels: expect.arrayContaining(['Actor', 'Person']) });
    expect(rel).toMatchObject({ type: 'MEMBER_OF', props: { article: strike.extraction.article.id } });
    expect(state).toBe('Syria');
    // The store-internal lookup keys stay inside the store.
    const speech = await store.readQuery('MATCH (a:Actor)-[r:CLAIMS|DENIES|CONFIRMS]->(c) RETURN a, r, c LIMIT 1');
    expect(speech.rows).toHaveLength(1);
    expect(JSON.stringify(speech.rows)).not.toMatch(/searchKey|chainKey/);
    expect(await count('MATCH ()-[r:CLAIMS|DENIES|CONFIRMS]->() WHERE r.chainKey IS NULL RETURN count(r)')).toBe(0);
    const capped = await store.readQuery('UNWIND range(1, 100) AS i RETURN i', { limit: 10 });
    expect(capped.rows.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(capped.truncated).toBe(true);
    await expect(store.readQuery('CREATE (:Intruder {id: "x"})')).rejects.toMatchObject({ code: 'STORE_READONLY' });
    await expect(store.readQuery('MATCH (n:Actor) DETACH DELETE n')).rejects.toMatchObject({ code: 'STORE_READONLY' });
    expect(await count('MATCH (n:Intruder) RETURN count(n)')).toBe(0);
    expect(await count('MATCH (n:Actor) RETURN count(n)')).toBe(7);
    await expect(store.readQuery('MATCH (n RETURN n')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('says where Neo4j was expected and how to start it when nothing answers', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const offline = new Neo4jStore({ uri, user: 'neo4j', password: 'whatever-password' });
    try {
      const err = await offline.init().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect((err as Error).message).toContain(uri);
      expect((err as Error).message).toContain('npm run neo4j');
    } finally {
      await offline.close();
    }
  });
});
