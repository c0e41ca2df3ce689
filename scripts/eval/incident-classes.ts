// Sorts the missed cross-article incident pairs of gold sets (entities as the scorer counts them: one per article and
// gold incident) by what stopped them. Each side says what its article stored: nothing at the gold span (NONE), the
// stored incident with its kind, date, place, areas, toll and parties, or an incident another gold incident of that
// article maps to too (MERGED). Then what kept the two stored incidents apart: kind family, no shared lookup key (no
// candidate), or the match decision (graph/incidents/match.ts, replayed both ways on the stored nodes), with how their
// places (same / one inside the other / apart / missing) and dates (same day / apart / missing) compare. Totals per
// class at the end. Usage: npx tsx scripts/eval/incident-classes.ts <set dir>...
import fs from 'node:fs';
import path from 'node:path';

import { KIND_FAMILY, areaKeys, incidentNodeId, indexKeys, placeKey, placeSound } from '../../graph/incidents/key.ts';
import { incidentQuery, newsDay, reportedOn } from '../../graph/incidents/link.ts';
import {
  type StoredIncident,
  dayGap,
  indexKeysAsked,
  isUndatedLead,
  matchIncident,
  storedIncidentOf,
} from '../../graph/incidents/match.ts';
import { spelledAlike } from '../../graph/incidents/spelling.ts';
import type { Extraction, Incident } from '../../graph/schema.ts';
import type { Subgraph } from '../../graph/store.ts';
import { extract } from '../../ingest/extract.ts';
import { mapIncident } from './cross/map.ts';
import { withGoldGraph } from './cross/gold-graph.ts';
import type { GoldDoc } from './cross/gold.ts';
import type { GraphIndex } from './cross/graph.ts';
import { type Span, overlapScore } from './cross/spans.ts';

type GoldIncident = GoldDoc['gold']['incidents'][number];
interface Side {
  doc: GoldDoc;
  art: string;
  key: string;
  inc: GoldIncident;
  node: string | null;
  ext: Incident | null;
  x: Extraction;
}

const goldSpans = (inc: GoldIncident): Span[] =>
  [...(inc.evidence ? [inc.evidence.span] : []), ...(inc.mentions ?? [])] as Span[];

/** The extracted incident whose evidence overlaps the gold incident's spans most, if any. */
function extractedFor(x: Extraction, inc: GoldIncident): Incident | null {
  let best: Incident | null = null;
  let bestScore = 0;
  for (const e of x.incidents)
    for (const s of goldSpans(inc)) {
      const score = e.evidence ? overlapScore(e.evidence.span as Span, s) : 0;
      if (score > bestScore) [best, bestScore] = [e, score];
    }
  return best;
}

/** Else the extracted incident the stored node is: its own node id, or its kind and place. */
function extractedAs(x: Extraction, node: string | null, ix: GraphIndex): Incident | null {
  if (!node) return null;
  const p = ix.nodes.get(node)!.props;
  return (
    x.incidents.find((e) => incidentNodeId(x.article.id, e) === node) ??
    x.incidents.find((e) => e.kind === p.kind && (e.place ?? null) === (p.place ?? null)) ??
    null
  );
}

/** A stored node as the store's findIncidents gives it (graph/embedded/identity.ts). */
function storedOf(g: Subgraph, ix: GraphIndex, id: string): StoredIncident {
  const p = ix.nodes.get(id)!.props;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const named = g.edges
    .filter((e) => e.type === 'PARTICIPATED_IN' && e.target === id && ix.nodes.get(e.source)?.props.anonymous !== true)
    .map((e) => e.source);
  const reported = g.edges
    .filter((e) => e.type === 'MENTIONED_IN' && e.source === id)
    .map((e) => str(e.props.publishedAt) ?? str(e.props.reportedOn))
    .filter((d): d is string => !!d);
  return storedIncidentOf(id, p, [...new Set(named)], [...new Set(reported)]);
}

