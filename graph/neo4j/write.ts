// Writes one article's graph records (graph/model.ts) in one managed write transaction.
// In: GraphRecords. Out: batched parameterised MERGE statements; 'unchanged' when the article exists.
import type { ManagedTransaction } from 'neo4j-driver';

import { KgError } from '../errors.ts';
import type { ActorLabel, GraphRecords, NodeLabel, NodeRecord, RelRecord } from '../model.ts';
import { KIND_ORDER, nameRank } from '../identity.ts';
import { ACTOR_LABEL, REL_TYPES as ALL_REL_TYPES } from '../model.ts';
import { normalizeName } from '../resolve.ts';
import { internalNodeProps, internalRelProps, searchKey, searchableTexts } from './keys.ts';
import { NODE_LABELS } from './schema.ts';
import { toParam } from './values.ts';

/** Relationship types and labels are interpolated into Cypher, so only these whitelisted names ever are. */
const REL_TYPES = new Set<string>(ALL_REL_TYPES);
const LABELS = new Set<string>([...NODE_LABELS, ...Object.values(ACTOR_LABEL)]);

function safe(name: string, allowed: Set<string>): string {
  if (!allowed.has(name))
    throw new KgError('EXTRACTION_INVALID', `refusing to write unknown label or type ${JSON.stringify(name)}`);
  return name;
}

const run = (tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) =>
  tx.run(cypher, toParam(params) as Record<string, unknown>);

/** Existing labels of the given ids, by four index seeks (one per label). */
async function existingLabels(tx: ManagedTransaction, ids: string[]): Promise<Map<string, NodeLabel>> {
  const union = NODE_LABELS.map((l) => `MATCH (n:${l}) WHERE n.id IN $ids RETURN n.id AS id, '${l}' AS label`).join(
    ' UNION ALL ',
  );
  const res = await run(tx, union, { ids });
  return new Map(res.records.map((r) => [r.get('id') as string, r.get('label') as NodeLabel]));
}

const lo = (f: string, v: string) =>
  `n.${f} = CASE WHEN ${v} IS NULL OR (n.${f} IS NOT NULL AND n.${f} <= ${v}) THEN n.${f} ELSE ${v} END`;
const hi = (f: string, v: string) =>
  `n.${f} = CASE WHEN ${v} IS NULL OR (n.${f} IS NOT NULL AND n.${f} >= ${v}) THEN n.${f} ELSE ${v} END`;
/** graph/incidents/range.ts in Cypher: another report widens the range and fills a missing date or place. */
const INCIDENT_WIDEN = `ON MATCH SET
  n.date = CASE WHEN n.date IS NULL OR (NOT n.date =~ $fullDate AND row.props.date =~ $fullDate)
    THEN row.props.date ELSE n.date END,
  n.place = coalesce(n.place, row.props.place),
  n.placeKey = coalesce(n.placeKey, row.props.placeKey),
  ${lo('killedMin', 'row.props.killed')}, ${hi('killedMax', 'row.props.killed')},
  ${lo('woundedMin', 'row.props.wounded')}, ${hi('woundedMax', 'row.props.wounded')}
  SET n.killed = n.killedMax, n.wounded = n.woundedMax`;

const actorRow = (n: NodeRecord) => ({
  id: n.id,
  rank: n.rank ?? nameRank(String(n.props.name)),
  props: { ...n.props, searchKey: searchKey('Actor', n.props) },
  keys: searchableTexts('Actor', n.props).map(normalizeName).filter(Boolean),
});

/** Sets the kind label that goes with `kind` (computed in the statement) and removes the other four. */
const KIND_LABELS = Object.entries(ACTOR_LABEL)
  .map(
    ([k, l]) =>
      `FOREACH (_ IN CASE WHEN kind = '${k}' AND NOT a:${l} THEN [1] ELSE [] END | REMOVE a:Person:State:Organization:Group:Outlet SET a:${l})`,
  )
  .join('\n');

/**
 * Creates or merges actor nodes exactly as the embedded store's mergeActor does, so every choice is commutative and
 * the node is the same whatever order its articles arrive in: the best-ranked name (nameRank, kept as the internal
 * `nameRank`), every other name an alias sorted by code point (JS sorts by UTF-16 unit: the two differ only for
 * astral characters), roles unioned and sorted, anonymous only if always, the lowest affiliation id, the kind first
 * in KIND_ORDER (graph/identity.ts).
 */
function mergeActors(label: string): string {
  const kindOrder = KIND_ORDER.map((k) => `WHEN '${k}' IN kinds THEN '${k}'`).join(' ');
  return `UNWIND $rows AS row
    MERGE (a:Actor {id: row.id})
    ON CREATE SET a = row.props, a.nameRank = row.rank, a:${label}
    WITH a, row, coalesce(a.nameRank, row.rank) AS oldRank, [a.kind, row.props.kind] AS kinds
    WITH a, row, CASE WHEN row.rank < oldRank THEN row.props.name ELSE a.name END AS name,
         CASE WHEN row.rank < oldRank THEN row.rank ELSE oldRank END AS rank,
         CASE ${kindOrder} ELSE a.kind END AS kind
    SET a.name = name, a.nameRank = rank, a.kind = kind,
        a.aliases = COLLECT { UNWIND coalesce(a.aliases, []) + row.props.aliases + [a.name, row.props.name] AS x
                              WITH DISTINCT x WHERE x <> name RETURN x ORDER BY x },
        a.roles = COLLECT { UNWIND coalesce(a.roles, []) + row.props.roles AS x WITH DISTINCT x RETURN x ORDER BY x },
        a.anonymous = coalesce(a.anonymous, false) AND coalesce(row.props.anonymous, false),
        a.affiliation = CASE WHEN a.affiliation IS NULL OR row.props.affiliation < a.affiliation
                             THEN row.props.affiliation ELSE a.affiliation END,
        a.searchKey = a.searchKey + reduce(s = '', k IN [k IN row.keys WHERE NOT a.searchKey CONTAINS ('\\n' + k + '\\n')] | s + k + '\\n')
    WITH a, kind
    ${KIND_LABELS}`;
}

