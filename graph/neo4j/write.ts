// Writes articles' graph records (graph/model.ts) in one managed write transaction: one article, or several in input
// order with the effect of writing them one after another. In: GraphRecords. Out: batched parameterised statements
// (UNWIND over every article of the batch); per article 'loaded', 'unchanged' (it exists) or the error that refused it.
import type { ManagedTransaction } from 'neo4j-driver';

import { KgError } from '../errors.ts';
import type { GraphRecords, NodeLabel, NodeRecord, PropValue, Props, RelRecord } from '../model.ts';
import { KIND_ORDER, nameRank } from '../identity.ts';
import { ACTOR_LABEL, REL_TYPES as ALL_REL_TYPES, stringsOf } from '../model.ts';
import { normalizeName } from '../resolve.ts';
import { areaKeyOf, areaTerm, internalNodeProps, internalRelProps, searchKey, searchableTexts } from './keys.ts';
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

/**
 * A load grows the graph many times over, and Neo4j replans a cached query whenever its statistics diverge (a
 * label's count, an index's selectivity): dozens of replans per thousand articles, each one planner work and fresh
 * code for the JIT compiler. Every write statement here is anchored on the unique id indexes, so its plan holds
 * whatever the counts: kept (`replan=skip`).
 */
export const WRITE_PREFIX = 'CYPHER replan=skip ';

const run = (tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) =>
  tx.run(WRITE_PREFIX + cypher, toParam(params) as Record<string, unknown>);

/**
 * The stored labels of the batch's ids. From `cached` (the store's link cache: link-cache.ts labelsOf) when it is
 * given, with no round trip: a node of the batch it does not hold is new, but a relationship end that is no node of
 * its own article or an earlier one of the batch and that the cache does not hold (a link to a node another writer
 * stored) is asked of the server, so such an article is refused only when the server lacks the node too. Else four
 * index seeks.
 */
async function storedLabels(
  tx: ManagedTransaction,
  batch: BatchArticle[],
  ids: Set<string>,
  cached?: (ids: Iterable<string>) => Map<string, NodeLabel>,
): Promise<Map<string, NodeLabel>> {
  if (!cached) return existingLabels(tx, [...ids]);
  const known = cached(ids);
  const asked = new Set<string>();
  const before = new Set<string>();
  for (const { records } of batch) {
    before.add(records.article.id);
    for (const n of records.nodes) before.add(n.id);
    for (const r of records.rels)
      for (const end of [r.source, r.target]) if (!before.has(end) && !known.has(end)) asked.add(end);
  }
  if (asked.size) for (const [id, label] of await existingLabels(tx, [...asked])) known.set(id, label);
  return known;
}

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
/**
 * graph/incidents/range.ts in Cypher: another report widens the range and fills a missing date or place. A row's
 * own range is one report's figure, or the range of several reports of the batch folded by widenIncident.
 */
const INCIDENT_WIDEN = `ON MATCH SET
  n.areas = reduce(acc = coalesce(n.areas, []), a IN coalesce(row.props.areas, []) +
    CASE WHEN n.placeKey IS NOT NULL AND row.props.placeKey IS NOT NULL AND row.props.placeKey <> n.placeKey
      THEN [row.props.place] ELSE [] END | CASE WHEN a IN acc THEN acc ELSE acc + a END),
  n.areaTerms = reduce(acc = coalesce(n.areaTerms, []), t IN coalesce(row.props.areaTerms, []) +
    CASE WHEN n.placeKey IS NOT NULL AND row.props.placeKey IS NOT NULL AND row.props.placeKey <> n.placeKey
      THEN [replace(row.props.placeKey, ' ', '_')] ELSE [] END | CASE WHEN t IN acc THEN acc ELSE acc + t END),
  n.areaKey = reduce(s = '', t IN n.areaTerms | s + CASE WHEN s = '' THEN '' ELSE '\\n' END + t),
  n.date = CASE WHEN n.date IS NULL OR (NOT n.date =~ $fullDate AND row.props.date =~ $fullDate)
    THEN row.props.date ELSE n.date END,
  n.place = coalesce(n.place, row.props.place),
  n.placeKey = coalesce(n.placeKey, row.props.placeKey),
  n.placeSound = coalesce(n.placeSound, row.props.placeSound),
  ${lo('killedMin', 'row.props.killedMin')}, ${hi('killedMax', 'row.props.killedMax')},
  ${lo('woundedMin', 'row.props.woundedMin')}, ${hi('woundedMax', 'row.props.woundedMax')}
  SET n.killed = n.killedMax, n.wounded = n.woundedMax`;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isNull = (v: unknown) => v === null || v === undefined;
