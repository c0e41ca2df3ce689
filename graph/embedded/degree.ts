// Each node's degree kept in the database (node_degree, maintained by triggers on every write path) and an
// (source, target) index: what the capped reads (subgraph-sql.ts) rank and join by without reading the whole graph.
// In: an open Db. Out: the table, its triggers and index in place, filled once for a store written before them.
import type { Db } from './db.ts';

/** The meta key saying the degrees were filled: set in the transaction that creates the triggers. */
const MARK = 'node_degree';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS node_degree (id TEXT PRIMARY KEY, degree INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_degree_rank ON node_degree (degree DESC, id);
CREATE INDEX IF NOT EXISTS edge_pair ON edge (source, target);
-- A self-loop counts twice, as graphology and the in-memory queries count it. INSERT OR IGNORE of a known edge
-- fires nothing; clear() deletes every edge, and each delete takes its count back.
CREATE TRIGGER IF NOT EXISTS node_degree_node AFTER INSERT ON node BEGIN
  INSERT OR IGNORE INTO node_degree (id, degree) VALUES (NEW.id, 0);
END;
CREATE TRIGGER IF NOT EXISTS node_degree_node_gone AFTER DELETE ON node BEGIN
  DELETE FROM node_degree WHERE id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS node_degree_edge AFTER INSERT ON edge BEGIN
  INSERT INTO node_degree (id, degree) VALUES (NEW.source, 1) ON CONFLICT (id) DO UPDATE SET degree = degree + 1;
  INSERT INTO node_degree (id, degree) VALUES (NEW.target, 1) ON CONFLICT (id) DO UPDATE SET degree = degree + 1;
END;
CREATE TRIGGER IF NOT EXISTS node_degree_edge_gone AFTER DELETE ON edge BEGIN
  UPDATE node_degree SET degree = degree - 1 WHERE id = OLD.source;
  UPDATE node_degree SET degree = degree - 1 WHERE id = OLD.target;
END;
`;

/**
 * Creates and (for a store written before them) fills the degrees, once, in one write transaction: a writer that
 * commits meanwhile waits (busy_timeout), so no edge is counted twice or missed.
 */
export function ensureDegrees(db: Db, log: (line: string) => void = () => {}): void {
  const done = () => db.prepare('SELECT 1 FROM meta WHERE key = ?').get(MARK) !== undefined;
  if (done()) return;
  db.transaction(() => {
    if (done()) return; // another process filled them while this one waited for the write lock
    const edges = db.prepare('SELECT count(*) FROM edge').pluck().get() as number;
    if (edges > 100_000)
      log(`kg: note: counting the degrees of ${edges} relationships once (capped reads rank by them)`);
    db.exec(SCHEMA);
    db.exec(`
      DELETE FROM node_degree;
      INSERT INTO node_degree (id, degree) SELECT id, 0 FROM node;
      INSERT INTO node_degree (id, degree)
        SELECT id, count(*) FROM (SELECT source AS id FROM edge UNION ALL SELECT target FROM edge) WHERE true GROUP BY id
        ON CONFLICT (id) DO UPDATE SET degree = excluded.degree;
    `);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(MARK, '1');
  }).immediate();
}

/**
 * The full view's covering index: an edge's ends and key, so a capped page ranks its edges from the index alone and
 * reads only the rows it keeps. Created once (a store written before it spends a few seconds per million edges).
 */
export function ensureEdgeCover(db: Db, log: (line: string) => void = () => {}): void {
  const done = () => db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'edge_cover'`).get();
  if (done()) return;
  db.transaction(() => {
    if (done()) return;
    const edges = db.prepare('SELECT count(*) FROM edge').pluck().get() as number;
    if (edges > 100_000) log(`kg: note: indexing the ends of ${edges} relationships once (the full view reads them)`);
    db.exec('CREATE INDEX IF NOT EXISTS edge_cover ON edge (source, target, key)');
  }).immediate();
}
