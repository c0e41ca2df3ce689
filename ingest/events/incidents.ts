// Incidents: event mentions of attacks, airstrikes, clashes and meetings, merged when they describe the
// same happening. In: View + event mentions + publication date. Out: incidents, and mention → incident id.
import type { Incident, IncidentKind } from '../../graph/schema.ts';
import { findCasualties } from './casualties.ts';
import { datesConflict, findDates, type DayKey, type FoundDate } from './dates.ts';
import { AIR_WORDS, SPEECH_VERBS } from './lexicon.ts';
import type { EventMention } from './mentions.ts';
import { findPlaces, type Place } from './places.ts';
import type { View } from './view.ts';

interface Draft {
  kind: IncidentKind;
  date: string | null;
  key: DayKey | null;
  place: string | null;
  participants: string[];
  killed: number | null;
  wounded: number | null;
  span: [number, number];
}

const VIOLENT = new Set<IncidentKind>(['attack', 'airstrike', 'clash']);
const placeKey = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, '');
const samePlace = (a: string, b: string) => placeKey(a).includes(placeKey(b)) || placeKey(b).includes(placeKey(a));
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The place nearest the trigger: after it in the same sentence first, then shortly before it. */
function placeFor(view: View, places: Place[], m: EventMention): Place | null {
  const after = places.filter((p) => p.token >= m.end && p.token - m.end <= 15);
  if (after.length) return after[0]!;
  const before = places.filter((p) => p.token < m.start && m.start - p.token <= 8);
  const last = before[before.length - 1];
  // A place before the trigger belongs to it only within the same clause (no verb in between).
  if (!last || view.tokens.slice(last.token, m.start).some((t) => t.pos === 'VERB')) return null;
  return last;
}

/** The date nearest the trigger, leaving out dates of statements ("said Monday", "told reporters on Wednesday"). */
function dateFor(view: View, dates: FoundDate[], m: EventMention): FoundDate | null {
  const { tokens } = view;
  const first = view.nlp.sentences[m.sentence]!.firstToken;
  const trigger = tokens[m.start]!.start;
  let best: FoundDate | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    let k = m.start;
    while (k > first && tokens[k - 1]!.start >= d.start) k--;
    while (k < tokens.length && tokens[k]!.start < d.start) k++;
    let statement = false;
    for (let j = k - 1; j >= Math.max(first, k - 4); j--) if (SPEECH_VERBS.has(tokens[j]!.norm)) statement = true;
    if (statement) continue;
    // Dates after the trigger usually belong to it ("struck X on Tuesday"); earlier ones count double.
    const distance = d.start >= trigger ? d.start - trigger : (trigger - d.end) * 2;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function compatible(a: Draft, b: Draft, anaphoric: boolean): boolean {
  if (a.kind !== b.kind && !(VIOLENT.has(a.kind) && VIOLENT.has(b.kind))) return false;
  if (a.place && b.place && !samePlace(a.place, b.place)) return false;
  if (a.key && b.key && datesConflict(a.key, b.key)) return false;
  const shared = b.participants.some((p) => a.participants.includes(p));
  const place = !!(a.place && b.place);
  const date = !!(a.key && b.key && a.key.month != null);
  const bare = !b.participants.length && !b.place && !b.key;
  return shared || place || date || anaphoric || bare;
}

export interface IncidentsResult {
  incidents: Incident[];
  /** Index into the mentions array → incident id (only kept incidents). */
  byMention: Map<number, string>;
}

export function findIncidents(
  view: View,
  mentions: EventMention[],
  publishedAt: string | null,
  actorName: (id: string) => string,
): IncidentsResult {
  const { tokens, sentences, text } = view.nlp;
  const drafts: Draft[] = [];
  const owner = new Map<number, number>();
  // Per-sentence analyses are computed once, however many triggers a sentence holds.
  const cache = new Map<number, { places: Place[]; dates: FoundDate[] }>();
  mentions.forEach((m, index) => {
    if (!m.incident) return;
    const s = sentences[m.sentence]!;
    let info = cache.get(m.sentence);
    if (!info) {
      info = {
        places: findPlaces(view, s.firstToken, s.endToken),
        dates: findDates(text.slice(s.start, s.end), publishedAt, s.start),
      };
      cache.set(m.sentence, info);
    }
    let kind = m.incident;
    // An attack by warplanes or drones is an airstrike.
    if (kind === 'attack' && tokens.slice(s.firstToken, m.start).some((t) => AIR_WORDS.has(t.norm))) kind = 'airstrike';
    const place = placeFor(view, info.places, m);
    const date = dateFor(view, info.dates, m);
    const casualties = findCasualties(tokens, s.firstToken, s.endToken);
    const draft: Draft = {
      kind,
      date: date?.value ?? null,
      key: date?.key.month != null ? date.key : null,
      place: place?.name ?? null,
      participants: [...m.agents, ...m.patients.filter((p) => !m.agents.includes(p))],
      killed: casualties.killed,
      wounded: casualties.wounded,
      span: [s.start, s.end],
    };
    for (let i = drafts.length - 1; i >= 0; i--) {
      const into = drafts[i]!;
      if (!compatible(into, draft, m.anaphoric)) continue;
      for (const p of draft.participants) if (!into.participants.includes(p)) into.participants.push(p);
      into.place ??= draft.place;
      if (!into.key || (draft.key && (draft.key.day != null) > (into.key.day != null))) {
        into.key = draft.key ?? into.key;
        into.date = draft.date ?? into.date;
      }
      into.killed ??= draft.killed;
      into.wounded ??= draft.wounded;
      if (into.kind === 'attack' && draft.kind === 'airstrike') into.kind = 'airstrike';
      owner.set(index, i);
      return;
    }
    owner.set(index, drafts.length);
    drafts.push(draft);
  });

  // Keep incidents an analyst can place: a meeting needs its parties, violence its parties or its place.
  const ids = new Map<number, string>();
  const incidents: Incident[] = [];
  const used = new Set<string>();
  drafts.forEach((d, i) => {
    if (!d.participants.length && (d.kind === 'meeting' || !d.place)) return;
    const base = slug(`${d.kind}-${d.place ?? d.participants.slice(0, 2).join('-')}`) || d.kind;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(i, id);
    const who = d.participants.map(actorName).join(', ');
    const summary = [d.kind, who && `involving ${who}`, d.place && `in ${d.place}`, d.date && `on ${d.date}`]
      .filter(Boolean)
      .join(' ');
    incidents.push({
      id,
      kind: d.kind,
      date: d.date,
      place: d.place,
      participants: d.participants,
      killed: d.killed,
      wounded: d.wounded,
      summary,
      evidence: { span: d.span },
    });
  });
  const byMention = new Map<number, string>();
  for (const [m, d] of owner) {
    const id = ids.get(d);
    if (id) byMention.set(m, id);
  }
  return { incidents, byMention };
}