/**
 * Writes the records of one new article. Returns false (writing nothing) when the article already exists.
 * Runs inside the caller's managed transaction, so a failure rolls back the whole article.
 */
export async function writeArticle(tx: ManagedTransaction, records: GraphRecords, source: string): Promise<boolean> {
  // Validate before writing: an id must keep its label, and every relationship end must exist.
  const labelOf = new Map<string, NodeLabel>();
  const ids = new Set<string>([records.article.id, ...records.nodes.map((n) => n.id)]);
  for (const r of records.rels) ids.add(r.source).add(r.target);
  const stored = await existingLabels(tx, [...ids]);
  if (stored.get(records.article.id) === 'Article') return false;
  for (const n of [records.article, ...records.nodes]) {
    const before = stored.get(n.id) ?? labelOf.get(n.id);
    if (before && before !== n.label) {
      throw new KgError('EXTRACTION_INVALID', `${source}: id ${n.id} is a ${n.label} here but already a ${before}`);
    }
    labelOf.set(n.id, n.label);
  }
  for (const [id, label] of stored) if (!labelOf.has(id)) labelOf.set(id, label);
  for (const r of records.rels) {
    for (const end of [r.source, r.target]) {
      if (!labelOf.has(end))
        throw new KgError('EXTRACTION_INVALID', `${source}: ${r.type} relationship points to unknown node ${end}`);
    }
  }

  // Statements in one transaction run in the order sent, so they are pipelined (sent without waiting for
  // each other's results): nodes first, then relationships, one round trip's latency instead of ~20.
  const writes: Array<Promise<unknown>> = [];
  // CREATE, not MERGE: if a concurrent load of the same article won, the uniqueness constraint fails this one.
  writes.push(
    run(tx, 'CREATE (a:Article) SET a = $props', {
      props: {
        ...records.article.props,
        searchKey: searchKey('Article', records.article.props),
        ...(records.extracted ? { extraction: records.extracted } : {}),
      },
    }),
  );

  const actorsByLabel = new Map<ActorLabel, NodeRecord[]>();
  for (const n of records.nodes) {
    if (n.label !== 'Actor') continue;
    const sub = n.subLabel ?? 'Organization';
    actorsByLabel.set(sub, [...(actorsByLabel.get(sub) ?? []), n]);
  }
  for (const [sub, nodes] of actorsByLabel) {
    // Rows sorted by id so concurrent loads lock shared actors in the same order (fewer deadlocks).
    writes.push(
      run(tx, mergeActors(safe(sub, LABELS)), {
        rows: nodes.map(actorRow).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      }),
    );
  }

  for (const label of ['Incident', 'Claim'] as const) {
    const rows = records.nodes
      .filter((n) => n.label === label)
      .map((n) => ({ id: n.id, props: { ...n.props, ...internalNodeProps(label, n.props) } }));
    if (!rows.length) continue;
    // Claims keep their first version (a claim is shared by every article that carries it); an incident told
    // again widens its casualty range as graph/incidents/range.ts does.
    writes.push(
      run(
        tx,
        `UNWIND $rows AS row MERGE (n:${safe(label, LABELS)} {id: row.id}) ON CREATE SET n = row.props
         ${label === 'Incident' ? INCIDENT_WIDEN : ''}`,
        label === 'Incident' ? { rows, fullDate: '\\d{4}-\\d{2}-\\d{2}' } : { rows },
      ),
    );
  }

  // Every relationship key holds this article's id and the article is new, so none exists yet: CREATE, not
  // MERGE. MERGE would compare against every parallel edge between the two nodes, and a claim carried by
  // 10,000 articles has 10,000 of them (the cost of each load grew with the corpus). Keys repeated within
  // the article (two extracted actors resolved to one node) are written once.
  const unique = new Map<string, RelRecord>();
  for (const r of records.rels) if (!unique.has(r.key)) unique.set(r.key, r);
  const groups = new Map<string, RelRecord[]>();
  for (const r of unique.values()) {
    const k = `${r.type}|${labelOf.get(r.source)}|${labelOf.get(r.target)}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  for (const [k, rels] of groups) {
    const [type, from, to] = k.split('|') as [string, string, string];
    // Links to what other articles said (graph/claims/link.ts: paraphrases, a stored denial answering a claim
    // here) may exist already: those few are MERGEd.
    const linked = type === 'PARAPHRASES' || rels.some((r) => r.props.article !== records.article.id);
    writes.push(
      run(
        tx,
        `UNWIND $rows AS row
       MATCH (s:${safe(from, LABELS)} {id: row.source})
       MATCH (t:${safe(to, LABELS)} {id: row.target})
       ${linked ? 'MERGE' : 'CREATE'} (s)-[r:${safe(type, REL_TYPES)} {key: row.key}]->(t)
       ${linked ? 'ON CREATE SET' : 'SET'} r += row.props`,
        {
          rows: rels.map((r) => ({
            key: r.key,
            source: r.source,
            target: r.target,
            props: { ...r.props, ...internalRelProps(r) },
          })),
        },
      ),
    );
  }
  await Promise.all(writes);
  return true;
}
