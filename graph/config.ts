// One settings object with defaults and precise validation (as sigma's settings.ts).
// In: environment variables and CLI flags. Out: a validated StoreConfig.
import path from 'node:path';

import { z } from 'zod';

import { KgError } from './errors.ts';

export const StoreConfig = z.object({
  /** `neo4j` when a Neo4j URI is configured or --neo4j is given, else `embedded`. */
  store: z.enum(['embedded', 'neo4j']),
  /** The embedded store's SQLite file (a `.json` path, the earlier store's file, means the `.db` beside it). */
  dataFile: z.string().min(1),
  neo4j: z.object({
    uri: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'Expecting a bolt:// or neo4j:// URI'),
    user: z.string().min(1),
    password: z.string(),
    database: z.string().min(1).optional(),
  }),
});
export type StoreConfig = z.infer<typeof StoreConfig>;

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';
export const DEFAULT_NEO4J_USER = 'neo4j';
export const DEFAULT_NEO4J_PASSWORD = 'kg-local-password';

/**
 * The embedded store's database for a configured path: `x.json` (the earlier store's file, or a KG_DATA that still
 * names it) means `x.db` beside it; any other path is the database itself.
 */
export const databaseFile = (dataFile: string): string => dataFile.replace(/\.json$/i, '.db');

export interface ConfigOverrides {
  neo4j?: boolean;
  dataFile?: string;
}

/** Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and KG_DATA. */
export function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const raw = {
    store: overrides.neo4j || env.NEO4J_URI ? 'neo4j' : 'embedded',
    dataFile: databaseFile(overrides.dataFile ?? env.KG_DATA ?? path.resolve('data', 'graph.db')),
    neo4j: {
      uri: env.NEO4J_URI || DEFAULT_NEO4J_URI,
      user: env.NEO4J_USER || DEFAULT_NEO4J_USER,
      password: env.NEO4J_PASSWORD ?? DEFAULT_NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE || undefined,
    },
  };
  const parsed = StoreConfig.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KgError('CONFIG_INVALID', `Settings: invalid \`${issue.path.join('.')}\`. ${issue.message}.`);
  }
  return parsed.data;
}
