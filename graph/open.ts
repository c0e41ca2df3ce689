// Opens the configured GraphStore: Neo4j when configured, else the embedded file store.
import type { StoreConfig } from './config.ts';
import type { GraphStore } from './store.ts';

// `write`: the caller is about to load articles, so the embedded store takes its file's writer lock up front (a second
// writer fails fast); readers never lock and follow the file as writers change it.
// `failFast`: the caller answers people (a server): a store that went away fails requests in seconds.
// `bulk`: the caller loads many articles in a row (`kg ingest`): the embedded store groups them into fewer commits
// (embedded/commit-group.ts), committed at the latest every 2 s and on close.
export async function openStore(
  config: StoreConfig,
  options: { write?: boolean; failFast?: boolean; bulk?: boolean } = {},
): Promise<GraphStore> {
  const store: GraphStore =
    config.store === 'neo4j'
      ? new (await import('./neo4j/store.ts')).Neo4jStore(config.neo4j, { failFast: options.failFast })
      : new (await import('./embedded/store.ts')).EmbeddedStore(config.dataFile, {
          write: options.write,
          groupCommits: options.bulk,
        });
  try {
    await store.init();
  } catch (err) {
    // A store that failed to open still holds resources (the Neo4j driver's sockets, the embedded lock): release
    // them, or the process would wait on them forever after printing the error (a wrong NEO4J_DATABASE did).
    await store.close().catch(() => {});
    throw err;
  }
  return store;
}