const low = (cur: PropValue, v: PropValue): PropValue =>
  isNull(v) || (!isNull(cur) && Number(cur) <= Number(v)) ? cur : v;
const high = (cur: PropValue, v: PropValue): PropValue =>
  isNull(v) || (!isNull(cur) && Number(cur) >= Number(v)) ? cur : v;

/** INCIDENT_WIDEN in TypeScript: `b`, a later report of the same incident, widens `a` (an associative step). */
export function widenIncident(a: Props, b: Props): Props {
  const full = (d: unknown) => typeof d === 'string' && FULL_DATE.test(d);
  const other = !isNull(a.placeKey) && !isNull(b.placeKey) && a.placeKey !== b.placeKey;
  const union = (x: PropValue, y: string[]) => [...new Set([...stringsOf(x), ...y])];
  const areaTerms = union(a.areaTerms, [...stringsOf(b.areaTerms), ...(other ? [areaTerm(String(b.placeKey))] : [])]);
  const out: Props = {
    ...a,
    areas: union(a.areas, [...stringsOf(b.areas), ...(other ? [String(b.place)] : [])]),
    areaTerms,
    areaKey: areaKeyOf(areaTerms),
    date: isNull(a.date) || (!full(a.date) && full(b.date)) ? b.date : a.date,
    place: a.place ?? b.place,
    placeKey: a.placeKey ?? b.placeKey,
    placeSound: a.placeSound ?? b.placeSound,
    killedMin: low(a.killedMin, b.killedMin),
    killedMax: high(a.killedMax, b.killedMax),
    woundedMin: low(a.woundedMin, b.woundedMin),
    woundedMax: high(a.woundedMax, b.woundedMax),
  };
  return { ...out, killed: out.killedMax, wounded: out.woundedMax };
}

/**
 * One row per actor id of the batch. `keys` holds each article's normalised names in order: the statement adds
 * them to searchKey one article after another, as separate writes would.
 */
interface ActorRow {
  id: string;
  rank: string;
  props: Props;
  keys: string[][];
}

const actorRow = (n: NodeRecord): ActorRow => ({
  id: n.id,
  rank: n.rank ?? nameRank(String(n.props.name)),
  props: { ...n.props, searchKey: searchKey('Actor', n.props) },
  keys: [searchableTexts('Actor', n.props).map(normalizeName).filter(Boolean)],
});

/**
 * mergeActors in TypeScript, for two rows of one actor in one batch (`b` the later article's): every choice is
 * associative, so the folded row merged once into the stored node gives the node merging each row in turn would.
 * Aliases and roles need only hold every name and role: the statement drops the chosen name and sorts.
 */
function foldActor(a: ActorRow, b: ActorRow): ActorRow {
  const better = b.rank < a.rank;
  const kinds = [a.props.kind, b.props.kind];
  const affiliation = isNull(a.props.affiliation)
    ? b.props.affiliation
    : !isNull(b.props.affiliation) && String(b.props.affiliation) < String(a.props.affiliation)
      ? b.props.affiliation
      : a.props.affiliation;
  const name = better ? b.props.name : a.props.name;
  const names = [
    ...stringsOf(a.props.aliases),
    ...stringsOf(b.props.aliases),
    String(a.props.name),
    String(b.props.name),
  ];
  return {
    id: a.id,
    rank: better ? b.rank : a.rank,
    props: {
      ...a.props,
      name,
      kind: KIND_ORDER.find((k) => kinds.includes(k)) ?? a.props.kind,
      aliases: [...new Set(names)].filter((x) => x !== name),
      roles: [...new Set([...stringsOf(a.props.roles), ...stringsOf(b.props.roles)])],
      anonymous: Boolean(a.props.anonymous ?? false) && Boolean(b.props.anonymous ?? false),
      affiliation,
    },
    keys: [...a.keys, ...b.keys],
  };
}

/** Rows of one id folded, in batch order, into one (first row's place kept): one statement writes them all. */
function fold<T extends { id: string }>(rows: T[], combine: (a: T, b: T) => T): T[] {
  const out = new Map<string, T>();
  for (const row of rows) {
    const before = out.get(row.id);
    out.set(row.id, before ? combine(before, row) : row);
  }
  return [...out.values()];
}

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
 * in KIND_ORDER (graph/identity.ts) and its label. One statement for every actor of the batch (rows: foldActor).
 */
