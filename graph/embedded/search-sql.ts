// Search on the embedded store without the graph in memory: actors through their normalised names and aliases
// (the actor_name index), incidents, claims and articles by one pass over their rows with the texts matched in
// JavaScript (matchScore, the in-memory search's rule), best first, then by stored degree. In: a Db, a query, options.
// Out: the GraphNodes the in-memory search (query.ts) returns.
import type { Props } from '../model.ts';
import { normalizeName } from '../resolve.ts';
import type { GraphNode, SearchOptions } from '../store.ts';
import { type Db, labelsOfRow } from './db.ts';
import { matchScore } from './query.ts';

/** The texts search reads per label, as SQL expressions over `props` (query.ts searchableTexts). */
const TEXTS: Record<string, string[]> = {
  Incident: ['$.name', '$.summary', '$.place'],
  Claim: ['$.text'],
  Article: ['coalesce($.title, $.name)', '$.source'],
};
const textSql = (path: string) => {
  const m = /^coalesce\((\S+), (\S+)\)$/.exec(path);
  return m
    ? `coalesce(json_extract(props, '${m[1]}'), json_extract(props, '${m[2]}'))`
    : `json_extract(props, '${path}')`;
};

/** The scoring function, registered once per connection. */
const registered = new WeakSet<Db>();
function register(db: Db): void {
  if (registered.has(db)) return;
  db.function('kg_match', { deterministic: true, varargs: true }, (q: unknown, raw: unknown, ...texts: unknown[]) =>
    matchScore(String(q), String(raw), texts),
  );
  registered.add(db);
}

export function searchSql(db: Db, text: string, options: SearchOptions = {}): GraphNode[] {
  const q = normalizeName(text);
  const raw = text.trim().toLowerCase();
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  if ((!q && !raw) || !limit) return [];
  register(db);
  const wanted = (l: string) => !options.labels?.length || (options.labels as string[]).includes(l);
  const parts: string[] = [];
  // Actors: the keys are normalizeName'd names and aliases already, so the rule runs in SQL on the index.
  if (wanted('Actor') && q)
    parts.push(`SELECT actor AS id, max(CASE WHEN key = @q THEN 3 WHEN substr(key, 1, length(@q)) = @q THEN 2
      WHEN instr(key, @q) > 0 THEN 1 ELSE 0 END) AS score FROM actor_name GROUP BY actor`);
  for (const [label, paths] of Object.entries(TEXTS))
    if (wanted(label))
      parts.push(
        `SELECT id, kg_match(@q, @raw, ${paths.map(textSql).join(', ')}) AS score FROM node WHERE label = '${label}'`,
      );
  if (!parts.length) return [];
  const rows = db
    .prepare(
      `SELECT n.id, n.label, n.sub, CASE WHEN n.label = 'Article' THEN json_remove(n.props, '$.text') ELSE n.props END AS props
       FROM (${parts.join(' UNION ALL ')}) h JOIN node n ON n.id = h.id LEFT JOIN node_degree d ON d.id = h.id
       WHERE h.score > 0 ORDER BY h.score DESC, coalesce(d.degree, 0) DESC, h.id LIMIT @limit`,
    )
    .all({ q, raw, limit }) as Array<{ id: string; label: string; sub: string | null; props: string }>;
  return rows.map((r) => ({ id: r.id, labels: labelsOfRow(r), props: JSON.parse(r.props) as Props }));
}