/** How two places compare: same (key, spelling or sound), one inside the other, in one wider place, apart, missing. */
function placeRelation(a: StoredIncident, b: StoredIncident): string {
  const [ka, kb] = [placeKey(a.place), placeKey(b.place)];
  if (!ka && !kb) return 'no place either';
  if (!ka || !kb) return 'place on one side only';
  if (ka === kb || spelledAlike(ka, kb) || (placeSound(a.place) && placeSound(a.place) === placeSound(b.place)))
    return 'same place';
  const [aa, ab] = [areaKeys(a.areas), areaKeys(b.areas)];
  if (aa.includes(kb) || ab.includes(ka)) return 'place levels (one inside the other)';
  if (aa.some((k) => ab.includes(k))) return 'places in one wider place';
  return 'places apart';
}

function dateRelation(a: StoredIncident, b: StoredIncident): string {
  const day = (d: string | null) => !!d && /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(d);
  if (!a.date && !b.date) return 'no date either';
  if (!a.date || !b.date) return 'date on one side only';
  if (day(a.date) && day(b.date)) return dayGap(a.date, b.date) <= 1 ? 'same day' : 'days apart';
  return a.date.slice(0, 7) === b.date.slice(0, 7) ? 'same month' : 'dates apart';
}

function partyRelation(a: StoredIncident, b: StoredIncident): string {
  if (!a.participants.length || !b.participants.length) return 'parties on one side or none';
  return a.participants.some((p) => b.participants.includes(p)) ? 'a party shared' : 'parties differ';
}

/** The stored incident's index keys (graph/incidents/key.ts indexKeys) and dates, as the store files it. */
const filedKeys = (s: StoredIncident): Set<string> =>
  new Set([...(s.date ? [`d:${s.date}`] : []), ...indexKeys(s.place, s.areas).map((k) => `p:${k}`)]);

/** Whether the report `r` (side one) finds the stored node of side two among its lookup's results. */
function found(r: Incident, other: StoredIncident): boolean {
  const q = incidentQuery(r);
  const keys = filedKeys(other);
  return [...q.dates.map((d) => `d:${d}`), ...indexKeysAsked(q).map((p) => `p:${p}`)].some((k) => keys.has(k));
}

/**
 * The match decision replayed for side one's report against side two's stored node (as it stands once every article is
 * in, so an approximation of the moment side one was linked): its named parties as link.ts takes them.
 */
function decides(one: Side, other: StoredIncident): string | null {
  const r = one.ext!;
  const anonymous = new Set(one.x.actors.filter((a) => a.anonymous).map((a) => a.id));
  const named = r.participants.filter((p) => !anonymous.has(p));
  const m = matchIncident(
    r,
    named,
    [other],
    reportedOn(one.x.article),
    false,
    newsDay(one.x),
    isUndatedLead(one.x, r),
    one.x.incidents[0] === r && !reportedOn(one.x.article),
  );
  return m ? m.reason : null;
}

function describe(g: Subgraph, ix: GraphIndex, s: Side, merged: string[]): string {
  if (!s.node) return s.ext ? `UNMAPPED extracted ${s.ext.kind} @${s.ext.place ?? '?'}` : 'NONE extracted';
  const st = storedOf(g, ix, s.node);
  const names = st.participants.map((p) => String(ix.nodes.get(p)?.props.name ?? p)).join(', ');
  const head = merged.length ? `MERGED with ${merged.join(', ')}: ` : '';
  return `${head}${st.kind} ${st.date ?? '?'} @${st.place ?? '?'} [${(st.areas ?? []).join('; ')}] k=${st.killed?.join('..') ?? '?'} {${names}}`;
}