function mergeActors(): string {
  const kindOrder = KIND_ORDER.map((k) => `WHEN '${k}' IN kinds THEN '${k}'`).join(' ');
  return `UNWIND $rows AS row
    MERGE (a:Actor {id: row.id})
    ON CREATE SET a = row.props, a.nameRank = row.rank
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
        a.searchKey = reduce(s = a.searchKey, keys IN row.keys |
          s + reduce(t = '', k IN [k IN keys WHERE NOT s CONTAINS ('\\n' + k + '\\n')] | t + k + '\\n'))
    WITH a, kind
    ${KIND_LABELS}`;
}

/** One article of a batch: its records and its source (for error lines). */
export interface BatchArticle {
  records: GraphRecords;
  source: string;
}

export type WriteResult = 'loaded' | 'unchanged' | KgError;

/**
 * Checks one article against the labels known so far (stored, then earlier articles of the batch): an id must
 * keep its label and every relationship end must exist. Returns the article's labels, or the error refusing it.
 */
function validate(a: BatchArticle, known: Map<string, NodeLabel>): Map<string, NodeLabel> | KgError {
  const mine = new Map<string, NodeLabel>();
  for (const n of [a.records.article, ...a.records.nodes]) {
    const before = known.get(n.id) ?? mine.get(n.id);
    if (before && before !== n.label)
      return new KgError('EXTRACTION_INVALID', `${a.source}: id ${n.id} is a ${n.label} here but already a ${before}`);
    mine.set(n.id, n.label);
  }
  for (const r of a.records.rels)
    for (const end of [r.source, r.target])
      if (!mine.has(end) && !known.has(end))
        return new KgError('EXTRACTION_INVALID', `${a.source}: ${r.type} relationship points to unknown node ${end}`);
  return mine;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Writes the records of the given articles, in order, in the caller's managed transaction, with the effect of
 * writing them one at a time: an article already stored (or earlier in the batch) is 'unchanged', one whose
 * records do not hold is refused with its error before anything is written, and the others are written. `cached`:
 * the stored labels from the store's cache (storedLabels). A statement that fails server-side fails the whole transaction (the caller then writes one article at a time).
 */
export async function writeArticles(
  tx: ManagedTransaction,
  batch: BatchArticle[],
  cached?: (ids: Iterable<string>) => Map<string, NodeLabel>,
): Promise<WriteResult[]> {
  const ids = new Set<string>();
  for (const { records } of batch) {
    ids.add(records.article.id);
    for (const n of records.nodes) ids.add(n.id);
    for (const r of records.rels) ids.add(r.source).add(r.target);
  }
  const known = await storedLabels(tx, batch, ids, cached);
  const results: WriteResult[] = [];
  const written: BatchArticle[] = [];
  for (const a of batch) {
    if (known.get(a.records.article.id) === 'Article') {
      results.push('unchanged');
      continue;
    }
    const labels = validate(a, known);
    if (labels instanceof KgError) {
      results.push(labels);
      continue;
    }
    for (const [id, label] of labels) known.set(id, label);
    written.push(a);
    results.push('loaded');
  }
  if (written.length)
    await Promise.all(writeStatements(written, known).map(({ cypher, params }) => run(tx, cypher, params)));
  return results;
}

/** Writes one new article (see writeArticles). Returns false, writing nothing, when it exists already. */
export async function writeArticle(
  tx: ManagedTransaction,
  records: GraphRecords,
  source: string,
  cached?: (ids: Iterable<string>) => Map<string, NodeLabel>,
): Promise<boolean> {
  const [result] = await writeArticles(tx, [{ records, source }], cached);
  if (result instanceof KgError) throw result;
  return result === 'loaded';
}

/**
 * The statements for validated articles (labels: every id's label, stored or in the batch): one per node label
 * and one per relationship group (relGroups), however many articles and records the batch holds; rows of one node
 * id are folded into one row in article order (foldActor, widenIncident, a claim's first version), with the effect
 * of writing them in turn. Statements in one transaction run in the order sent, so writeArticles pipelines them
 * (sent without waiting for each other's results): nodes first, then relationships. Rows sorted by id so concurrent loads lock shared nodes in
 * the same order (fewer deadlocks).
 */
export function writeStatements(batch: BatchArticle[], labelOf: Map<string, NodeLabel>): Statement[] {
  // CREATE, not MERGE: if a concurrent load of the same article won, the uniqueness constraint fails this one.
  const out: Statement[] = [
    {
      cypher: 'UNWIND $rows AS props CREATE (a:Article) SET a = props',
      params: {
        rows: batch.map(({ records }) => ({
          ...records.article.props,
          searchKey: searchKey('Article', records.article.props),
          ...(records.extracted ? { extraction: records.extracted } : {}),
        })),
      },
    },
  ];
  const nodes = (label: NodeLabel) => batch.flatMap(({ records }) => records.nodes.filter((n) => n.label === label));
  const actors = fold(nodes('Actor').map(actorRow), foldActor);
  if (actors.length) out.push({ cypher: mergeActors(), params: { rows: actors.sort(byId) } });
  const rows = (label: 'Incident' | 'Claim') =>
    nodes(label).map((n) => ({ id: n.id, props: { ...n.props, ...internalNodeProps(label, n.props) } }));
  // Claims keep their first version (a claim is shared by every article that carries it); an incident told
  // again widens its casualty range as graph/incidents/range.ts does.
  const claims = fold(rows('Claim'), (first) => first);
  if (claims.length)
    out.push({
      cypher: 'UNWIND $rows AS row MERGE (n:Claim {id: row.id}) ON CREATE SET n = row.props',
      params: { rows: claims.sort(byId) },
    });
  const incidents = fold(rows('Incident'), (a, b) => ({ id: a.id, props: widenIncident(a.props, b.props) }));
  if (incidents.length)
    out.push({
      cypher: `UNWIND $rows AS row MERGE (n:Incident {id: row.id}) ON CREATE SET n = row.props ${INCIDENT_WIDEN}`,
      params: { rows: incidents.sort(byId), fullDate: '\\d{4}-\\d{2}-\\d{2}' },
    });
  for (const [k, rels] of relGroups(batch, labelOf)) out.push({ cypher: relStatement(k), params: { rows: rels } });
  return out;
}

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Relationship rows grouped by type, end labels and whether they may exist already: one statement per group,
 * however many articles the batch holds (the type is written in the statement: a dynamic `$(row.type)` gave every
 * row of a statement the same type on Neo4j 5.26.0). Every relationship key holds its article's id and the article
 * is new, so none exists yet: CREATE, not MERGE. MERGE would compare against every parallel edge between the two
 * nodes, and a claim carried by 10,000 articles has 10,000 of them (the cost of each load grew with the corpus).
 * Links to what other articles said (graph/claims/link.ts: paraphrases, a stored denial answering a claim here) may
 * exist already: those are MERGEd, each found by one seek of its type's key constraint (schema.ts
 * REL_KEY_CONSTRAINTS; paraphrases are half an article's relationships at 1,000 stories). A key repeated within the batch (two extracted actors resolved to one node,
 * one link found twice) is written once, first wins.
 */
