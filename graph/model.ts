// Maps one validated extraction (plus its article text) to the property-graph records of
// DESIGN.md's graph model. Pure: both stores write exactly these records, so they agree.
import { createHash } from 'node:crypto';

import { isArticleScoped, nameRank } from './identity.ts';
import { claimNodeId as contentClaimId } from './claims/key.ts';
import { INCIDENT_TERM, SPEAKER_TERM, type TermActor, claimTerms } from './claims/terms.ts';
import { KIND_FAMILY, incidentNodeId } from './incidents/key.ts';
import type { RelType } from './rel-types.ts';
import type { Actor, Claim, Extraction, Span } from './schema.ts';

export type NodeLabel = 'Article' | 'Actor' | 'Incident' | 'Claim';
export type ActorLabel = 'Person' | 'State' | 'Organization' | 'Group' | 'Outlet';
export { REL_TYPES, type RelType } from './rel-types.ts';

export const SPEECH_TYPES = ['CLAIMS', 'DENIES', 'CONFIRMS'] as const;
export const INTERACTION_TYPES = [
  'ATTACKED',
  'CLASHED_WITH',
  'MET_WITH',
  'WARNED',
  'ACCUSED',
  'THREATENED',
  'SUPPORTS',
] as const;

export const ACTOR_LABEL: Record<Actor['kind'], ActorLabel> = {
  person: 'Person',
  state: 'State',
  organization: 'Organization',
  group: 'Group',
  outlet: 'Outlet',
};

/** Property values a Neo4j node or relationship can hold (no nesting). */
export type PropValue = string | number | boolean | null | string[] | number[];
export type Props = Record<string, PropValue>;

/** A property's string list, or an empty one (a stored list read back, a missing property). */
export const stringsOf = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export interface NodeRecord {
  id: string;
  label: NodeLabel;
  /** Second label for actors (Person, State, ...). */
  subLabel?: ActorLabel;
  /** `name` is the caption property Neo4j Browser and Bloom show. */
  props: Props;
  /** Actors: graph/identity.ts nameRank of `name`; a store keeps the lowest across articles (store-internal). */
  rank?: string;
}

/** What resolution (graph/resolve.ts) adds to an actor: its article's forms, the rule that keyed it, its name's rank. */
export interface ResolutionProvenance {
  forms: string[];
  rule: string;
  rank: string;
}

/** Evidence carried by every relationship: article id, span and the sentence around it. */
export interface Evidence {
  article: string;
  start: number;
  end: number;
  sentence: string;
}

export interface RelRecord {
  /** Stable key: same type, endpoints, article and span give the same key, so writes are idempotent. */
  key: string;
  type: RelType;
  source: string;
  target: string;
  props: Props & Evidence;
}

export interface ArticleInput {
  extraction: Extraction;
  /** The extraction as extracted, before resolution: stored with the article so `kg resolve` can redo resolution. */
  extracted?: Extraction;
  /** The original input text, exactly as the offsets index it. */
  text: string;
  url?: string | null;
  ingestedAt?: string;
  /** What the loader found against the stored graph (graph/claims/link.ts, graph/incidents/link.ts). */
  links?: CrossArticleLinks;
}

/** Cross-article identity decided against the store before an article is written. */
export interface CrossArticleLinks {
  /** Extraction incident id → the stored Incident node it is another report of, with the score and why. */
  incidents?: Record<string, { id: string; score: number; reason: string }>;
  /** Extra relationships: PARAPHRASES between claims, DENIES/CONFIRMS answering a claim of another article. */
  rels?: RelRecord[];
}

