// Actors: gazetteer matches, proper-noun chunks, titles, demonym phrases and metonyms → typed actors.
// In: NlpDoc (tokens of the content blocks) + CleanDoc. Out: ActorsDoc (actors, every mention sorted by start, outlet).
import type { ActorKind } from '../../graph/schema.ts';
import {
  entryById,
  type Hit,
  hitFits,
  matchAt,
  outletByName,
  stateEntry,
  stateOfKey,
  titleEntry,
} from '../gazetteer/index.ts';
import generic from '../../graph/data/generic-words.json' with { type: 'json' };
import { keysOf, tokenKey } from '../gazetteer/keys.ts';
import type { ActorsDoc, CleanDoc, MentionKind, NlpDoc, Token } from '../types.ts';
import {
  CONNECTORS,
  EMBASSY_HEADS,
  EVENT_WORDS,
  GROUP_CUES,
  GROUP_DESCRIPTORS,
  HEAD_MODIFIERS,
  HONORIFICS,
  INNER_ONLY,
  INTEL_HEADS,
  LOCATIVE,
  MILITARY_HEADS,
  MINISTRIES,
  NOT_NAMES,
  ORG_CUES,
  OUTLET_CUES,
  OUTLET_DESCRIPTORS,
  PARLIAMENT_HEADS,
  PERSON_HEADS,
  PLACE_VERBS,
  SECURITY_HEADS,
  SERVICE_NAMES,
  STATE_HEADS,
  THING_HEADS,
  FIGHTER_HEADS,
} from './lexicon.ts';
import { dropJunk } from './junk.ts';
import { Registry, slugify } from './registry.ts';

/** One sentence seen through its non-skipped tokens (periods and hyphens are transparent). */
interface View {
  toks: Token[];
  keys: string[];
  /** Whether token i is glued to token i-1 (no space), e.g. "al" "-" "Sham" or "Russia" "'s". */
  glued: boolean[];
  headline: boolean;
}

type Item = { type: 'gaz'; start: number; end: number; hit: Hit } | { type: 'run'; start: number; end: number };

/** Heads of definite descriptions that refer back to a body named earlier ("the ministry", "the coalition"). */
const BODY_ANAPHORS = new Set(
  'ministry department agency council committee commission coalition alliance group militia movement company firm party organization organisation bureau court junta'.split(
    ' ',
  ),
);
/** Name words that make an organization a company ("the company" refers to it). */
const COMPANY_WORDS = new Set('company corp corporation inc ltd llc plc group holdings'.split(' '));
/** Words naming an arm of a state, which "the group" never refers back to. */
/** Words naming a union of states ("European Union", "United Nations", "Arab League"): no "group" in the NGO sense. */
const UNION_OF_STATES_WORDS = new Set(['union', 'nations', 'league', 'treaty', 'cooperation', 'community']);
const STATE_BODY_WORDS = new Set(
  'ministry department government army police court parliament office cabinet administration command forces agency bank commission council presidency'.split(
    ' ',
  ),
);
/** Appositive heads that make a body a company: "the company" can then refer back to it. */
const COMPANY_NOUNS = new Set(
  'company firm utility operator carrier airline retailer manufacturer maker producer lender bank insurer giant conglomerate provider developer startup'.split(
    ' ',
  ),
);

/** Preference among gazetteer readings of one span: actors over titles and places, names over metonyms. */
const ROLE_ORDER: Record<string, number> = {
  name: 0,
  alias: 1,
  seat: 2,
  plural: 3,
  demonym: 4,
  metonym: 5,
  title: 6,
  place: 7,
};

/** A US party-state tag right after a name: " (D-Ore.)", ", R-Texas", " (R)". */
const PARTY_TAG = /^,?\s*\(?[RDI](?:-|\))/;

/** Prepositions that make a state name a mere location. */
const PURE_LOCATIVE = new Set(['in', 'across', 'throughout', 'inside', 'within']);
const SPEECH_AFTER = new Set([
  'said',
  'says',
  'told',
  'added',
  'noted',
  'stated',
  'claimed',
  'denied',
  'confirmed',
  'reported',
  'wrote',
  'tweeted',
  'argued',
  'insisted',
  'explained',
  'warned',
  'asked',
  'replied',
  'responded',
]);
/** Nouns heading an appositive that describes a body, not a person: "X, the state power utility,". */
const BODY_NOUNS = new Set(
  (
    'company firm utility operator group alliance agency organisation organization body regulator watchdog ' +
    'bank lender insurer carrier airline retailer manufacturer maker producer exporter importer giant ' +
    'conglomerate provider developer startup charity network broadcaster newspaper party union ministry ' +
    'authority council committee commission fund exchange institute university consortium cooperative'
  ).split(' '),
);
const OF_AT = new Set(['of', 'at', 'from']);
/** Role words whose "at X" names a workplace: "chief economist at X", "a professor at X". */
const ROLE_BEFORE_AT = new Set(
  'economist analyst strategist professor researcher fellow director manager executive partner lecturer scientist engineer'.split(
    ' ',
  ),
);
const APPOSITIVE_HEADS = new Set([
  'head',
  'chief',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'commander',
  'leader',
  'member',
  'minister',
  'secretary',
  'chairman',
  'chairwoman',
  'president',
  'founder',
  'ambassador',
  'envoy',
  'speaker',
  'deputy',
  'adviser',
  'advisor',
  'representative',
  'official',
  'general',
  'officer',
]);

function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0]!.toLowerCase());
}

/** Fills `v` with sentence s; the arrays are reused from sentence to sentence (no garbage per sentence). */
function viewInto(v: View, nlp: NlpDoc, s: number, headline: boolean): View {
  const sent = nlp.sentences[s]!;
  const { toks, keys, glued } = v;
  toks.length = 0;
  keys.length = 0;
  glued.length = 0;
  v.headline = headline;
  let prevEnd = -1;
  let pendingGlue = false;
  for (let i = sent.firstToken; i < sent.endToken; i++) {
    const t = nlp.tokens[i]!;
    const k = tokenKey(t.text);
    if (!k) {
      // A skipped "." or "-" glues its neighbours when written without spaces ("al-Sham", "U.S.-led").
      pendingGlue = t.start === prevEnd;
      prevEnd = t.end;
      continue;
    }
    glued.push(t.start === prevEnd || (pendingGlue && t.start === prevEnd));
    pendingGlue = false;
    // A possessive the tokenizer left glued to a name ("''Hillary Clinton's"): split it so the name stays clean.
    if (k.length > 2 && k.endsWith("'s") && isCap(t)) {
      toks.push({ ...t, end: t.end - 2, text: t.text.slice(0, -2) });
      keys.push(k.slice(0, -2));
      toks.push({ ...t, start: t.end - 2, text: t.text.slice(-2) });
      keys.push("'s");
      glued.push(true);
    } else {
      toks.push(t);
      keys.push(k);
    }
    prevEnd = t.end;
  }
  return v;
}

