// A shortest path by indexed SQL: breadth-first from both ends at once, each step reading one ring's relationships
// through the (source, target) and (target) indexes, articles left out, the smaller side expanded first; the search
// stops at `maxHops` or after `maxNodes` nodes reached. In: a Db (inside a read transaction), two ids. Out: PathResult.
import { NotFoundError } from '../errors.ts';
import type { Props } from '../model.ts';
import { type GraphEdge, type GraphNode, PATH_DEFAULTS, type PathOptions, type PathResult } from '../store.ts';
import { type Db, type NodeRow, labelsOfRow } from './db.ts';

/** How a node was reached from one end: the node before it, the relationship between, the hops from that end. */
interface Step {
  prev: string | null;
  key: string | null;
  hops: number;
}

export function shortestPathSql(db: Db, from: string, to: string, options: PathOptions = {}): PathResult {
  const maxHops = options.maxHops ?? PATH_DEFAULTS.maxHops;
  const maxNodes = options.maxNodes ?? PATH_DEFAULTS.maxNodes;
  const node = db.prepare('SELECT id, label, sub, props FROM node WHERE id = ?');
  const ends = [from, to].map((id) => node.get(id) as NodeRow | undefined);
  for (const [i, row] of ends.entries())
    if (!row || row.label === 'Article')
      throw new NotFoundError(`No node ${JSON.stringify([from, to][i])} in the graph (articles are not part of paths)`);
  if (from === to) return { found: true, nodes: [view(ends[0]!)], edges: [], truncated: false };

  // One ring's neighbours that are not articles, each once per relationship, in index order.
  const ring = db.prepare(
    `WITH f(id) AS (SELECT value FROM json_each(@ids)),
     near(at, next, key) AS (
       SELECT f.id, e.target, e.key FROM f CROSS JOIN edge e INDEXED BY edge_pair ON e.source = f.id
       UNION ALL SELECT f.id, e.source, e.key FROM f CROSS JOIN edge e INDEXED BY edge_target ON e.target = f.id)
     SELECT near.at, near.next, near.key FROM near JOIN node n ON n.id = near.next
     WHERE n.label <> 'Article' AND near.next <> near.at LIMIT @cap`,
  );
  const sides = [new Map<string, Step>([[from, { prev: null, key: null, hops: 0 }]]), new Map<string, Step>()];
  sides[1]!.set(to, { prev: null, key: null, hops: 0 });
  const fronts = [[from], [to]];
  let reached = 2;
  for (let hops = 0; hops < maxHops; hops++) {
    const s = fronts[0]!.length <= fronts[1]!.length ? 0 : 1;
    const [mine, other] = [sides[s]!, sides[1 - s]!];
    const rows = ring.raw().all({ ids: JSON.stringify(fronts[s]), cap: maxNodes * 4 }) as Array<
      [string, string, string]
    >;
    const next: string[] = [];
    let meet: { at: string; next: string; key: string; length: number } | null = null;
    for (const [at, n, key] of rows) {
      const there = other.get(n);
      const length = mine.get(at)!.hops + 1 + (there?.hops ?? Infinity);
      if (there && (!meet || length < meet.length)) meet = { at, next: n, key, length };
      if (mine.has(n)) continue;
      mine.set(n, { prev: at, key, hops: mine.get(at)!.hops + 1 });
      next.push(n);
    }
    if (meet) return assemble(db, s === 0 ? meet : { ...meet, at: meet.next, next: meet.at }, sides);
    reached += next.length;
    fronts[s] = next;
    if (!next.length) return { found: false, nodes: [], edges: [], truncated: false };
    if (reached > maxNodes || rows.length >= maxNodes * 4) break;
  }
  return { found: false, nodes: [], edges: [], truncated: true };
}

/** The path through the meeting relationship `at` (from's side) → `next` (to's side), as nodes and relationships. */
function assemble(
  db: Db,
  meet: { at: string; next: string; key: string },
  sides: Array<Map<string, Step>>,
): PathResult {
  const walk = (side: Map<string, Step>, id: string) => {
    const ids = [id];
    const keys: string[] = [];
    for (let st = side.get(id)!; st.prev !== null; st = side.get(st.prev)!) {
      ids.push(st.prev);
      keys.push(st.key!);
    }
    return { ids, keys };
  };
  const a = walk(sides[0]!, meet.at);
  const b = walk(sides[1]!, meet.next);
  const ids = [...a.ids.reverse(), ...b.ids];
  const keys = [...a.keys.reverse(), meet.key, ...b.keys];
  const nodes = db
    .prepare(`SELECT id, label, sub, props FROM node WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as NodeRow[];
  const edges = db
    .prepare(`SELECT key, type, source, target, props FROM edge WHERE key IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(keys)) as Array<Omit<GraphEdge, 'props'> & { props: string }>;
  const nodeById = new Map(nodes.map((r) => [r.id, view(r)]));
  const edgeByKey = new Map(edges.map((r) => [r.key, { ...r, props: JSON.parse(r.props) as Props }]));
  return {
    found: true,
    nodes: ids.map((id) => nodeById.get(id)!),
    edges: keys.map((k) => edgeByKey.get(k)!),
    truncated: false,
  };
}

const view = (r: NodeRow): GraphNode => ({ id: r.id, labels: labelsOfRow(r), props: JSON.parse(r.props) as Props });
