// The embedded store's SQLite file: schema, connection settings, and row ↔ graph attribute mapping.
// In: a database path. Out: an open better-sqlite3 Database in WAL mode with the schema in place.
// Nodes and relationships are rows keyed by their ids, so an article is an upsert of its rows in one transaction,
// never a rewrite of the whole graph; the side tables are the indexes cross-article identity looks up.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { KgError } from '../errors.ts';
import type { Props, RelType } from '../model.ts';
import type { EdgeAttrs, NodeAttrs } from './types.ts';

export type Db = Database.Database;

export const SCHEMA_VERSION = 1;

/**
 * A bulk writer's page cache (KB; readers keep 32 MB). A commit group inserts into every index at random places, and
 * with the default cache the pages it dirties are spilled to the WAL and read back one by one long before the
 * commit once the indexes outgrow it (bench/embedded-replay.ts, 2,000 stories: the last tenths' write cost 29-33 ms
 * an article with 32 MB, 22-25 ms with 256 MB).
 */
export const BULK_CACHE_KB = 256 * 1024;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- label: Article | Actor | Claim | Incident; sub: the actor's kind label. dkey: an actor's normalised display name.
CREATE TABLE IF NOT EXISTS node (
  id TEXT PRIMARY KEY, label TEXT NOT NULL, sub TEXT, props TEXT NOT NULL, rank TEXT, extraction TEXT, dkey TEXT
);
CREATE INDEX IF NOT EXISTS node_label ON node(label, sub);
CREATE TABLE IF NOT EXISTS edge (
  key TEXT PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, props TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS edge_source ON edge(source, type);
CREATE INDEX IF NOT EXISTS edge_target ON edge(target, type);
CREATE INDEX IF NOT EXISTS edge_type ON edge(type);
-- normalised actor name or alias → actor; rowid keeps the order names arrived in (the first actor wins ties).
CREATE TABLE IF NOT EXISTS actor_name (key TEXT NOT NULL, actor TEXT NOT NULL, UNIQUE (key, actor));
-- MinHash band key → claim (graph/claims/similar.ts), and 'd:date' / 'p:place' → incident (graph/incidents).
CREATE TABLE IF NOT EXISTS claim_band (band TEXT NOT NULL, claim TEXT NOT NULL, PRIMARY KEY (band, claim)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS incident_key (key TEXT NOT NULL, incident TEXT NOT NULL, PRIMARY KEY (key, incident)) WITHOUT ROWID;
`;

/**
 * Opens (creating when asked) the database. WAL: readers never block the writer nor each other, and a commit is
 * one append; synchronous=NORMAL: a killed process loses nothing committed (a power cut may lose the last commits).
 */
export function openDatabase(file: string, options: { create: boolean }): Db {
  if (options.create) mkdirSync(path.dirname(file), { recursive: true });
  else if (!existsSync(file)) throw new KgError('CONFIG_INVALID', `${file}: no such embedded store`);
  let db: Db | null = null;
  try {
    db = new Database(file, { fileMustExist: !options.create });
    db.pragma('busy_timeout = 10000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -32000');
    db.exec(SCHEMA);
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get('schema') as { value: string } | undefined;
    if (!row) db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    else if (Number(row.value) > SCHEMA_VERSION)
      throw new KgError('CONFIG_INVALID', `${file}: written by a newer newsgraph (schema ${row.value})`);
    return db;
  } catch (err) {
    db?.close();
    if (err instanceof KgError) throw err;
    throw new KgError(
      'CONFIG_INVALID',
      `${file}: the embedded store's database cannot be opened (${(err as Error).message}); move it away to start a new graph`,
      { cause: err },
    );
  }
}

/** One node row as stored. */
export interface NodeRow {
  id: string;
  label: string;
  sub: string | null;
  props: string;
  rank: string | null;
  extraction?: string | null;
}

export interface EdgeRow {
  key: string;
  type: string;
  source: string;
  target: string;
  props: string;
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * `sql` prepared once per connection: the write path runs the same few statements for every article, and preparing
 * one parses it against the whole schema each time. A caller that sets a statement's mode (pluck, raw) sets it for
 * every caller of the same text.
 */
export function prepared(db: Db, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let st = byText.get(sql);
  if (!st) byText.set(sql, (st = db.prepare(sql)));
  return st;
}

export const labelsOfRow = (r: Pick<NodeRow, 'label' | 'sub'>): string[] => (r.sub ? [r.label, r.sub] : [r.label]);

export function nodeAttrs(r: NodeRow): NodeAttrs {
  return {
    labels: labelsOfRow(r),
    props: JSON.parse(r.props) as Props,
    ...(r.rank ? { rank: r.rank } : {}),
    ...(r.extraction ? { extraction: r.extraction } : {}),
  };
}

export const edgeAttrs = (r: EdgeRow): EdgeAttrs => ({ type: r.type as RelType, props: JSON.parse(r.props) as Props });
