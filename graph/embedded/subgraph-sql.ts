// The capped reads as indexed SQL: the whole-graph view ranked by stored degree (degree.ts) and paged, and a node's
// neighbourhood ring by ring, so neither reads more of the database than it returns (plus the picked nodes' edges).
// In: a Db (inside a read transaction) and options. Out: Subgraphs as the in-memory queries (query.ts) give them.
import type { Props } from '../model.ts';
import type { GraphEdge, GraphNode, Subgraph, SubgraphOptions } from '../store.ts';
import { type Db, labelsOfRow } from './db.ts';

/**
 * A node's or relationship's stored props as the read returns them: every key (`props`), or only `keys`, each as its
 * own column of JSON text (`p0`, `p1`, ...; NULL where absent): cheaper than json_each and a props object per row.
 */
const propsSql = (col: string, keys: readonly string[] | undefined) =>
  keys ? keys.map((k, i) => `${col} -> ${pathOf(k)} AS p${i}`).join(', ') || `NULL AS p0` : `${col} AS props`;

/** A JSON path naming one top-level key, quoted (keys come from the code, never from a request). */
const pathOf = (key: string) => `'$."${key.replace(/["'\\]/g, '')}"'`;

/** The props object of a raw row whose propsSql columns start at `at`. */
function rawProps(row: Array<string | number | null>, at: number, keys: readonly string[] | undefined): Props {
  if (!keys) return JSON.parse(row[at] as string) as Props;
  const out: Props = {};
  for (let i = 0; i < keys.length; i++) {
    const v = row[at + i];
    if (typeof v === 'string') out[keys[i]!] = JSON.parse(v) as Props[string];
  }
  return out;
}

/** Article texts are only returned by getNode (query.ts withoutText). */
const nodeProps = (keys: readonly string[] | undefined) =>
  keys
    ? propsSql('n.props', keys)
    : `CASE WHEN n.label = 'Article' THEN json_remove(n.props, '$.text') ELSE n.props END AS props`;

/**
 * Picked ids (`page` 1: returned as nodes; 0: earlier pages, only edge ends) with their place `n` in `ids`, for the
 * joins below: an edge's ends come back as that number and are looked up in `ids`, not read as new strings.
 */
function pick(db: Db, ids: string[], page: (i: number) => boolean): void {
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS kg_pick_n (id TEXT PRIMARY KEY, page INTEGER NOT NULL, n INTEGER NOT NULL) WITHOUT ROWID',
  );
  db.exec('DELETE FROM temp.kg_pick_n');
  const add = db.prepare('INSERT OR IGNORE INTO temp.kg_pick_n (id, page, n) VALUES (?, ?, ?)');
  ids.forEach((id, i) => add.run(id, page(i) ? 1 : 0, i));
}

function pickedNodes(db: Db, ids: string[], keys: readonly string[] | undefined): GraphNode[] {
  const rows = db
    .prepare(
      `SELECT p.n, n.label, n.sub, ${nodeProps(keys)} FROM temp.kg_pick_n p JOIN node n ON n.id = p.id WHERE p.page`,
    )
    .raw()
    .all() as Array<[number, string, string | null, ...Array<string | null>]>;
  const byN = new Map(rows.map((r) => [r[0], r]));
  return ids.flatMap((id, n): GraphNode[] => {
    const r = byN.get(n);
    return r ? [{ id, labels: labelsOfRow({ label: r[1], sub: r[2] }), props: rawProps(r, 3, keys) }] : [];
  });
}

/**
 * Relationships among the picked nodes with at least one end on the page. CROSS JOIN fixes the order: each picked
 * node's out-edges through the (source, target) index, the target probed in the picked set, and only the rows that
 * pass are read (a hub's thousands of other relationships stay on disk).
 */