/** Why the two sides' stored incidents stayed apart. */
function why(g: Subgraph, ix: GraphIndex, a: Side, b: Side, mergedA: boolean, mergedB: boolean): string {
  if (!a.node || !b.node) return a.node || b.node ? 'one side not extracted' : 'neither side extracted';
  if (mergedA || mergedB) return 'merged into another incident';
  const [sa, sb] = [storedOf(g, ix, a.node), storedOf(g, ix, b.node)];
  const family = (k: string) => KIND_FAMILY[k as Incident['kind']] ?? k;
  if (family(sa.kind) !== family(sb.kind)) return `kind differs (${sa.kind} / ${sb.kind})`;
  const facts = `${placeRelation(sa, sb)}; ${dateRelation(sa, sb)}`;
  if (!a.ext || !b.ext) return `no extraction to replay; ${facts}`;
  if (!found(a.ext, sb) && !found(b.ext, sa)) return `no candidate: ${facts}`;
  // Side two was ingested after side one: its report met side one's node (or not) as the store then held it.
  const later = decides(b, sa);
  const earlier = decides(a, sb);
  if (later) return `decision yes alone (one per article / greedy): ${facts} [${later}]`;
  if (earlier) return `decision yes only told the other way (order): ${facts} [${earlier}]`;
  return `decision no: ${facts}; ${partyRelation(sa, sb)}`;
}

const total = new Map<string, number>();
for (const set of process.argv.slice(2)) {
  await withGoldGraph(path.join(set, 'gold'), set, (docs, g, ix) => {
    const sides: Side[] = [];
    for (const d of docs) {
      const art = ix.articleByText.get(d.text) ?? ix.articleBySource.get(path.basename(d.articlePath))!;
      const x = extract({ source: d.articlePath, text: fs.readFileSync(d.articlePath, 'utf8') });
      for (const inc of d.gold.incidents) {
        if (inc.optional) continue;
        const key = (d.gold.globalIds ? '' : `${d.file}#`) + inc.id;
        const node = mapIncident(ix, art, inc);
        sides.push({ doc: d, art, key, inc, node, ext: extractedFor(x, inc) ?? extractedAs(x, node, ix), x });
      }
    }
    /** Other gold incidents of the same article mapped to the same node. */
    const mergedWith = (s: Side) =>
      s.node ? sides.filter((o) => o !== s && o.art === s.art && o.node === s.node).map((o) => o.inc.id) : [];
    for (let i = 0; i < sides.length; i++)
      for (let j = i + 1; j < sides.length; j++) {
        const [a, b] = [sides[i]!, sides[j]!];
        if (a.art === b.art || a.key !== b.key || (a.node && a.node === b.node)) continue;
        const [ma, mb] = [mergedWith(a), mergedWith(b)];
        const cls = why(g, ix, a, b, ma.length > 0, mb.length > 0);
        total.set(cls, (total.get(cls) ?? 0) + 1);
        console.log(
          `\n${path.basename(set)}\t${cls}\t${a.key}\t${path.basename(a.doc.file)} / ${path.basename(b.doc.file)}`,
        );
        for (const s of [a, b]) {
          const span = goldSpans(s.inc)[0];
          const said = span ? s.doc.text.slice(span[0], span[1]).replace(/\s+/g, ' ').slice(0, 140) : '';
          console.log(
            `  ${path.basename(s.doc.file)}: ${describe(g, ix, s, s === a ? ma : mb)}\n    gold ${s.inc.kind} ${s.inc.date ?? '?'} @${s.inc.place ?? '?'} "${said}"`,
          );
        }
      }
  });
}
console.log('\n== classes');
for (const [k, v] of [...total].sort((x, y) => y[1] - x[1])) console.log(`${v}\t${k}`);
const coarse = new Map<string, number>();
for (const [k, v] of total) coarse.set(k.split(/[:(]/)[0]!.trim(), (coarse.get(k.split(/[:(]/)[0]!.trim()) ?? 0) + v);
console.log('\n== coarse');
for (const [k, v] of [...coarse].sort((x, y) => y[1] - x[1])) console.log(`${v}\t${k}`);
