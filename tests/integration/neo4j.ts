// Gives integration tests the shared Neo4j (started by global-setup.ts): a connection, a store, a reset.
// In: vitest's inject('neo4j'). Out: an initialised Neo4jStore on the one test database.
import { inject } from 'vitest';

import { Neo4jStore, type Neo4jConnection } from '../../graph/neo4j/store.ts';
import type { GraphStore } from '../../graph/store.ts';

/** A node only the test setup writes: a database holding it (or nothing) is a scratch database. */
export const TEST_MARKER_QUERY = 'MERGE (:KgTestDatabase {id: "kg-integration-tests"})';

export async function isScratchDatabase(store: Neo4jStore): Promise<boolean> {
  const { rows } = await store.readQuery(
    'RETURN COUNT { (m:KgTestDatabase) } AS marked, COUNT { MATCH (n) WHERE NOT n:KgTestDatabase } AS others',
  );
  const [marked, others] = rows[0] as [number, number];
  return marked > 0 || others === 0;
}

export function neo4jConnection(): Neo4jConnection {
  const { uri, user, password, database } = inject('neo4j');
  return { uri, user, password, database };
}

/** A new, initialised store on the shared test database; close it in afterAll. */
export async function openNeo4jStore(options: { stopBand?: number } = {}): Promise<Neo4jStore> {
  const store = new Neo4jStore(neo4jConnection(), options);
  await store.init();
  return store;
}

/** Empties the shared test database (keeps the schema and the scratch marker). */
export async function resetNeo4j(store: GraphStore): Promise<void> {
  const s = store as Neo4jStore;
  await s.clear();
  await s.writeQuery(TEST_MARKER_QUERY);
}
