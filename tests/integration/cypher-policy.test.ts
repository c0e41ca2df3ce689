// The read-only console's policy on a real Neo4j: what a READ session alone lets through (LOAD CSV to any URL,
// TERMINATE TRANSACTIONS, db.clearQueryCaches(), SHOW USERS) is refused from Neo4j's own plan; schema reads and
// the full-text search stay allowed; replies are capped in bytes. In: the shared test Neo4j. Out: assertions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { type Listener, startListener } from './listener.ts';
import { openNeo4jStore, resetNeo4j } from './neo4j.ts';

let store: Neo4jStore;
let listener: Listener;
beforeAll(async () => {
  store = await openNeo4jStore();
  await resetNeo4j(store);
  listener = await startListener();
});
afterAll(async () => {
  await listener?.close();
  await store?.close();
});

const refused = (query: string) => expect(store.readQuery(query)).rejects.toMatchObject({ code: 'QUERY_REFUSED' });

describe('Cypher console policy', () => {
  it('refuses LOAD CSV, which Neo4j would otherwise fetch from any URL, even hidden after a MATCH', async () => {
    // Neo4j does reach the listener when nothing stops it (a maintenance write session, not the console):
    await store.writeQuery(`LOAD CSV WITH HEADERS FROM '${listener.url}/direct.csv' AS row RETURN row.name`);
    expect(listener.hits).toEqual(['GET /direct.csv']);
    await refused(`LOAD CSV FROM '${listener.url}/console.csv' AS row RETURN row`);
    await refused(`MATCH (n) WITH count(n) AS c LOAD CSV FROM '${listener.url}/' + c AS row RETURN row`);
    await expect(
      store.readQuery('LOAD CSV FROM $u AS row RETURN row', { params: { u: `${listener.url}/param.csv` } }),
    ).rejects.toMatchObject({ code: 'QUERY_REFUSED', message: expect.stringMatching(/LOAD CSV/) });
    expect(listener.hits).toEqual(['GET /direct.csv']);
  });

  it('refuses administration commands and procedures outside the allow-list', async () => {
    await refused('TERMINATE TRANSACTIONS "neo4j-transaction-1"');
    await refused('SHOW TRANSACTIONS');
    await refused('CALL db.clearQueryCaches()');
    await refused('SHOW USERS');
    await refused('CALL dbms.listConfig() YIELD name RETURN name');
    await refused('CALL tx.setMetaData({a: 1})');
  });

  it('still runs reads, schema listings and the allowed procedures', async () => {
    expect((await store.readQuery('CALL db.labels() YIELD label RETURN label')).columns).toEqual(['label']);
    expect((await store.readQuery('SHOW INDEXES YIELD name RETURN name')).rows.flat()).toContain('kg_fulltext');
    const hits = await store.readQuery(
      "CALL db.index.fulltext.queryNodes('kg_fulltext', 'nothing') YIELD node RETURN count(node) AS n",
    );
    expect(hits.rows).toEqual([[0]]);
    expect((await store.readQuery('UNWIND range(1, 3) AS i RETURN i')).rows).toEqual([[1], [2], [3]]);
    await expect(store.readQuery('CREATE (:Intruder)')).rejects.toMatchObject({ code: 'STORE_READONLY' });
  });

  it('caps replies in bytes: rows past the cap are cut, one row past it is a one-line error', async () => {
    const res = await store.readQuery("UNWIND range(1, 1000) AS i RETURN i, 'x' + toString(i) AS s", {
      maxBytes: 2_000,
    });
    expect(res.truncated).toBe(true);
    expect(res.rows.length).toBeGreaterThan(10);
    expect(JSON.stringify(res.rows).length).toBeLessThan(2_000);
    await expect(store.readQuery('RETURN range(1, 50000) AS r', { maxBytes: 100_000 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/first row is larger than/),
    });
  });
});