function pickedEdges(
  db: Db,
  ids: string[],
  keys: readonly string[] | undefined,
  maxEdges?: number,
): { edges: GraphEdge[]; total: number } {
  const among = `FROM temp.kg_pick_n s CROSS JOIN edge e INDEXED BY edge_cover ON e.source = s.id
       CROSS JOIN temp.kg_pick_n t ON t.id = e.target
       WHERE s.page OR t.page`;
  const total = maxEdges === undefined ? -1 : (db.prepare(`SELECT count(*) ${among}`).pluck().get() as number);
  // Capped (capEdges' order: the lower-ranked end, the other end, key): the sort keeps the first maxEdges rows in a
  // bounded heap, and only the kept rows' properties are read.
  const cap = maxEdges !== undefined && total > maxEdges;
  const sql = cap
    ? `WITH kept AS (SELECT e.rowid AS r, s.n AS sn, t.n AS tn ${among}
         ORDER BY max(s.n, t.n), min(s.n, t.n), e.key LIMIT ${Math.max(0, Math.floor(maxEdges))})
       SELECT e.key, e.type, kept.sn, kept.tn, ${propsSql('e.props', keys)} FROM kept CROSS JOIN edge e ON e.rowid = kept.r`
    : `SELECT e.key, e.type, s.n, t.n, ${propsSql('e.props', keys)} ${among}`;
  // Rows as arrays (raw): 88,581 of them at 10,000 stories, where building a keyed object per row shows.
  const rows = db.prepare(sql).raw().all() as Array<[string, string, number, number, ...Array<string | null>]>;
  return { edges: rows.map(edgeOf(ids, keys)), total: total < 0 ? rows.length : total };
}

const edgeOf =
  (ids: string[], keys: readonly string[] | undefined) =>
  (r: [string, string, number, number, ...Array<string | null>]): GraphEdge => ({
    key: r[0],
    type: r[1],
    source: ids[r[2]]!,
    target: ids[r[3]]!,
    props: rawProps(r, 4, keys),
  });

/** Ranked as query.ts ranks: degree, highest first, ties by id. */
export function subgraphSql(db: Db, options: SubgraphOptions = {}): Subgraph {
  const limit = Math.max(0, Math.floor(options.limit ?? 5000));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const where = options.withoutArticles ? `WHERE n.label <> 'Article'` : '';
  const ranked = db
    .prepare(
      `SELECT d.id FROM node_degree d INDEXED BY node_degree_rank JOIN node n ON n.id = d.id ${where}
       ORDER BY d.degree DESC, d.id LIMIT ?`,
    )
    .pluck()
    .all(offset + limit + 1) as string[];
  const total = db.prepare(`SELECT count(*) FROM node n ${where}`).pluck().get() as number;
  const truncated = ranked.length > offset + limit;
  const ids = ranked.slice(0, offset + limit);
  pick(db, ids, (i) => i >= offset);
  const nodes = pickedNodes(db, ids, options.nodeProps);
  const { edges, total: edgeTotal } = pickedEdges(db, ids, options.edgeProps, options.maxEdges);
  return { nodes, edges, truncated, total, offset, edgeTotal };
}

/** Breadth-first from `id`, each ring highest degree first (query.ts neighborhood), the rest counted, not read. */
export function neighborhoodSql(db: Db, id: string, options: { depth?: number; limit?: number } = {}): Subgraph {
  const depth = Math.min(2, Math.max(1, Math.floor(options.depth ?? 1)));
  const limit = Math.max(1, options.limit ?? 500);
  const seen = [id];
  let ring = [id];
  let truncated = false;
  let total = 1;
  const ringSql = db.prepare(
    `WITH ring(id) AS (SELECT value FROM json_each(@ring)),
     near(id) AS (
       SELECT e.target FROM ring r CROSS JOIN edge e INDEXED BY edge_pair ON e.source = r.id
       UNION SELECT e.source FROM ring r CROSS JOIN edge e INDEXED BY edge_target ON e.target = r.id)
     SELECT near.id FROM near JOIN node_degree d ON d.id = near.id
     WHERE near.id NOT IN (SELECT value FROM json_each(@seen))
     ORDER BY d.degree DESC, near.id`,
  );
  for (let d = 0; d < depth && !truncated && ring.length; d++) {
    const next = ringSql.pluck().all({ ring: JSON.stringify(ring), seen: JSON.stringify(seen) }) as string[];
    const room = limit - seen.length;
    total += next.length;
    if (next.length > room) truncated = true;
    ring = next.slice(0, Math.max(0, room));
    seen.push(...ring);
  }
  pick(db, seen, () => true);
  return { nodes: pickedNodes(db, seen, undefined), edges: pickedEdges(db, seen, undefined).edges, truncated, total };
}