export interface GraphRecords {
  article: NodeRecord;
  /** The article's extraction before resolution, as JSON (store-internal; what `kg resolve` replays), or null. */
  extracted: string | null;
  nodes: NodeRecord[];
  rels: RelRecord[];
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** The article id DESIGN.md prescribes: a hash of its text. */
export const articleIdFor = (text: string): string => sha256(text).slice(0, 32);

export const relKey = (type: string, source: string, target: string, article: string, span: Span | [number, number]) =>
  sha256(`${type}|${source}|${target}|${article}|${span[0]}|${span[1]}`).slice(0, 32);

/** The sentence around `[start, end)`: widened to sentence ends or line breaks, trimmed, at most ~600 chars. */
export function sentenceAround(text: string, start: number, end: number): string {
  const boundary = /[.!?…]["'”’)]*\s|\n/g;
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  const lo = Math.max(0, s - 400);
  boundary.lastIndex = lo;
  let m: RegExpExecArray | null;
  let sentStart = lo;
  while ((m = boundary.exec(text)) && m.index + m[0].length <= s) sentStart = m.index + m[0].length;
  s = sentStart;
  boundary.lastIndex = Math.max(e - 1, s);
  m = boundary.exec(text);
  e = m && m.index < e + 400 ? m.index + m[0].trimEnd().length : Math.min(text.length, e + 200);
  return text.slice(s, e).trim();
}

const RELATION_TYPE: Record<string, RelType> = {
  attacked: 'ATTACKED',
  clashed_with: 'CLASHED_WITH',
  met_with: 'MET_WITH',
  warned: 'WARNED',
  accused: 'ACCUSED',
  threatened: 'THREATENED',
  supports: 'SUPPORTS',
  member_of: 'MEMBER_OF',
};

/** Claim node id of a non-anonymous speaker's words (graph/claims/key.ts has the full rule). */
export const claimNodeId = (speaker: string, text: string): string =>
  contentClaimId(text, { speaker, anonymous: false, via: [], article: '' });

/**
 * The claim each claim's speech edge lands on: its own, or for a denial/confirmation that answers another
 * claim of the article (`answers`), the answered one, followed to the claim that answers nothing.
 */
function answeredClaims(claims: Claim[]): Map<string, Claim> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const out = new Map<string, Claim>();
  for (const c of claims) {
    let cur = c;
    const seen = new Set([c.id]);
    while (cur.stance !== 'claims' && cur.answers) {
      const next = byId.get(cur.answers);
      if (!next || seen.has(next.id)) break;
      seen.add(next.id);
      cur = next;
    }
    out.set(c.id, cur);
  }
  return out;
}

/**
 * A claim's comparable terms (graph/claims/terms.ts): the actors named inside its content span (with the offsets,
 * so their words are read as the actor), the others it is about, and its speaker for a subject pronoun.
 */
function termsOf(c: Claim, x: Extraction, text: string): string[] {
  // An article's records are built several times while it is loaded (graph/pending.ts, graph/claims/link.ts, the
  // write), from the same claim objects: their terms are computed once. A copy goes out, as callers own their props.
  const known = TERMS.get(c);
  if (known?.x === x && known.text === text) return [...known.terms];
  const terms = claimTermsOf(c, x, text);
  TERMS.set(c, { x, text, terms });
  return [...terms];
}
const TERMS = new WeakMap<Claim, { x: Extraction; text: string; terms: string[] }>();

/**
 * A claim's terms with the incidents it tells as `^<incident node id>` (graph/claims/decide.ts): another outlet's
 * claim telling the same incident (one node across articles, graph/incidents/link.ts) meets it there however
 * differently worded.
 */
function withIncidents(c: Claim, x: Extraction, text: string, incidentIds: Map<string, string>): string[] {
  const terms = termsOf(c, x, text);
  for (const t of c.about) {
    const id = incidentIds.get(t);
    if (id) terms.push(`${INCIDENT_TERM}${id}`);
  }
  // Its named speaker, a candidate key only (graph/claims/similar.ts): an anonymous one belongs to its article.
  const speaker = x.actors.find((a) => a.id === c.speaker);
  if (speaker && !speaker.anonymous && !isArticleScoped(speaker.id)) terms.push(`${SPEAKER_TERM}${speaker.id}`);
  return [...new Set(terms)].sort();
}

function claimTermsOf(c: Claim, x: Extraction, text: string): string[] {
  const [s, e] = c.evidence.content;
  const exact = text.slice(s, e) === c.text;
  const about = new Set(c.about);
  const actors: TermActor[] = [];
  for (const a of x.actors) {
    const spans = exact
      ? a.mentions.filter(([ms, me]) => ms >= s && me <= e).map(([ms, me]): [number, number] => [ms - s, me - s])
      : [];
    if (spans.length || about.has(a.id))
      actors.push({ id: a.id, kind: a.kind, anonymous: a.anonymous, affiliation: a.affiliation, spans });
  }
  return claimTerms({
    text: c.text,
    actors,
    states: x.actors.filter((a) => a.kind === 'state'),
    speaker: x.actors.find((a) => a.id === c.speaker) ?? null,
    cue: c.evidence.cue ? text.slice(c.evidence.cue[0], c.evidence.cue[1]) : null,
  });
}

/** Builds the node and relationship records for one article. */
/**
 * toGraphRecords of one input object, made once: the loader asks for the same article's records for its footprint,
 * its stored claims and its write (graph/load.ts, graph/pending.ts, the Neo4j store). The records are only read.
 */
export function recordsOf(input: ArticleInput): GraphRecords {
  let records = recordsMade.get(input);
  if (!records) recordsMade.set(input, (records = toGraphRecords(input)));
  return records;
}
const recordsMade = new WeakMap<ArticleInput, GraphRecords>();

/** The records of the input without its claim links (what linking looks candidates up by), made once per object. */
export function unlinkedRecordsOf(input: ArticleInput): GraphRecords {
  let records = unlinkedMade.get(input);
  if (!records) unlinkedMade.set(input, (records = toGraphRecords({ ...input, links: { ...input.links, rels: [] } })));
  return records;
}
const unlinkedMade = new WeakMap<ArticleInput, GraphRecords>();

export function toGraphRecords(input: ArticleInput): GraphRecords {
  const { extraction: x, text } = input;
  const a = x.article;
  const articleId = a.id;
  const ev = (span: [number, number]): Evidence => ({
    article: articleId,
    start: span[0],
    end: span[1],
    sentence: sentenceAround(text, span[0], span[1]),
  });
  // Untitled copies of pages open with stamps and widgets ("01:38 GMT17 January 2021", "Listen Live"): name the
  // article after its first line of running words (four or more), else its first line.
  const lines = text.trim().split('\n');
  const wordy = lines.find((l) => (l.match(/\b\p{L}{2,}\b/gu)?.length ?? 0) >= 4);
  const firstLine = (wordy ?? lines[0])?.trim().slice(0, 120) ?? a.source;

  const article: NodeRecord = {
    id: articleId,
    label: 'Article',
    props: {
      id: articleId,
      name: a.title ?? firstLine ?? a.source,
      source: a.source,
      url: input.url ?? a.url ?? (/^https?:\/\//.test(a.source) ? a.source : null),
      title: a.title,
      publishedAt: a.publishedAt,
      outlet: a.outlet,
      text,
      ingestedAt: input.ingestedAt ?? new Date().toISOString(),
    },
  };

  const nodes: NodeRecord[] = [];
  const rels: RelRecord[] = [];
  const rel = (type: RelType, source: string, target: string, span: [number, number], props: Props = {}) =>
    rels.push({
      key: relKey(type, source, target, articleId, span),
      type,
      source,
      target,
      props: { ...props, ...ev(span) },
    });

  for (const actor of x.actors as Array<Actor & Partial<ResolutionProvenance>>) {
    nodes.push({
      id: actor.id,
      label: 'Actor',
      subLabel: ACTOR_LABEL[actor.kind],
      rank: actor.rank ?? nameRank(actor.name),
      props: {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        aliases: [...new Set(actor.aliases)].filter((n) => n !== actor.name).sort(),
        anonymous: actor.anonymous,
        roles: [...new Set(actor.roles ?? [])].sort(),
        affiliation: actor.affiliation,
      },
    });
    const first = actor.mentions[0];
    const span: [number, number] = first ? [first[0], first[1]] : [0, 0];
    // Provenance of the merge: the forms this article wrote, where, and the rule that keyed them to this node.
    rel('MENTIONED_IN', actor.id, articleId, span, {
      count: actor.mentions.length,
      forms: [...new Set(actor.forms ?? [actor.name, ...actor.aliases])].sort(),
      mentions: actor.mentions.flatMap((m) => [m[0], m[1]]),
      rule: actor.rule ?? null,
    });
    if (actor.affiliation && actor.affiliation !== actor.id)
      rel('MEMBER_OF', actor.id, actor.affiliation, span, { inferred: 'affiliation' });
  }
  if (a.outlet) rel('PUBLISHED_BY', articleId, a.outlet, [0, 0]);

  const incidentIds = new Map<string, string>();
  for (const inc of x.incidents) {
    const joined = input.links?.incidents?.[inc.id];
    const id = joined?.id ?? incidentNodeId(articleId, inc);
    incidentIds.set(inc.id, id);
    // The first report names the node; every report's own figures ride on its MENTIONED_IN edge, and the
    // stores widen the node's range (killedMin..killedMax) as reports arrive.
    nodes.push({
      id,
      label: 'Incident',
      props: {
        id,
        name: inc.summary || `${inc.kind}${inc.place ? ` in ${inc.place}` : ''}${inc.date ? ` (${inc.date})` : ''}`,
        kind: inc.kind,
        family: KIND_FAMILY[inc.kind],
        date: inc.date,
        place: inc.place,
        areas: inc.areas ?? [],
        // Only when told ("late Saturday", no date): the first report's stays (graph/incidents/match.ts).
        ...(inc.weekday !== undefined ? { weekday: inc.weekday } : {}),
        // Only when told ("a landmine exploded"): the first report's stays (graph/incidents/manner.ts).
        ...(inc.manner?.length ? { manner: inc.manner } : {}),
        // Only when the text dates it by its year alone ("In 2018, ..."): background (graph/incidents/match.ts).
        ...(inc.year !== undefined ? { year: inc.year } : {}),
        // The first incident of copy filed on a day unknown: that copy's news (graph/incidents/match.ts).
        ...(x.incidents[0] === inc && !a.publishedAt && !a.dateline?.day ? { unfiledLead: true } : {}),
        killed: inc.killed,
        wounded: inc.wounded,
        killedMin: inc.killed,
        killedMax: inc.killed,
        woundedMin: inc.wounded,
        woundedMax: inc.wounded,
        summary: inc.summary,
        article: articleId,
      },
    });
    const span: [number, number] = inc.evidence ? [inc.evidence.span[0], inc.evidence.span[1]] : [0, 0];
    // The trigger words, when known, say which words of the sentence tell it (a sentence may tell two happenings).
    const told: Props = inc.mentions?.length ? { mentions: inc.mentions.flatMap((m) => [m[0], m[1]]) } : {};
    for (const p of inc.participants) rel('PARTICIPATED_IN', p, id, span, told);
    rel('MENTIONED_IN', id, articleId, span, {
      ...told,
      count: 1,
      kind: inc.kind,
      date: inc.date,
      place: inc.place,
      killed: inc.killed,
      wounded: inc.wounded,
      publishedAt: a.publishedAt,
      // The day it was filed when the page gives no full date: a year-less dateline ('--06-13').
      reportedOn: a.publishedAt ? null : (a.dateline?.day ?? null),
      matched: joined ? joined.reason : null,
      score: joined ? joined.score : null,
    });
  }

  const anonymous = new Set(x.actors.filter((x) => x.anonymous).map((x) => x.id));
  const actorById = new Map(x.actors.map((actor) => [actor.id, actor]));
  const ownId = new Map(
    x.claims.map((c) => [
      c.id,
      contentClaimId(c.text, {
        speaker: c.speaker,
        anonymous: anonymous.has(c.speaker),
        via: c.via,
        article: articleId,
      }),
    ]),
  );
  const answered = answeredClaims(x.claims);
  const claimIds = new Map<string, string>();
  for (const c of x.claims) {
    const target = answered.get(c.id)!;
    const id = ownId.get(target.id)!;
    claimIds.set(c.id, id);
    // A denial that answers another claim has no node of its own: its words ride on its edge (`said`).
    const answer: Props = target !== c ? { said: c.text, answers: 'in article' } : {};
    if (target === c)
      nodes.push({
        id,
        label: 'Claim',
        props: {
          id,
          name: c.text.slice(0, 80),
          text: c.text,
          quote: c.quote,
          terms: withIncidents(c, x, text, incidentIds),
        },
      });
    const content = c.evidence.content;
    const cue = c.evidence.cue;
    const src = c.evidence.source;
    const lo = Math.min(content[0], cue?.[0] ?? content[0], src?.[0] ?? content[0]);
    const hi = Math.max(content[1], cue?.[1] ?? content[1], src?.[1] ?? content[1]);
    const speech = c.stance.toUpperCase() as RelType;
    // The article's date rides on the edges that rank and order claims, so a trace reads it without a hop.
    const publishedAt = a.publishedAt;
    rel(speech, c.speaker, id, [lo, hi], {
      cue: cue ? text.slice(cue[0], cue[1]) : null,
      via: c.via,
      quote: c.quote,
      cueStart: cue?.[0] ?? null,
      cueEnd: cue?.[1] ?? null,
      sourceStart: src?.[0] ?? null,
      sourceEnd: src?.[1] ?? null,
      contentStart: content[0],
      contentEnd: content[1],
      publishedAt,
      // Who published it and whom the speaker speaks for: cross-article linking compares origins with these.
      outlet: a.outlet,
      affiliation: actorById.get(c.speaker)?.affiliation ?? null,
      ...answer,
    });
    c.via.forEach((relay, i) => rel('RELAYED', relay, id, [lo, hi], { order: i + 1, speaker: c.speaker, publishedAt }));
    rel('REPORTS', articleId, id, [lo, hi], { via: c.via, speaker: c.speaker, stance: c.stance, publishedAt });
    if (target !== c) continue;
    for (const t of c.about) rel('ABOUT', id, incidentIds.get(t) ?? t, [content[0], content[1]]);
  }

  for (const r of x.relations) {
    const props: Props = {};
    if (r.incident) props.incident = incidentIds.get(r.incident) ?? r.incident;
    if (r.claim) props.claim = claimIds.get(r.claim) ?? r.claim;
    rel(RELATION_TYPE[r.type]!, r.source, r.target, [r.evidence.span[0], r.evidence.span[1]], props);
  }

  for (const r of input.links?.rels ?? []) if (!rels.some((x) => x.key === r.key)) rels.push(r);
  return { article, extracted: input.extracted ? JSON.stringify(input.extracted) : null, nodes, rels };
}