/** Capitalized-word share of a sentence: title-cased headlines only yield gazetteer actors. */
function headlineLike(nlp: NlpDoc, s: number): boolean {
  const sent = nlp.sentences[s]!;
  // Running text ends with sentence punctuation; title-cased headlines usually do not.
  if (/[.!?…"”’']$/.test(nlp.tokens[sent.endToken - 1]!.text)) return false;
  let words = 0;
  let caps = 0;
  for (let i = sent.firstToken; i < sent.endToken; i++) {
    const t = nlp.tokens[i]!;
    if (t.text.length < 4) continue;
    const c = t.text.charCodeAt(0);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191)) continue;
    words++;
    if (isCap(t)) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}

/** Token keys between two items (the gap words). */
function between(v: View, a: Item, b: Item): string[] {
  const out: string[] = [];
  for (let k = a.end; k < b.start; k++) out.push(v.keys[k]!);
  return out;
}

/** Items next to each other, or joined by name connectors (and a possessive when allowed). */
function adjacent(v: View, a: Item, b: Item, allowPoss = false): boolean {
  const n = b.start - a.end;
  if (n <= 0) return true;
  if (n > 2) return false;
  for (let k = a.end; k < b.start; k++) {
    const g = v.keys[k]!;
    if (!CONNECTORS.has(g) && !(allowPoss && g === "'s")) return false;
  }
  return true;
}

function isStateItem(it: Item | undefined): it is Item & { type: 'gaz' } {
  return !!it && it.type === 'gaz' && !!stateEntry(it.hit.id) && it.hit.role !== 'place' && it.hit.role !== 'title';
}

function isEntityItem(it: Item | undefined): it is Item & { type: 'gaz' } {
  return (
    !!it &&
    it.type === 'gaz' &&
    it.hit.role !== 'title' &&
    it.hit.role !== 'place' &&
    (!!stateEntry(it.hit.id) || !!entryById(it.hit.id))
  );
}

// A dateline opening a paragraph: a place in capitals, maybe ", Country" and a short date, then an optional
// "(Outlet)" and a dash. Group 1 is the place part.
const DATELINE =
  /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’ -]{0,30}?)?)(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?\s*(?:\([^()\n]{1,40}\))?\s*(?:—|–|--?)\s/;

/** [start, end) of each paragraph's dateline place, in original offsets. */
function datelineRanges(text: string, clean: CleanDoc): [number, number][] {
  const out: [number, number][] = [];
  for (const b of clean.blocks) {
    const m = DATELINE.exec(text.slice(b.start, Math.min(b.end, b.start + 120)));
    if (m) out.push([b.start, b.start + m[1]!.length]);
  }
  return out;
}

/** Words that name a kind of body every state has ("Supreme Court", "Congress"): graph/data/generic-words.json. */
const GENERIC_WORDS = new Set(generic.words);

/** The state of the article's first dateline ("ISLAMABAD (Reuters) -" → pakistan), if the gazetteer knows it. */
function datelineState(text: string, datelines: [number, number][]): string | null {
  const first = datelines[0];
  if (!first) return null;
  const keys = keysOf(text.slice(first[0], first[1]));
  for (let i = 0; i < keys.length; i++) {
    const id = matchAt(keys, i)?.hits.find((h) => stateEntry(h.id))?.id;
    if (id) return id;
  }
  return null;
}

export function findActors(nlp: NlpDoc, clean: CleanDoc): ActorsDoc {
  const reg = new Registry();
  const text = nlp.text;
  const pendingSurnames: { key: string; start: number; end: number; surface: string; strong: boolean }[] = [];
  const descriptors: { start: number; end: number; surface: string; kind: ActorKind }[] = [];
  const placeNames = new Set<string>();
  const personTitles: { personId: string; titles: string[]; base: string | null; mentionStart: number }[] = [];
  const proGroups: string[] = [];
  const bodyAnaphors: { start: number; end: number; surface: string; head: string }[] = [];
  /** Head words of the appositives describing a body ("X, the state power utility," → utility). */
  const describedAs = new Map<string, Set<string>>();
  /** Items the organization scan turned into a body, for a title right after them. */
  const bodyOf = new Map<Item, string>();
  const pendingAffiliations: { personId: string; at: number; role: string; id?: string }[] = [];
  /** States named at least once other than as a bare location ("in Ukraine"). */
  const actingStates = new Set<string>();

  const surfaceOf = (v: View, a: number, b: number) => text.slice(v.toks[a]!.start, v.toks[b - 1]!.end);

  /** Adds a state actor (and its mention). */
  const stateMention = (id: string, v: View, a: number, b: number, kind: MentionKind) => {
    const e = stateEntry(id)!;
    if (!(a > 0 && PURE_LOCATIVE.has(v.keys[a - 1]!) && b === a + 1)) actingStates.add(id);
    reg.ensure(id, e.name, 'state');
    reg.mention(id, v.toks[a]!.start, v.toks[b - 1]!.end, kind, surfaceOf(v, a, b));
  };
  const entityMention = (id: string, v: View, a: number, b: number, kind: MentionKind) => {
    const e = entryById(id)!;
    reg.ensure(id, e.name, e.kind).affiliation ??= e.affiliation ?? null;
    reg.mention(id, v.toks[a]!.start, v.toks[b - 1]!.end, kind, surfaceOf(v, a, b));
  };
  const demonymOf = (stateId: string) => stateEntry(stateId)?.demonyms[0] ?? stateEntry(stateId)!.name;
  /** A body of a state (ministry, military, intelligence...). */
  const stateBody = (stateId: string, suffix: string, label: string, kind: ActorKind = 'organization') => {
    const known = entryById(`${stateId}-${suffix}`);
    const d = reg.ensure(`${stateId}-${suffix}`, known?.name ?? `${demonymOf(stateId)} ${label}`, known?.kind ?? kind);
    d.affiliation ??= stateId;
    if (!reg.has(stateId)) reg.ensure(stateId, stateEntry(stateId)!.name, 'state');
    return d;
  };

  const datelines = datelineRanges(text, clean);
  const inDateline = (at: number) => datelines.some(([a, b]) => at >= a && at < b);
  const homeState = datelineState(text, datelines);

  const view: View = { toks: [], keys: [], glued: [], headline: false };
  for (let s = 0; s < nlp.sentences.length; s++) {
    const v = viewInto(view, nlp, s, headlineLike(nlp, s));
    const n = v.keys.length;
    let items: Item[] = [];

    // 1. Segment: gazetteer matches (longest, case-checked) and runs of capitalized words.
    for (let i = 0; i < n;) {
      let m = matchAt(v.keys, i);
      // "The United Nations Relief and Works Agency": a longer entry may start after "the".
      if (v.keys[i] === 'the') {
        const inner = matchAt(v.keys, i + 1);
        if (inner && (!m || inner.end > m.end)) {
          i++;
          m = inner;
        }
      }
      if (m) {
        const written = surfaceOf(v, m.start, m.end);
        // "the National Unity Government": a one-word "The X" name followed by more capitalized words is
        // the start of a longer name, not the outlet "The National".
        const longer = m.end - m.start === 2 && v.keys[m.start] === 'the' && !!v.toks[m.end] && isCap(v.toks[m.end]!);
        const hits = m.hits.filter((h) => hitFits(h, written) && !(longer && /^the \S+$/i.test(h.surface)));
        if (hits.length) {
          // Prefer actors over titles and places, names over metonyms.
          if (hits.length > 1) hits.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
          const prev = items[items.length - 1];
          // "Lloyd Austin": a one-word place right after a one-word run is a surname.
          const surname =
            hits[0]!.role === 'place' &&
            m.end === i + 1 &&
            !v.headline &&
            prev?.type === 'run' &&
            prev.end === i &&
            prev.end - prev.start === 1 &&
            !v.glued[i];
          if (!surname) {
            items.push({ type: 'gaz', start: m.start, end: m.end, hit: hits[0]! });
            i = m.end;
            continue;
          }
        }
      }
      const t = v.toks[i]!;
      // US party-state tags ("R-Fla.", "(D-N.Y.)"): a lone capital glued to a hyphen starts no name.
      if (v.keys[i]!.length === 1 && v.glued[i + 1] && text[v.toks[i]!.end] === '-') {
        i += 2;
        continue;
      }
      const last = items[items.length - 1];
      // A capitalized word the tagger took for a verb inside a name or right after a title ("Loretta Lynch",
      // "Gov. Ted Stroud"): still the name, in running text, unless it is a speech verb ("Trump Says").
      const verbInName =
        !v.headline &&
        isCap(t) &&
        t.pos === 'VERB' &&
        last !== undefined &&
        last.end === i &&
        (last.type === 'run' || last.hit.role === 'title') &&
        !SPEECH_AFTER.has(v.keys[i]!) &&
        !EVENT_WORDS.has(v.keys[i]!);
      const chunkable =
        verbInName ||
        (isCap(t) &&
          (t.pos === 'PROPN' ||
            (i > 0 &&
              t.pos !== 'VERB' &&
              t.pos !== 'AUX' &&
              t.pos !== 'PRON' &&
              t.pos !== 'DET' &&
              t.pos !== 'ADP' &&
              t.pos !== 'CCONJ' &&
              t.pos !== 'SCONJ' &&
              t.pos !== 'ADV')) &&
          !NOT_NAMES.has(v.keys[i]!));
      if (!chunkable) {
        i++;
        continue;
      }
      if (last?.type === 'run' && last.end === i) last.end = i + 1;
      else items.push({ type: 'run', start: i, end: i + 1 });
      i++;
    }

    // The place of a wire dateline ("ADDIS ABABA (AP) —", "KYIV, Ukraine —") is where it was filed, not an actor.
    if (datelines.length) items = items.filter((it) => !inDateline(v.toks[it.start]!.start));

    // Joins runs across name connectors ("Ahrar al-Sham", "Center for Reconciliation") and "People's".
    const joined: Item[] = [];
    for (const it of items) {
      const prev = joined[joined.length - 1];
      if (prev && it.type === 'run' && prev.type === 'run') {
        let ok = prev.end <= it.start;
        for (let k = prev.end; ok && k < it.start; k++) {
          const key = v.keys[k]!;
          ok =
            CONNECTORS.has(key) ||
            (key === "'s" && /^(people|women|workers|children|martyrs|veterans)$/.test(v.keys[k - 1]!));
        }
        if (ok && it.start - prev.end <= 2) {
          prev.end = it.end;
          continue;
        }
      }
      joined.push(it);
    }

    // 2. Interpret chains of adjacent items.
    const used = new Set<Item>();
    for (let x = 0; x < joined.length; x++) {
      const it = joined[x]!;
      if (used.has(it)) continue;

      // 2a. Titles before a name: [entity ('s)?] title+ [qualifier] Name.
      if (it.type === 'gaz' && it.hit.role === 'title') {
        let y = x;
        const titles: string[] = [];
        while (
          y < joined.length &&
          joined[y]!.type === 'gaz' &&
          (joined[y] as { hit: Hit }).hit.role === 'title' &&
          (y === x || adjacent(v, joined[y - 1]!, joined[y]!))
        ) {
          titles.push((joined[y] as { hit: Hit }).hit.id);
          y++;
        }
        // Qualifier: "for Syria", "to the United States", "for Near Eastern Affairs".
        let z = y;
        let qualified = false;
        while (z < joined.length && z < y + 3) {
          const gap = between(v, joined[z - 1]!, joined[z]!);
          if (gap.length && ['for', 'to', 'of', 'at', 'on'].includes(gap[0]!) && gap.length <= 4) qualified = true;
          else if (gap.length) break;
          if (joined[z]!.type === 'run') break;
          z++;
        }
        let nameItem = joined[z];
        // "Rep. Jim Jordan", "Sen. Chad Georgia": a state's one-word name right after a titled given name is his surname.
        const tail = joined[z + 1];
        if (
          nameItem?.type === 'run' &&
          z === y &&
          nameItem.end - nameItem.start === 1 &&
          isStateItem(tail) &&
          tail.hit.role === 'name' &&
          tail.start === nameItem.end &&
          tail.end - tail.start === 1 &&
          v.keys[tail.end] !== "'s"
        ) {
          used.add(nameItem);
          used.add(tail);
          nameItem = { type: 'run', start: nameItem.start, end: tail.end };
        }
        if (
          !v.headline &&
          nameItem?.type === 'run' &&
          (adjacent(v, joined[z - 1]!, nameItem) || qualified) &&
          (z === y || qualified)
        ) {
          let a = nameItem.start;
          if (qualified && nameItem.end - a > 2) a = nameItem.end - 2;
          const before = joined[x - 1];
          let base: string | null = null;
          if (
            isEntityItem(before) &&
            (adjacent(v, before, it, true) || between(v, before, it).every((g) => g === "'s"))
          )
            base = before.hit.id;
          // "China's Foreign Ministry spokesman X": the body found just before the title.
          else if (before && bodyOf.has(before) && before.end === it.start) base = bodyOf.get(before)!;
          // "Professor Jane Roe of the University of X": the name stops at "of"; the body is her affiliation.
          const ofCut = z === y ? ofSplit(v, a, nameItem.end, 1) : -1;
          let person = personFrom(v, a, ofCut > 0 ? ofCut : nameItem.end);
          if (person && ofCut > 0) bodyAfterOf(v, person.id, ofCut, nameItem.end, joined, z);
          // "Emperor Naruhito at the Imperial Palace": the name ends at the first lower-case joining word.
          if (!person && z === y && ofCut < 0) {
            let k = a + 1;
            while (k < nameItem.end && !(INNER_ONLY.has(v.keys[k]!) || v.keys[k] === 'at')) k++;
            if (k < nameItem.end && /^[a-z]/.test(v.toks[k]!.text)) {
              person = personFrom(v, a, k);
              if (person) runItem(v, { type: 'run', start: k, end: nameItem.end }, joined, z);
            }
          }
          // "the General Staff", "the Joint Chiefs' Staff": a title word before an institution word is a body.
          if (!person && z === y && cueIn(v, nameItem, ORG_CUES)) {
            const name = surfaceOf(v, it.start, nameItem.end);
            const d =
              base && stateEntry(base)
                ? stateBody(base, slugify(name), name)
                : reg.ensure(slugify(name), name, 'organization');
            reg.mention(d.id, v.toks[it.start]!.start, v.toks[nameItem.end - 1]!.end, 'name', name);
            used.add(nameItem);
          }
          if (person) {
            for (let k = x; k < y; k++) person.roles.add(surfaceOf(v, joined[k]!.start, joined[k]!.end));
            // US party-state tags after a name ("Sen. Ann Lee (D-Ore.)", "Rep. Bo Park, R-Texas") place
            // senators and representatives in the US Congress.
            if (!base && PARTY_TAG.test(text.slice(v.toks[nameItem.end - 1]!.end, v.toks[nameItem.end - 1]!.end + 6))) {
              const chamber = titles.includes('Senator')
                ? 'us-senate'
                : titles.includes('Representative')
                  ? 'us-house'
                  : null;
              if (chamber) base = chamber;
            }
            personTitles.push({ personId: person.id, titles, base, mentionStart: v.toks[a]!.start });
            appositive(v, nameItem.end, person.id, joined, z);
            used.add(nameItem);
            if (qualified && a > nameItem.start) joined.splice(z, 1, { type: 'run', start: nameItem.start, end: a });
          }
        }
        used.add(it);
        for (let k = x; k < y; k++) used.add(joined[k]!);
        continue;
      }

      // 2b. Organizations: a chain with an organization word ("Russian Center for Syrian Reconciliation").
      if (!v.headline) {
        let y = x;
        while (
          (y + 1 < joined.length && adjacent(v, joined[y]!, joined[y + 1]!) && joined[y + 1]!.type !== 'gaz') ||
          (y + 1 < joined.length &&
            joined[y + 1]!.type === 'gaz' &&
            (joined[y + 1] as { hit: Hit }).hit.role !== 'title' &&
            adjacent(v, joined[y]!, joined[y + 1]!) &&
            between(v, joined[y]!, joined[y + 1]!).length > 0)
        )
          y++;
        const chain = joined.slice(x, y + 1);
        const runs = chain.filter((c) => c.type === 'run');
        const orgRun = runs.find((r) => cueIn(v, r, ORG_CUES));
        if (
          (orgRun && chain.length > 1) ||
          (orgRun && isStateItem(joined[x - 1]) && adjacent(v, joined[x - 1]!, it, true))
        ) {
          // Ministry of a state: "Russian Foreign Ministry", "China's Foreign Ministry", "Ministry of Foreign Affairs of Russia".
          const gap = isStateItem(joined[x - 1]) ? between(v, joined[x - 1]!, it) : null;
          const first = gap && (gap.length === 0 || (gap.length === 1 && gap[0] === "'s")) ? joined[x - 1]! : null;
          const start = first ? first : chain[0]!;
          const stateIt = [start, ...chain].find((c) => isStateItem(c)) as (Item & { type: 'gaz' }) | undefined;
          const ministry = ministryIn(v, orgRun!);
          if (ministry && stateIt) {
            const d = stateBody(stateIt.hit.id, ministry[0], ministry[1]);
            bodyOf.set(orgRun!, d.id);
            const end = orgRun!.end;
            reg.mention(d.id, v.toks[start.start]!.start, v.toks[end - 1]!.end, 'name', surfaceOf(v, start.start, end));
            stateMention(stateIt.hit.id, v, stateIt.start, stateIt.end, 'demonym');
            for (const c of chain) used.add(c);
            if (first) used.add(first);
            continue;
          }
          if (chain.length > 1) {
            const a = chain[0]!.start + (v.keys[chain[0]!.start] === 'the' ? 1 : 0);
            const b = chain[chain.length - 1]!.end;
            const name = surfaceOf(v, a, b);
            const known = matchAt(v.keys, a);
            if (!(known && known.end === b)) {
              const d = reg.ensure(slugify(name), name, 'organization');
              bodyOf.set(chain[chain.length - 1]!, d.id);
              reg.mention(d.id, v.toks[a]!.start, v.toks[b - 1]!.end, 'name', name);
              const st = chain.find((c) => isStateItem(c)) as (Item & { type: 'gaz' }) | undefined;
              if (st) {
                d.affiliation ??= st.hit.id;
                stateMention(st.hit.id, v, st.start, st.end, 'demonym');
              }
              for (const c of chain) used.add(c);
              continue;
            }
          }
        }
      }

      if (it.type === 'gaz') {
        used.add(it);
        const consumed = gazItem(v, it, joined, x);
        for (let y = x + 1; y < joined.length && joined[y]!.start < consumed; y++) used.add(joined[y]!);
        continue;
      }
      // 2c. A run on its own.
      used.add(it);
      if (!v.headline) runItem(v, it, joined, x);
      else if (it.end - it.start === 1)
        pendingSurnames.push({
          key: v.keys[it.start]!,
          start: v.toks[it.start]!.start,
          end: v.toks[it.start]!.end,
          surface: v.toks[it.start]!.text,
          strong: false,
        });
    }

    // 3. Lower-case patterns: "pro-Assad forces", outlet descriptors ("the Lebanese outlet").
    if (!v.headline) lowerCasePatterns(v);
  }

  function allCaps(v: View, a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const w = v.toks[k]!.text;
      if (w.length < 2 || w !== w.toUpperCase() || w === w.toLowerCase()) return false;
    }
    return true;
  }

  /** An event word inside a run, or a capitalized one right after it the tagger left out ("Care Act"). */
  function eventInside(v: View, a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++) if (EVENT_WORDS.has(v.keys[k]!)) return true;
    const next = v.toks[b];
    return !!next && !v.glued[b] && isCap(next) && EVENT_WORDS.has(v.keys[b]!);
  }

  function cueIn(v: View, r: Item, cues: Set<string>): boolean {
    for (let k = r.start; k < r.end; k++) if (cues.has(v.keys[k]!)) return true;
    return false;
  }

  function ministryIn(v: View, r: Item): [string, string] | null {
    for (let k = r.start; k < r.end; k++) {
      for (const [words, suffix, label] of MINISTRIES) {
        if (k + words.length > r.end) continue;
        let ok = true;
        for (let w = 0; ok && w < words.length; w++) ok = v.keys[k + w] === words[w];
        if (ok) return [suffix, label];
      }
    }
    return null;
  }

  function personFrom(v: View, a: number, b: number) {
    const tokens: string[] = [];
    const keys: string[] = [];
    for (let k = a; k < b; k++) {
      if (v.keys[k] === "'s") break;
      tokens.push(v.toks[k]!.text);
      keys.push(v.keys[k]!);
    }
    if (!tokens.length || keys.every((k) => CONNECTORS.has(k)) || keys.includes('and')) return null;
    // "General Staff", "Air Force": an institution word is no name.
    for (const k of keys) if (ORG_CUES.has(k) || GROUP_CUES.has(k) || THING_HEADS.has(k)) return null;
    // Names are words: "T-72" or "F-16" are not people.
    for (const t of tokens) if (!/^[\p{L}][\p{L}'’.]*$/u.test(t)) return null;
    const p = reg.person(tokens, keys);
    reg.mention(p.id, v.toks[a]!.start, v.toks[a + tokens.length - 1]!.end, 'name', tokens.join(' '));
    return p;
  }

  /** A gazetteer item: state names, metonyms, demonym phrases, bodies, groups, outlets. Returns the token it covers up to. */
  function gazItem(v: View, it: Item & { type: 'gaz' }, joined: Item[], x: number): number {
    const { hit } = it;
    if (hit.role === 'place' || hit.role === 'title') return it.end;
    const body = stateEntry(hit.id) ? undefined : entryById(hit.id);
    // An acronym the article itself spelled out wins over the gazetteer's reading ("RSF" after "Rapid Support Forces").
    if (body && it.end - it.start === 1 && allCaps(v, it.start, it.end)) {
      const full = reg.byInitials(v.keys[it.start]!);
      if (full && full.id !== hit.id) {
        reg.mention(full.id, v.toks[it.start]!.start, v.toks[it.start]!.end, 'alias', v.toks[it.start]!.text);
        return it.end;
      }
    }
    // "Kenya's Supreme Court", "the Mexican Congress": a body's short alias ("Supreme Court" for the US one)
    // after another state's name or adjective is that state's body of the same name.
    const owner = joined[x - 1];
    const home = body?.affiliation && stateEntry(body.affiliation) ? body.affiliation : null;
    if (
      body &&
      home &&
      hit.role === 'alias' &&
      isStateItem(owner) &&
      owner.hit.id !== home &&
      (owner.end === it.start || (owner.end === it.start - 1 && v.keys[owner.end] === "'s"))
    ) {
      const label = surfaceOf(v, it.start, it.end);
      const d = stateBody(owner.hit.id, slugify(label), label);
      reg.mention(d.id, v.toks[it.start]!.start, v.toks[it.end - 1]!.end, 'alias', label);
      return it.end;
    }
    // "Congress leader Rahul Gandhi" after "the Congress party": the body the article named with those words.
    if (body && home && hit.role === 'alias') {
      const label = surfaceOf(v, it.start, it.end).toLowerCase();
      const named = reg
        .all()
        .find(
          (d) =>
            d.id !== hit.id &&
            d.kind !== 'person' &&
            d.kind !== 'state' &&
            [d.name, ...d.aliases].some((a) => a.toLowerCase().replace(/^the /, '').startsWith(`${label} `)),
        );
      if (named) {
        reg.mention(
          named.id,
          v.toks[it.start]!.start,
          v.toks[it.end - 1]!.end,
          'alias',
          surfaceOf(v, it.start, it.end),
        );
        return it.end;
      }
    }
    // "the Supreme Court" in a story filed from ISLAMABAD: a body every state has is the dateline state's.
    if (
      body &&
      home &&
      homeState &&
      homeState !== home &&
      hit.role === 'alias' &&
      v.keys.slice(it.start, it.end).every((k) => GENERIC_WORDS.has(k))
    ) {
      const label = surfaceOf(v, it.start, it.end);
      const d = stateBody(homeState, slugify(label), label);
      reg.mention(d.id, v.toks[it.start]!.start, v.toks[it.end - 1]!.end, 'alias', label);
      return it.end;
    }
    if (body) {
      entityMention(hit.id, v, it.start, it.end, hit.role === 'name' ? 'name' : 'alias');
      return it.end;
    }
    if (!stateEntry(hit.id)) return it.end;
    // "Jordan said" after "Rep. Jim Jordan": a state's one-word name that is the surname of a person named before.
    if (hit.role === 'name' && it.end - it.start === 1 && reg.hasSurname(v.keys[it.start]!, v.toks[it.start]!.start)) {
      pendingSurnames.push({
        key: v.keys[it.start]!,
        start: v.toks[it.start]!.start,
        end: v.toks[it.start]!.end,
        surface: v.toks[it.start]!.text,
        strong: false,
      });
      return it.end;
    }
    const prevKey = v.keys[it.start - 1];
    const next = joined[x + 1];
    // "Jim Jordan", "Chad Smith": a state name inside a person's name.
    if (
      (hit.role === 'name' || hit.role === 'alias') &&
      joined[x - 1]?.type === 'run' &&
      joined[x - 1]!.end === it.start &&
      !CONNECTORS.has(v.keys[it.start - 1]!)
    )
      return it.end;
    // Demonym/state + head: "Syrian government", "US troops", "Syrian intelligence services".
    let head = headAfter(v, it.end);
    // "Azerbaijani and Armenian troops": the first demonym shares the head of the second; its mention is its own word.
    let ownEnd = 0;
    const partner = joined[x + 1];
    if (
      !head &&
      hit.role === 'demonym' &&
      v.keys[it.end] === 'and' &&
      isStateItem(partner) &&
      partner.start === it.end + 1
    ) {
      const shared = partner.hit.role === 'demonym' ? headAfter(v, partner.end) : null;
      if (shared && (shared[0] === 'military' || shared[0] === 'state')) {
        head = shared;
        ownEnd = it.end;
      }
    }
    if (head && hit.role !== 'plural' && hit.role !== 'metonym') {
      const [kind, headEnd] = head;
      const end = ownEnd || headEnd;
      const span = (id: string, mk: MentionKind) =>
        reg.mention(id, v.toks[it.start]!.start, v.toks[end - 1]!.end, mk, surfaceOf(v, it.start, end));
      if (kind === 'state') {
        stateMention(hit.id, v, it.start, end, 'descriptor');
      } else if (kind === 'military') {
        const d = stateBody(hit.id, 'military', 'military');
        span(d.id, 'descriptor');
      } else if (kind === 'intelligence') {
        const d = stateBody(hit.id, 'intelligence', 'intelligence');
        span(d.id, 'descriptor');
      } else if (kind === 'police') {
        // "a Kosovo police patrol": the state's police force, a body of its own, not the state.
        span(stateBody(hit.id, 'police', 'police').id, 'descriptor');
      } else if (kind === 'parliament') {
        const d = stateBody(hit.id, 'parliament', 'parliament');
        span(d.id, 'descriptor');
      } else if (kind.startsWith('ministry:')) {
        const [, suffix, label] = kind.split(':');
        span(stateBody(hit.id, suffix!, label!).id, 'name');
      } else if (kind === 'mission') {
        // "Iran's mission to the United Nations": the state's delegation, neither the state nor the body it sits in.
        const at = v.keys[end + 1] === 'the' ? end + 2 : end + 1;
        const host = matchAt(v.keys, at);
        const hostId = host?.hits.find((h) => !stateEntry(h.id) && entryById(h.id))?.id;
        if (!host || !hostId) {
          stateMention(hit.id, v, it.start, it.end, hit.role === 'demonym' ? 'demonym' : 'name');
          return it.end;
        }
        const d = stateBody(hit.id, `mission-${hostId}`, `mission to the ${entryById(hostId)!.name}`);
        reg.mention(
          d.id,
          v.toks[it.start]!.start,
          v.toks[host.end - 1]!.end,
          'descriptor',
          surfaceOf(v, it.start, host.end),
        );
        // The body is still named in its own words ("the United Nations").
        entityMention(hostId, v, at, host.end, 'name');
        return host.end;
      } else if (kind === 'embassy') {
        // "the U.S. embassy in Russia": one embassy per host country.
        const host = v.keys[end] === 'in' ? matchAt(v.keys, end + 1) : null;
        const hostId = host?.hits.find((h) => stateEntry(h.id))?.id;
        if (hostId && host) {
          const d = stateBody(hit.id, `embassy-${hostId}`, `embassy in ${stateEntry(hostId)!.name}`);
          reg.mention(
            d.id,
            v.toks[it.start]!.start,
            v.toks[host.end - 1]!.end,
            'descriptor',
            surfaceOf(v, it.start, host.end),
          );
        } else span(stateBody(hit.id, 'embassy', 'embassy').id, 'descriptor');
      }
      return end;
    }
    if (hit.role === 'demonym') {
      // "Russian mercenaries", "Iranian fighters": fighters named by their country stand for it.
      const after = v.keys[it.end];
      if (after && FIGHTER_HEADS.has(after) && !isCap(v.toks[it.end]!)) {
        stateMention(hit.id, v, it.start, it.end + 1, 'demonym');
        return it.end;
      }
      // A bare adjective ("Iraqi territory", "a Russian journalist") is no actor of its own.
      return it.end;
    }
    if (hit.role === 'metonym') {
      // A capital is the government only when it acts, not when it is a place.
      if (prevKey && (LOCATIVE.has(prevKey) || PLACE_VERBS.has(prevKey))) return it.end;
      if (next?.type === 'run' && next.start === it.end) return it.end; // "Moscow Times", "Tehran University"
      stateMention(hit.id, v, it.start, it.end, 'metonym');
      return it.end;
    }
    // A state name used as an adjective before a person noun ("a U.S. official") names no actor here.
    const after = v.keys[it.end];
    if (after && PERSON_HEADS.has(after)) return it.end;
    stateMention(
      hit.id,
      v,
      it.start,
      it.end,
      hit.role === 'seat' ? 'metonym' : hit.role === 'plural' ? 'demonym' : hit.role === 'name' ? 'name' : 'alias',
    );
    return it.end;
  }

  /** The head of a demonym phrase starting at token i: [kind, end] or null. */
  function headAfter(v: View, i: number): [string, number] | null {
    let k = i;
    if (v.keys[k] === "'s") k++;
    let found: [string, number] | null = null;
    for (let steps = 0; k < v.keys.length && steps < 3; steps++, k++) {
      const key = v.keys[k]!;
      const t = v.toks[k]!;
      if (isCap(t) && !(key === 'government' || key === 'army')) {
        // A capitalized service name is the state's military: "the Ukrainian Air Force", "Russian Armed Forces".
        const service = SERVICE_NAMES.find((w) => w.every((x, j) => v.keys[k + j] === x && isCap(v.toks[k + j]!)));
        return service ? ['military', k + service.length] : found;
      }
      if (STATE_HEADS.has(key)) found = ['state', k + 1];
      else if (MILITARY_HEADS.has(key)) found = ['military', k + 1];
      else if (key === 'air' && v.keys[k + 1] === 'force') found = ['military', k + 2];
      else if (INTEL_HEADS.has(key)) found = ['intelligence', SECURITY_HEADS.has(v.keys[k + 1] ?? '') ? k + 2 : k + 1];
      else if (key === 'security' && SECURITY_HEADS.has(v.keys[k + 1] ?? '')) found = ['intelligence', k + 2];
      else if (PARLIAMENT_HEADS.has(key)) found = ['parliament', k + 1];
      else if (key === 'police') found = ['police', k + 1];
      else if (EMBASSY_HEADS.has(key)) found = ['embassy', k + 1];
      else if (key === 'mission' && v.keys[k + 1] === 'to') return ['mission', k + 1];
      else if (v.keys[k + 1] === 'ministry' && !isCap(v.toks[k + 1]!)) {
        // "Peru's defence ministry", "the Chinese commerce ministry": the state's ministry, written lower-case.
        const m = MINISTRIES.find(([w]) => w.length === 2 && w[0] === key && w[1] === 'ministry');
        if (m) return [`ministry:${m[1]}:${m[2]}`, k + 2];
      } else if (PERSON_HEADS.has(key)) return null;
      if (found && found[1] === k + 1 && !HEAD_MODIFIERS.has(key)) return found;
      if (found && found[1] > k + 1) return found;
      if (!HEAD_MODIFIERS.has(key) && !found) return null;
    }
    return found;
  }

  /** A capitalized run that is not in the gazetteer: person, organization, group or outlet by its cues. */
  function runItem(v: View, it: Item, joined: Item[], x: number): void {
    let a = it.start;
    const b = it.end;
    while (a < b && (INNER_ONLY.has(v.keys[a]!) || NOT_NAMES.has(v.keys[a]!))) a++;
    if (a >= b) return;
    const name = surfaceOf(v, a, b);
    const len = b - a;
    const nextKey = v.keys[b];
    const prevKey = v.keys[a - 1];
    const lastKey = v.keys[b - 1]!;
    const run = { type: 'run' as const, start: a, end: b };
    // Words in capitals ("FULL TEXT", "BREAKING NEWS") are page furniture, not names; acronyms are single words.
    if (len > 1 && allCaps(v, a, b)) return;
    // "Professor Jane Roe of the University of X": a person's name, then the body they belong to.
    if (len > 3 && personOfBody(v, a, b, joined, x)) return;
    let kind: ActorKind | null = null;
    // "the Inter-Services Public Relations (ISPR)", "Eskom, the state power utility,", "economist at
    // XP Investimentos": an acronym of its initials, a body's appositive or a workplace make it no person.
    const described = bodyAppositive(v, b);
    if (described) {
      const d = reg.ensure(slugify(name), name, 'organization');
      if (d.kind !== 'person') (describedAs.get(d.id) ?? describedAs.set(d.id, new Set()).get(d.id)!).add(described);
    }
    const roleBefore = (v.keys[a - 2] ?? '').replace(/s$/, '');
    if (initialsAfter(v, a, b) || described || (prevKey === 'at' && ROLE_BEFORE_AT.has(roleBefore)))
      kind = 'organization';
    else if (len > 1 && cueIn(v, run, OUTLET_CUES)) kind = 'outlet';
    else if (len > 1 && cueIn(v, run, ORG_CUES)) kind = 'organization';
    else if (len > 1 && cueIn(v, run, GROUP_CUES)) kind = 'group';
    // "National Unity Government": a named government with no state name in it is a body of its own.
    else if (len > 1 && lastKey === 'government') kind = 'organization';
    // Names of events, laws and periods: "World War II", "Affordable Care Act", "Geneva Conference".
    if (!kind && (EVENT_WORDS.has(lastKey) || eventInside(v, a, b))) return;
    if (!kind && nextKey && OUTLET_DESCRIPTORS.has(nextKey)) kind = 'outlet';
    else if (!kind && nextKey && GROUP_DESCRIPTORS.has(nextKey)) kind = 'group';
    if (kind) {
      const d = reg.ensure(slugify(name), name, kind);
      reg.mention(d.id, v.toks[a]!.start, v.toks[b - 1]!.end, 'name', name);
      return;
    }
    // Places and things: "Granite State", "Second Thomas Shoal", "Trump Tower", "Social Security".
    if (THING_HEADS.has(lastKey)) return;
    // An acronym of an actor named earlier in the article ("Rapid Support Forces ... the RSF").
    if (len === 1 && allCaps(v, a, b)) {
      const full = reg.byInitials(v.keys[a]!);
      if (full) {
        reg.mention(full.id, v.toks[a]!.start, v.toks[a]!.end, 'alias', v.toks[a]!.text);
        return;
      }
    }
    const honor = prevKey && HONORIFICS.has(prevKey);
    const afterLoc = prevKey && (LOCATIVE.has(prevKey) || PLACE_VERBS.has(prevKey));
    // "A Clinton campaign official", "an Obama appointee": a name after an indefinite article modifies a noun.
    if (len === 1 && (prevKey === 'a' || prevKey === 'an')) return;
    if (len === 1) {
      pendingSurnames.push({
        key: v.keys[a]!,
        start: v.toks[a]!.start,
        end: v.toks[a]!.end,
        surface: v.toks[a]!.text,
        // "Residents of Uri said", "analysts at Nomura said": the word after of/at/from is no speaker's name.
        strong: !!honor || (!!nextKey && SPEECH_AFTER.has(nextKey) && !afterLoc && !OF_AT.has(prevKey ?? '')),
      });
      return;
    }
    // "El Fasher, Sudan": a name followed by its country is a place.
    const st = joined.find((j) => j.start === b + 1);
    const inState = nextKey === ',' && isStateItem(st) && (st.hit.role === 'name' || st.hit.role === 'alias');
    if ((afterLoc || inState) && !honor) {
      placeNames.add(name);
      return;
    }
    // A person's name holds no "of", "for", "on" or "and": "Pam Key on Twitter" is Pam Key.
    let cut = a;
    while (cut < b && !INNER_ONLY.has(v.keys[cut]!)) cut++;
    if (cut < b && cut - a >= 2) return runItem(v, { type: 'run', start: a, end: cut }, joined, x);
    if (cut < b) return;
    if (len > 4) return;
    for (let k = a; k < b; k++) if (!/^\p{Lu}/u.test(v.toks[k]!.text) && !CONNECTORS.has(v.keys[k]!)) return;
    const p = personFrom(v, a, b);
    if (!p) return;
    // Appositive role: "Name, head of the Russian Center ...", "Name, a spokesman for the ministry".
    appositive(v, b, p.id, joined, x);
  }

  /** Where "of" splits a person's name from the body named after it ("Jane Roe of the University of X"), else -1. */
  function ofSplit(v: View, a: number, b: number, minName: number): number {
    let cut = a;
    while (cut < b && v.keys[cut] !== 'of') cut++;
    if (cut - a < minName || cut >= b - 1) return -1;
    const head: Item = { type: 'run', start: a, end: cut };
    const body: Item = { type: 'run', start: cut + 1, end: b };
    if (cueIn(v, head, ORG_CUES) || cueIn(v, head, GROUP_CUES) || cueIn(v, head, OUTLET_CUES)) return -1;
    if (!cueIn(v, body, ORG_CUES)) return -1;
    for (let k = a; k < cut; k++) if (!/^\p{Lu}/u.test(v.toks[k]!.text) && !CONNECTORS.has(v.keys[k]!)) return -1;
    if (EVENT_WORDS.has(v.keys[cut - 1]!) || THING_HEADS.has(v.keys[cut - 1]!)) return -1;
    return cut;
  }

  /** The body after a person's "of": its own actor, and the person's affiliation. */
  function bodyAfterOf(v: View, personId: string, cut: number, b: number, joined: Item[], x: number): void {
    runItem(v, { type: 'run', start: cut + 1, end: b }, joined, x);
    let bs = cut + 1;
    while (bs < b && INNER_ONLY.has(v.keys[bs]!)) bs++;
    pendingAffiliations.push({ personId, at: v.toks[bs]!.start, role: '' });
  }

  function personOfBody(v: View, a: number, b: number, joined: Item[], x: number): boolean {
    const cut = ofSplit(v, a, b, 2);
    // Without a title, only "Name of the Body", and no role word in the name ("Joint Chiefs of Staff").
    if (cut < 0 || v.keys[cut + 1] !== 'the') return false;
    for (let k = a; k < cut; k++) if (APPOSITIVE_HEADS.has(v.keys[k]!.replace(/s$/, ''))) return false;
    const p = cut > 0 ? personFrom(v, a, cut) : null;
    if (!p) return false;
    bodyAfterOf(v, p.id, cut, b, joined, x);
    return true;
  }

  /** '(ABC)' right after a name whose word initials spell it. */
  function initialsAfter(v: View, a: number, b: number): boolean {
    if (b - a < 2 || v.toks[b]?.text !== '(' || v.toks[b + 2]?.text !== ')') return false;
    const acro = v.toks[b + 1]!.text;
    if (!/^[A-Z]{2,}$/.test(acro)) return false;
    let initials = '';
    for (let k = a; k < b; k++) {
      if (INNER_ONLY.has(v.keys[k]!)) continue;
      for (const part of v.toks[k]!.text.split('-')) if (part) initials += part[0]!.toUpperCase();
    }
    return initials === acro;
  }

  /** ', the state power utility,' / ', a mining company,': the head word of an appositive naming a body, or null. */
  function bodyAppositive(v: View, b: number): string | null {
    if (v.toks[b]?.text !== ',') return null;
    const det = v.keys[b + 1];
    if (det !== 'the' && det !== 'a' && det !== 'an') return null;
    for (let k = b + 2; k < Math.min(v.keys.length, b + 8); k++) {
      const t = v.toks[k]!;
      if (t.text === ',' || t.text === '.') return BODY_NOUNS.has(v.keys[k - 1]!) && k > b + 2 ? v.keys[k - 1]! : null;
      if (!/^[a-z-]+$/.test(t.text) && !/^\p{Lu}/u.test(t.text)) return null;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return null;
    }
    return null;
  }

  function appositive(v: View, b: number, personId: string, joined: Item[], x: number): void {
    if (v.toks[b]?.text !== ',' && tokenKey(text.slice(v.toks[b - 1]!.end, v.toks[b - 1]!.end + 1)) !== ',') {
      if (text[v.toks[b - 1]!.end] !== ',') return;
    }
    let k = v.toks[b]?.text === ',' ? b + 1 : b;
    if (v.keys[k] === 'the' || v.keys[k] === 'a' || v.keys[k] === 'an') k++;
    while (k < v.keys.length && k < b + 4 && !APPOSITIVE_HEADS.has(v.keys[k]!)) {
      if (/[,;]/.test(v.toks[k]!.text)) return;
      k++;
    }
    if (!APPOSITIVE_HEADS.has(v.keys[k] ?? '')) return;
    const role = v.keys[k]!;
    const prep = v.keys[k + 1];
    if (prep !== 'of' && prep !== 'for' && prep !== 'at') {
      // "X, the Kremlin spokesman", "X, a Hamas commander": the body named before the role word.
      // The apposition must close ("X, the U.S. official told ..." starts a new clause instead).
      if (prep !== undefined && prep !== ',' && prep !== ';') return;
      const body = joined.slice(x + 1).find((j) => j.start > b && j.end <= k);
      if (body && body.end === k && (body.type === 'run' || (body.hit.role !== 'title' && body.hit.role !== 'place')))
        pendingAffiliations.push({
          personId,
          at: v.toks[body.start]!.start,
          role,
          id: body.type === 'gaz' ? body.hit.id : undefined,
        });
      return;
    }
    const target = joined.slice(x + 1).find((j) => j.start > k + 1);
    if (!target || target.start > k + 4) return;
    pendingAffiliations.push({ personId, at: v.toks[target.start]!.start, role });
  }

  function lowerCasePatterns(v: View): void {
    for (let k = 0; k < v.keys.length; k++) {
      const key = v.keys[k]!;
      // "the ministry", "the group": a body named earlier, resolved once all actors are known.
      // "the paramilitary group", "the ruling party": one lower-case adjective may stand between.
      const adj = k > 1 && v.keys[k - 2] === 'the' && v.toks[k - 1]!.pos === 'ADJ' && !isCap(v.toks[k - 1]!) ? 1 : 0;
      if (
        BODY_ANAPHORS.has(key) &&
        v.keys[k - 1 - adj] === 'the' &&
        !isCap(v.toks[k]!) &&
        v.keys[k + 1] !== 'of' &&
        !(v.toks[k + 1] && isCap(v.toks[k + 1]!))
      ) {
        bodyAnaphors.push({
          start: v.toks[k - 1 - adj]!.start,
          end: v.toks[k]!.end,
          surface: surfaceOf(v, k - 1 - adj, k + 1),
          head: key,
        });
        continue;
      }
      // Only "pro"/"anti" words and outlet descriptors start a pattern: a cheap first-letter test first.
      const c0 = key.charCodeAt(0);
      if (c0 !== 112 && c0 !== 97 && !OUTLET_DESCRIPTORS.has(key)) continue;
      // "pro-Assad forces" written as one token.
      if (
        /^(pro|anti)-\w/.test(key) &&
        (GROUP_DESCRIPTORS.has(v.keys[k + 1] ?? '') || ['forces', 'troops'].includes(v.keys[k + 1] ?? ''))
      ) {
        const name = surfaceOf(v, k, k + 2);
        const generic = !/^(pro|anti)-\p{Lu}/u.test(v.toks[k]!.text);
        const id = generic && proGroups.length ? proGroups[proGroups.length - 1]! : slugify(name);
        const d = reg.ensure(id, name, 'group');
        reg.mention(d.id, v.toks[k]!.start, v.toks[k + 1]!.end, 'name', name);
        if (!generic && !proGroups.includes(id)) proGroups.push(id);
        k += 1;
        continue;
      }
      // "pro-Assad forces", "pro-government militias".
      if (
        ((key === 'pro' || key === 'anti') &&
          v.glued[k + 1] &&
          k + 2 < v.keys.length &&
          GROUP_DESCRIPTORS.has(v.keys[k + 2]!)) ||
        ((key === 'pro' || key === 'anti') && v.glued[k + 1] && ['forces', 'troops'].includes(v.keys[k + 2] ?? ''))
      ) {
        const name = surfaceOf(v, k, k + 3);
        const generic = !isCap(v.toks[k + 1]!);
        const id = generic && proGroups.length ? proGroups[proGroups.length - 1]! : slugify(name);
        const d = reg.ensure(id, name, 'group');
        reg.mention(d.id, v.toks[k]!.start, v.toks[k + 2]!.end, 'name', name);
        if (!generic && !proGroups.includes(id)) proGroups.push(id);
        k += 2;
        continue;
      }
      // "the Lebanese outlet", "the newspaper", "a Lebanese media outlet": an outlet named elsewhere.
      if (OUTLET_DESCRIPTORS.has(key) && key !== 'agency' && key !== 'radio' && key !== 'paper') {
        let a = k;
        while (
          a > 0 &&
          a > k - 3 &&
          (v.keys[a - 1] === 'media' ||
            v.keys[a - 1] === 'news' ||
            (stateOfKey(v.keys[a - 1]!) && !isCap(v.toks[a]!)) ||
            (stateOfKey(v.keys[a - 1]!) && a === k))
        )
          a--;
        const det = v.keys[a - 1];
        if (det !== 'the' && det !== 'a' && det !== 'an' && a === k) continue;
        if (a > 0 && isCap(v.toks[a - 1]!) && det !== 'the' && det !== 'a' && det !== 'an') continue; // "Al Akhbar newspaper"
        if (det === 'the' || det === 'a' || det === 'an' || a < k) {
          descriptors.push({
            start: v.toks[a]!.start,
            end: v.toks[k]!.end,
            surface: surfaceOf(v, a, k + 1),
            kind: 'outlet',
          });
        }
      }
    }
  }

  // 4. Lone surnames and honorific names: known persons first; otherwise a person when the text says so.
  for (const p of pendingSurnames) {
    const person = reg.surname(p.key, p.start);
    if (person) reg.mention(person.id, p.start, p.end, 'alias', p.surface);
    else if (
      p.strong &&
      !NOT_NAMES.has(p.key) &&
      !ORG_CUES.has(p.key) &&
      !GROUP_CUES.has(p.key) &&
      !THING_HEADS.has(p.key) &&
      !OUTLET_CUES.has(p.key) &&
      /^\p{Lu}\p{Ll}/u.test(p.surface)
    ) {
      const d = reg.person([p.surface], [p.key]);
      reg.mention(d.id, p.start, p.end, 'name', p.surface);
    }
  }

  // 5. Affiliations: an appositive ("X, head of Y") first, then the body a title implies when the article
  // names it, else the state or body given before the title.
  for (const pa of pendingAffiliations) {
    const person = reg.get(pa.personId);
    if (!person || person.affiliation) continue;
    // A gazetteer body used as a modifier ("the Kremlin spokesman") has no mention of its own.
    if (pa.id && !reg.has(pa.id)) {
      const e = stateEntry(pa.id) ?? entryById(pa.id);
      if (e) reg.ensure(pa.id, e.name, stateEntry(pa.id) ? 'state' : (e as { kind: ActorKind }).kind);
    }
    if (pa.id && reg.has(pa.id)) {
      person.affiliation = pa.id;
      person.roles.add(pa.role);
      continue;
    }
    // The longest mention starting there: "the Russian Center for ..." rather than "Russian".
    let target: ReturnType<typeof reg.get>;
    let best = -1;
    for (const d of reg.all()) {
      if (d.id === pa.personId) continue;
      for (const m of d.mentions) {
        if (m.start === pa.at && m.end > best) {
          best = m.end;
          target = d;
        }
      }
    }
    if (target && target.kind !== 'person') {
      person.affiliation = target.id;
      if (pa.role) person.roles.add(pa.role);
    }
  }

  for (const pt of personTitles) {
    const person = reg.get(pt.personId)!;
    if (person.affiliation || !pt.base) continue;
    const base = pt.base;
    if (stateEntry(base)) {
      const bodySuffix = pt.titles.map((t) => titleEntry(t)?.body).find((b) => b && b.endsWith('-ministry'));
      const ministry = bodySuffix ? `${base}-${bodySuffix}` : null;
      person.affiliation = ministry && reg.get(ministry)?.mentions.length ? ministry : base;
      if (!reg.has(base)) reg.ensure(base, stateEntry(base)!.name, 'state');
    } else {
      person.affiliation = base;
      // A body known only from the gazetteer (a chamber implied by a party tag) joins the article's actors.
      const e = !reg.has(base) ? entryById(base) : undefined;
      if (e) reg.ensure(base, e.name, e.kind).affiliation ??= e.affiliation ?? null;
    }
  }
  // 6a. Body anaphora: "the ministry" is the latest body named before it whose name has that word
  // ("Russian Foreign Ministry"); "the group" the latest armed or political group; "the company" a company.
  for (const an of bodyAnaphors) {
    let best: { id: string; at: number } | null = null;
    for (const d of reg.all()) {
      if (d.kind === 'person' || d.kind === 'state' || d.kind === 'outlet') continue;
      const words = [d.name, ...d.aliases]
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u);
      const said = describedAs.get(d.id);
      const fits =
        (words.includes(an.head) && an.head !== 'junta') ||
        !!said?.has(an.head) ||
        (an.head === 'group' && d.kind === 'group') ||
        // "the junta": a state's military named before ("Myanmar's military", "the Myanmar junta").
        (an.head === 'junta' && d.id.endsWith('-military') && !!d.affiliation) ||
        ((an.head === 'company' || an.head === 'firm') &&
          (words.some((w) => COMPANY_WORDS.has(w)) || [...(said ?? [])].some((w) => COMPANY_NOUNS.has(w))));
      if (!fits) continue;
      for (const m of d.mentions)
        if (m.end <= an.start && (!best || m.start > best.at)) best = { id: d.id, at: m.start };
    }
    // "Human Rights Watch said ... The group urged": with no armed or political group named, a
    // non-governmental organization named before.
    if (!best && an.head === 'group') {
      for (const d of reg.all()) {
        if (d.kind !== 'organization' || d.affiliation || stateEntry(d.affiliation ?? '')) continue;
        if (
          d.name
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .some((w) => STATE_BODY_WORDS.has(w) || UNION_OF_STATES_WORDS.has(w))
        )
          continue;
        for (const m of d.mentions)
          if (m.end <= an.start && (!best || m.start > best.at)) best = { id: d.id, at: m.start };
      }
    }
    if (best) reg.mention(best.id, an.start, an.end, 'descriptor', an.surface);
  }

  // 6. Outlet descriptors: the outlet named before ("the newspaper"), else the one named next.
  const outlets = reg.all().filter((d) => d.kind === 'outlet');
  for (const ds of descriptors) {
    let best: { id: string; at: number } | null = null;
    // "quoting the channel" after "Channel 12 ... The Times of Israel": an outlet whose name has the word.
    const word = ds.surface.toLowerCase().split(/\s+/).pop()!;
    const named = outlets.filter((o) =>
      o.name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .includes(word),
    );
    for (const o of named.length ? named : outlets) {
      for (const m of o.mentions) {
        const before = m.start < ds.start;
        const score = before ? ds.start - m.start : 1e9 + m.start - ds.start;
        if (!best || score < best.at) best = { id: o.id, at: score };
      }
    }
    if (best) reg.mention(best.id, ds.start, ds.end, 'descriptor', ds.surface);
  }

  // 7. The publisher.
  let outlet: string | null = null;
  if (clean.outletName) {
    // An outlet the gazetteer does not know (a page's og:site_name) is still the article's publisher.
    const o = outletByName(clean.outletName) ?? { id: slugify(clean.outletName), name: clean.outletName };
    const d = reg.ensure(o.id, o.name, 'outlet');
    if (d.kind === 'organization' || d.kind === 'group') d.kind = 'outlet';
    outlet = d.kind === 'outlet' ? d.id : null;
  }
  // A state only ever named as a location ("fought in Ukraine") is a place, not an actor.
  const referenced = new Set(reg.all().map((d) => d.affiliation));
  for (const d of reg.all()) {
    if (d.kind === 'state' && !actingStates.has(d.id) && !referenced.has(d.id) && d.id !== outlet) reg.drop(d.id);
  }
  // An acronym used before its full name (a headline "RSF shells market" above "Rapid Support Forces") is
  // the same actor as the full name.
  // Likewise an acronym the gazetteer gives to another body ("RSF" is also Reporters Without Borders) when
  // that body's own name never appears and an actor of the article has those initials.
  for (const d of reg.all()) {
    if (d.kind === 'person' || d.kind === 'state' || referenced.has(d.id) || !d.mentions.length) continue;
    const surface = nlp.text.slice(d.mentions[0]!.start, d.mentions[0]!.end);
    if (!/^[A-Z]{2,6}$/.test(surface)) continue;
    if (d.mentions.some((m) => nlp.text.slice(m.start, m.end) !== surface)) continue;
    const full = reg.byInitials(surface.toLowerCase());
    if (!full || full.id === d.id) continue;
    for (const m of d.mentions) reg.mention(full.id, m.start, m.end, 'alias', surface);
    reg.drop(d.id);
  }
  // A name the text also uses as a place ("in El Fasher", "El Fasher, Sudan") is a place, not a person.
  for (const d of reg.all()) {
    if (d.kind === 'person' && !d.roles.size && !referenced.has(d.id) && placeNames.has(d.name)) reg.drop(d.id);
  }
  const { actors, mentions } = reg.actors();
  return dropJunk(nlp, { actors, mentions, outlet });
}