type RelRow = { key: string; source: string; target: string; props: Props };

function relGroups(batch: BatchArticle[], labelOf: Map<string, NodeLabel>): Map<string, RelRow[]> {
  const groups = new Map<string, RelRow[]>();
  const seen = new Set<string>();
  for (const { records } of batch) {
    const unique = new Map<string, RelRecord>();
    for (const r of records.rels) if (!unique.has(r.key) && !seen.has(r.key)) unique.set(r.key, r);
    const byType = new Map<string, RelRecord[]>();
    for (const r of unique.values()) {
      const k = `${safe(r.type, REL_TYPES)}|${labelOf.get(r.source)}|${labelOf.get(r.target)}`;
      const same = byType.get(k);
      if (same) same.push(r);
      else byType.set(k, [r]);
    }
    for (const [k, rels] of byType) {
      // As a one-article write decides: the article's whole group of a type is MERGEd when any of it is a link.
      const linked = k.startsWith('PARAPHRASES|') || rels.some((r) => r.props.article !== records.article.id);
      const key = `${k}|${linked ? 'MERGE' : 'CREATE'}`;
      const rows = groups.get(key) ?? [];
      for (const r of rels) {
        seen.add(r.key);
        rows.push({
          key: r.key,
          source: r.source,
          target: r.target,
          props: { ...r.props, ...internalRelProps(r) },
        });
      }
      groups.set(key, rows);
    }
  }
  return groups;
}

function relStatement(groupKey: string): string {
  const [type, from, to, verb] = groupKey.split('|') as [string, string, string, 'MERGE' | 'CREATE'];
  return `UNWIND $rows AS row
       MATCH (s:${safe(from, LABELS)} {id: row.source})
       MATCH (t:${safe(to, LABELS)} {id: row.target})
       ${verb} (s)-[r:${safe(type, REL_TYPES)} {key: row.key}]->(t)
       ${verb === 'MERGE' ? 'ON CREATE SET' : 'SET'} r += row.props`;
}
