// Opens the configured GraphStore: Neo4j when configured, else the embedded file store.
import type { StoreConfig } from './config.ts';
import type { GraphStore } from './store.ts';

export async function openStore(config: StoreConfig): Promise<GraphStore> {
  const store: GraphStore =
    config.store === 'neo4j'
      ? new (await import('./neo4j/store.ts')).Neo4jStore(config.neo4j)
      : new (await import('./embedded/store.ts')).EmbeddedStore(config.dataFile);
  await store.init();
  return store;
}
