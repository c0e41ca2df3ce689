// Words around a body's name that make it another body than the one it starts like: the region it opens with
// ("Puntland Security Force") and the faction or wing it closes with ("Sudan People's Liberation Movement-North",
// "Communist Party of Nepal (Unified Marxist-Leninist)"). In: a sentence's items. Out: the items with each such
// name made one run, read like any other name (so it keys apart from the plain body and never takes another state).
import { entryById, stateEntry } from '../gazetteer/index.ts';
import { GROUP_CUES, ORG_CUES } from './lexicon.ts';
import { isCap, isStateItem, type Item, type View } from './view.ts';

/** A known region: a place that is no state, or a sub-state entity ("Puntland", affiliated to Somalia). */
function regionItem(it: Item): boolean {
  if (it.type !== 'gaz' || stateEntry(it.hit.id) || it.hit.role === 'title' || it.hit.role === 'demonym') return false;
  if (it.hit.role === 'place') return true;
  const entry = entryById(it.hit.id);
  return entry?.kind === 'organization' && !!entry.affiliation && !!stateEntry(entry.affiliation);
}

const bodyWord = (key: string) => ORG_CUES.has(key) || GROUP_CUES.has(key);

/**
 * "Puntland Security Force", "Oromia Special Police": a region's name the gazetteer knows, right before a
 * capitalized run ending in a body's or force's word, opens that body's name (one run).
 */
export function regionBodies(v: View, items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    const body = it.type === 'run' && bodyWord(v.keys[it.end - 1] ?? '') && !v.glued[it.start];
    if (body && prev?.type === 'gaz' && prev.end === it.start && regionItem(prev)) {
      // A capitalized run right before the region opens the same name ("Western Mindanao Command").
      const before = out[out.length - 2];
      const opener = before?.type === 'run' && before.end === prev.start;
      if (opener) out.pop();
      out[out.length - 1] = { type: 'run', start: opener ? before.start : prev.start, end: it.end };
    } else out.push(it);
  }
  return out;
}

/** Words of a state's own organs and forces: "Sudan Police Force", "Kenya Defence Forces" are read as the state's. */
const STATE_ORGAN_WORDS = new Set(
  'police army forces force military navy guard guards ministry government parliament embassy consulate intelligence cabinet'.split(
    ' ',
  ),
);

/** Whether the state item `st` right before `next` opens its name: by a hyphen ("Congo-Ocean"), or by name. */
function stateOpens(v: View, st: Item | undefined, next: Item): st is Item {
  // "Egypt's Sudan Affairs Committee": after another state's possessive the state is the body's subject, no opener.
  if (!isStateItem(st) || st.end !== next.start || v.keys[st.start - 1] === "'s") return false;
  const hyphen = v.glued[next.start] && v.text[v.toks[next.start - 1]!.end] === '-';
  if (hyphen) return true;
  // "the Sudan People's Liberation Movement", "the Uganda Wildlife Authority": the state's name (not its adjective).
  if ((st.hit.role !== 'name' && st.hit.role !== 'alias') || next.type !== 'run' || v.glued[next.start]) return false;
  for (let k = next.start; k < next.end; k++) if (STATE_ORGAN_WORDS.has(v.keys[k]!)) return false;
  return bodyWord(v.keys[next.end - 1]!);
}

/**
 * "the Sudan People's Liberation Movement", "the Congo-Ocean Railway", "the Kenya-Uganda Railway": a state's name
 * right before a body's name (not its police, army or ministry), or glued to a capitalized name by a hyphen, is a
 * word of that name: one run, read like any other name, never the state itself.
 */
export function stateOpenedBodies(v: View, items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    let k = out.length;
    if (it.type === 'run' && !v.headline && !v.titleCase)
      while (k > 0 && stateOpens(v, out[k - 1], k === out.length ? it : out[k]!)) k--;
    // "Hydrotech Mauritius Ltd": a state inside a longer name opens nothing.
    const inside = k > 0 && k < out.length && out[k - 1]!.end === out[k]!.start;
    if (k === out.length || inside) out.push(it);
    else out.splice(k, out.length - k, { type: 'run', start: out[k]!.start, end: it.end });
  }
  return out;
}

/**
 * Heads of bodies in languages that write the city after them ("Academisch Ziekenhuis Paramaribo", "Universiteit
 * Leiden", "Klinikum Stuttgart"); English heads are ORG_CUES.
 */
const CITY_AFTER_HEADS = new Set(
  'ziekenhuis krankenhaus klinikum sjukhus sykehus sygehus hôpital hopital hospital universiteit universität universitat universitet uniwersytet ministerie rechtbank gericht hof'.split(
    ' ',
  ),
);

/** A city the gazetteer knows (a capital by its metonym or seat, or a place), not a state's own name. */
const cityItem = (it: Item | undefined): it is Item =>
  it?.type === 'gaz' && (it.hit.role === 'metonym' || it.hit.role === 'seat' || it.hit.role === 'place');

/**
 * "the Academisch Ziekenhuis Paramaribo", "Universiteit Leiden": a capitalized run holding a body's head, right
 * before a known city that ends the name (no capitalized word after it), is one body's name with the city in it:
 * one run, never the state the city stands for.
 */
