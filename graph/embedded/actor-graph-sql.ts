// The actor network folded from the database (actor-graph.ts's one fold): relationships read in pages by rowid, the
// per-claim and per-article lookups indexed, so memory holds the folded links and actor ids, not the graph.
// In: a Db. Out: a FoldSource.
import type { Props } from '../model.ts';
import type { GraphNode } from '../store.ts';
import type { FoldSource } from './actor-graph.ts';
import { type Db, type NodeRow, labelsOfRow } from './db.ts';

const PAGE = 5000;

export function sqlSource(db: Db): FoldSource {
  const actors = new Set(db.prepare(`SELECT id FROM node WHERE label = 'Actor'`).pluck().all() as string[]);
  const isActor = (id: unknown): id is string => typeof id === 'string' && actors.has(id);
  const s = {
    // better-sqlite3 runs no other statement while one iterates: read pages, then look up.
    page: db.prepare(
      `SELECT rowid, type, source, target, props FROM edge
       WHERE rowid > ? AND type IN (SELECT value FROM json_each(?)) ORDER BY rowid LIMIT ${PAGE}`,
    ),
    about: db.prepare(`SELECT target FROM edge WHERE source = ? AND type = 'ABOUT'`).pluck(),
    claimants: db.prepare(`SELECT source FROM edge WHERE target = ? AND type = 'CLAIMS'`).pluck(),
    outlet: db.prepare(`SELECT target FROM edge WHERE source = ? AND type = 'PUBLISHED_BY' LIMIT 1`).pluck(),
    date: db.prepare(`SELECT json_extract(props, '$.publishedAt') FROM node WHERE id = ?`).pluck(),
  };
  const dates = new Map<string, unknown>();
  return {
    forEachEdge(types, fn) {
      const wanted = JSON.stringify(types);
      for (let after = 0; ;) {
        const rows = s.page.all(after, wanted) as Array<{
          rowid: number;
          type: string;
          source: string;
          target: string;
          props: string;
        }>;
        for (const r of rows) fn(r.type, r.source, r.target, JSON.parse(r.props) as Props);
        if (rows.length < PAGE) return;
        after = rows.at(-1)!.rowid;
      }
    },
    isActor,
    about: (claim) => (s.about.all(claim) as string[]).filter(isActor),
    claimants: (claim) => s.claimants.all(claim) as string[],
    outlet: (article) => (s.outlet.get(article) as string | undefined) ?? null,
    articleDate: (id) => {
      if (typeof id !== 'string') return null;
      if (!dates.has(id)) dates.set(id, s.date.get(id) ?? null);
      return dates.get(id);
    },
    nodes: (ids) => nodesById(db, ids),
  };
}

/** Nodes by id, in the order asked (unknown ids left out): the actors a capped network keeps, without the fold. */
export function nodesById(db: Db, ids: string[]): GraphNode[] {
  const rows = db
    .prepare(`SELECT id, label, sub, props FROM node WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as NodeRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id): GraphNode[] => {
    const r = byId.get(id);
    return r ? [{ id, labels: labelsOfRow(r), props: JSON.parse(r.props) as Props }] : [];
  });
}