export function cityClosedBodies(v: View, items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    const next = v.toks[it.end];
    const closes = !next || !isCap(next) || v.glued[it.end];
    const head = (k: number) => CITY_AFTER_HEADS.has(v.keys[k]!) || ORG_CUES.has(v.keys[k]!);
    let body = prev?.type === 'run' && prev.end === it.start && !v.glued[it.start] && !v.headline && !v.titleCase;
    if (body) body = Array.from({ length: prev!.end - prev!.start }, (_, i) => prev!.start + i).some(head);
    if (body && cityItem(it) && closes) out[out.length - 1] = { type: 'run', start: prev!.start, end: it.end };
    else out.push(it);
  }
  return out;
}

const WORD = /^\p{Lu}[\p{L}'’]*$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** An acronym written in mixed case ("MoH", "MoD"): two capitals or more in a short word. */
const MIXED_ACRONYM = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{L}{2,5}$/u;

/** End (exclusive) of a faction suffix glued to the name ending at token e ("-North", "-N", "-IO"), else e. */
function hyphenSuffixEnd(v: View, e: number): number {
  const word = v.toks[e];
  const hyphen = !!word && v.glued[e] && v.text[word.start - 1] === '-';
  // A capitalized word after it makes the hyphen part of a longer name ("Nepal-Unified Marxist Leninist"), no suffix.
  const next = v.toks[e + 1];
  const longer = !!next && !v.glued[e + 1] && WORD.test(next.text) && isCap(next);
  return hyphen && WORD.test(word.text) && !v.glued[e + 1] && !longer ? e + 1 : e;
}

/** Words left out of a name's initials. */
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'in', "'s"]);

/**
 * Whether a word holds the initials of a name's words in order ("Kemsa" for "Kenya Medical Supplies Authority"),
 * from one of the first two words (a state's name before the run may open the acronym or not).
 */
function spellsInOrder(word: string, keys: string[]): boolean {
  const initials = keys.filter((k) => !SKIPPED.has(k) && /^\p{L}/u.test(k)).map((k) => k[0]!);
  const w = word.toLowerCase();
  const from = (i: number) => {
    let at = 0;
    for (const c of initials.slice(i)) {
      at = w.indexOf(c, at);
      if (at < 0) return false;
      at++;
    }
    return initials.length - i >= 2;
  };
  return [0, 1].some((i) => w[0] === initials[i] && from(i));
}

/**
 * End (exclusive) of a parenthesized qualifier after the name ending at token e ("(Maoist Centre)",
 * "(Unified Marxist-Leninist)"), else e. Not an acronym ("(SPLM)", "(MoH)") nor a name the gazetteer knows.
 */
function parentheticalEnd(v: View, start: number, e: number, items: Item[]): number {
  if (v.keys[e] !== '(') return e;
  let k = e + 1;
  while (k < v.toks.length && k <= e + 6 && v.keys[k] !== ')') {
    const t = v.toks[k]!;
    if (!(WORD.test(t.text) && isCap(t)) && !(t.text === '-' && v.glued[k])) return e;
    k++;
  }
  if (v.keys[k] !== ')' || k === e + 1) return e;
  const inner = v.toks.slice(e + 1, k).map((t) => t.text);
  if (inner.some((w) => ACRONYM.test(w) || MIXED_ACRONYM.test(w))) return e;
  // "NATO (North Atlantic Treaty Organization)": the acronym spelled out is the same body.
  const initials = inner.map((w) => w[0]).join('');
  if (ACRONYM.test(v.toks[e - 1]!.text) && v.toks[e - 1]!.text.startsWith(initials.slice(0, 2))) return e;
  // "Kenya Medical Supplies Authority (Kemsa)": an acronym written as a word holds the name's initials in order.
  if (inner.length === 1 && spellsInOrder(inner[0]!, v.keys.slice(Math.max(0, start - 1), e))) return e;
  // "(Somalia)", "(Hezbollah)": a place, or another name of a known body, is no qualifier.
  if (items.some((it) => it.start > e && it.end <= k && it.type === 'gaz')) return e;
  return k + 1;
}

/**
 * Where the body name that item x ends starts: the run itself, or "<run> of <State>" ("Communist Party of Nepal");
 * -1 when the item ends no body name (a person, a state alone).
 */
function bodyStart(v: View, items: Item[], x: number): number {
  const it = items[x]!;
  const last = v.toks[it.end - 1]!.text;
  if (it.type === 'run') {
    const named = v.keys.slice(it.start, it.end).some(bodyWord);
    return named || (it.end - it.start === 1 && ACRONYM.test(last)) ? it.start : -1;
  }
  const run = items[x - 1];
  const ofState = isStateItem(it) && v.keys[it.start - 1] === 'of' && run?.type === 'run' && run.end === it.start - 1;
  return ofState && bodyWord(v.keys[run.end - 1]!) ? run.start : -1;
}

/** Joins each body name with the faction suffix or parenthesized qualifier that closes it into one run. */
export function qualifiedBodies(v: View, items: Item[]): Item[] {
  const out: Item[] = [];
  for (let x = 0; x < items.length; x++) {
    const it = items[x]!;
    const start = bodyStart(v, items, x);
    const withSuffix = start < 0 ? it.end : hyphenSuffixEnd(v, it.end);
    const end = start < 0 ? it.end : parentheticalEnd(v, start, withSuffix, items);
    if (end === it.end) {
      out.push(it);
      continue;
    }
    while (out.length && out[out.length - 1]!.start >= start) out.pop();
    out.push({ type: 'run', start, end });
    while (x + 1 < items.length && items[x + 1]!.start < end) x++;
  }
  return out;
}
