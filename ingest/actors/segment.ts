// Segmentation, the first pass over a sentence: gazetteer matches (longest, case-checked) and runs of
// capitalized words, with runs joined across name connectors. In: a View. Out: Items in text order.
import { isGenericBodyName } from '../../graph/identity.ts';
import { entryById, type Hit, hitFits, type Match, matchAt, stateEntry, titleEntry } from '../gazetteer/index.ts';
import { FATHERS_TITLES, PATRONYMIC_PARTICLES, familyNameFirst } from '../../graph/names.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import {
  CONNECTORS,
  EVENT_WORDS,
  GROUP_CUES,
  HONORIFICS,
  INNER_ONLY,
  NOT_NAMES,
  MONTH_WORDS,
  NAME_HONORIFICS,
  OPENS_NAMES,
  ORG_CUES,
  OUTLET_CUES,
  OUTLET_DESCRIPTORS,
  PEOPLE_PLURALS,
  ROLE_NOUNS,
  SPEECH_AFTER,
  US_STATE_ABBREVIATIONS,
  romanceBodyKind,
  SERVICE_NAMES,
} from './lexicon.ts';
import { cityClosedBodies, qualifiedBodies, regionBodies, stateOpenedBodies } from './body-names.ts';
import { writtenLegalForm } from './edges.ts';
import { placeInOutletName } from './outlet-joins.ts';
import { isGivenName } from './role-prefix.ts';
import { isCap, isStateItem, type Item, surfaceOf, type View } from './view.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const LETTERS_ONLY = /^\p{L}{2,}$/u;
const STOP_GAP = /^\.[\s"”'’-]/;
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LETTER_FIRST = /^\p{L}/u;
const THE_WORD = /^the \S+$/i;

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

/** Adjectives of regions and peoples that precede a demonym without being a given name ("fellow Asian Indian"). */
const REGION_ADJECTIVES = new Set([
  'asian',
  'african',
  'european',
  'latin',
  'arab',
  'native',
  'south',
  'east',
  'west',
  'north',
]);

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** First words of a numbered military unit's name. */
const UNIT_WORDS = new Set(
  (
    'infantry airborne mechanized mechanised armoured armored marine marines brigade battalion division regiment ' +
    'corps army fleet artillery cavalry mountain rifle motorized motorised commando squadron wing guards special'
  ).split(' '),
);

/** Parts of speech of the word before a capitalized verb that may open a name ("under Deny Kogoya"). */
const VERB_NAME_AFTER = new Set(['ADP', 'VERB', 'CCONJ', 'SCONJ']);

/** Parts of speech that never continue a name (a capitalized word so tagged opens a sentence or a title). */
const NOT_IN_NAME = new Set(['VERB', 'AUX', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'ADV']);

/** Italian, Portuguese and French "of the" forms (CONNECTORS holds "del", "della", "de", "du"). */
const ROMANCE_OF = new Set(['dello', 'delle', 'degli', 'dei', 'dal', 'dalla', 'des', 'do', 'dos', 'das', 'd']);

/** Gazetteer items and capitalized runs of the sentence, runs joined across connectors. */
export function segment(v: View): Item[] {
  const items: Item[] = [];
  const n = v.keys.length;
  const shouted = inCapitals(v);
  const places: PlaceStarts = { at: null };
  for (let i = 0; i < n;) {
    const gaz = gazetteerAt(v, i, items, shouted, places);
    if (gaz) {
      dropTitleModifiers(v, items, gaz);
      items.push(gaz);
      i = gaz.end;
      continue;
    }
    // US party-state tags ("R-Fla.", "(D-N.Y.)"): a lone capital glued to a hyphen starts no name.
    if (v.keys[i]!.length === 1 && v.glued[i + 1] && v.text[v.toks[i]!.end] === '-') {
      i += 2;
      continue;
    }
    const last = items[items.length - 1];
    if (chunkable(v, i, last)) {
      if (last?.type === 'run' && last.end === i && !periodBetween(v, i)) last.end = i + 1;
      else items.push({ type: 'run', start: i, end: i + 1 });
    }
    i++;
  }
  return items;
}

/** Capitalized words that qualify an office glued before its title: "Managing Director", "Acting Chief", "Caretaker Chief Minister". */
const TITLE_MODIFIERS = new Set(
  'managing acting executive interim caretaker senior assistant associate principal regional outgoing incoming'.split(
    ' ',
  ),
);

/**
 * "NEA Managing Director Ghising", "Kemsa Acting Chief Executive Andrew Mulwa": the words qualifying a title right
 * before it are no part of the capitalized run they end (the body's name, never a person "NEA Managing").
 */
function dropTitleModifiers(v: View, items: Item[], gaz: Item): void {
  const run = items[items.length - 1];
  if (gaz.type !== 'gaz' || gaz.hit.role !== 'title' || run?.type !== 'run' || run.end !== gaz.start) return;
  while (run.end > run.start && TITLE_MODIFIERS.has(v.keys[run.end - 1]!) && isCap(v.toks[run.end - 1]!)) run.end--;
  if (run.end === run.start) items.pop();
}

/** The gazetteer item starting at token i (or at i + 1 after "the"), unless it reads better as part of a name. */
/**
 * Whether the sentence is written in capitals ("ELEVEN POLICE KILLED IN TURKEY CAR BOMB ATTACK"): there every word
 * looks like an acronym, so an acronym of the gazetteer ("CAR", "WHO") is no sign of the body it names.
 */
function inCapitals(v: View): boolean {
  let words = 0;
  let caps = 0;
  for (const t of v.toks) {
    const kase = asciiWordCase(t.text);
    if (kase === 0) continue;
    if (kase < 0) {
      if (!LETTERS_ONLY.test(t.text)) continue;
      words++;
      if (t.text === t.text.toUpperCase()) caps++;
      continue;
    }
    words++;
    if (kase === 2) caps++;
  }
  return words >= 4 && caps >= 0.8 * words;
}

/**
 * The test above without a regex or a new string for ASCII tokens (it runs on every token of every sentence):
 * 0 = not a word of two letters or more, 1 = such a word with a lower-case letter, 2 = all capitals, -1 = a
 * character beyond ASCII (the caller asks the Unicode regex).
 */
function asciiWordCase(text: string): -1 | 0 | 1 | 2 {
  if (text.length < 2) return 0; // one UTF-16 unit is one letter at most
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 97 && c <= 122) lower = true;
    else if (c < 65 || c > 90) return 0;
  }
  return lower ? 1 : 2;
}

/** Whether the words on both sides of [a, b) are written in capitals too ("a sentence: \"THIS IS NOT OK.\""). */
function shoutedAround(v: View, a: number, b: number): boolean {
  const caps = (k: number) => {
    const t = v.toks[k]?.text ?? '';
    return LETTERS_ONLY.test(t) && t === t.toUpperCase();
  };
  return caps(a - 1) && caps(b);
}

function gazetteerAt(v: View, i: number, items: Item[], shouted: boolean, places: PlaceStarts): Item | null {
  let m = matchAt(v.keys, i);
  // "The United Nations Relief and Works Agency": a longer entry may start after "the".
  if (v.keys[i] === 'the') {
    const inner = matchAt(v.keys, i + 1);
    if (inner && (!m || inner.end > m.end)) m = inner;
  }
  if (!m) return null;
  let hits = fitting(v, m, shouted);
  // "its Amaq news agency": a longer entry written in another case ("Amaq News Agency") leaves the shorter one.
  while (m && !hits.length) {
    m = matchAt(v.keys, m.start, m.end);
    hits = m ? fitting(v, m, shouted) : [];
  }
  return m && hits.length ? gazetteerItem(v, m, hits, items, places) : null;
}

/** The hits of a match whose case fits the written form. */
function fitting(v: View, m: Match, shouted: boolean): Hit[] {
  const written = surfaceOf(v, m.start, m.end);
  // "the National Unity Government": a one-word "The X" name followed by more capitalized words is
  // the start of a longer name, not the outlet "The National".
  const longer = m.end - m.start === 2 && v.keys[m.start] === 'the' && !!v.toks[m.end] && isCap(v.toks[m.end]!);
  // "The Namibian police", "the Australian government": such a word before a common noun qualifies it (not "The
  // Namibian newspaper").
  const next = v.toks[m.end];
  const qualifies =
    m.end - m.start === 2 &&
    v.keys[m.start] === 'the' &&
    !!next &&
    LOWER_FIRST.test(next.text) &&
    next.pos === 'NOUN' &&
    !OUTLET_DESCRIPTORS.has(v.keys[m.end]!);
  return m.hits.filter(
    (h) =>
      hitFits(h, written) &&
      !((longer || qualifies) && THE_WORD.test(h.surface)) &&
      !(h.kase === 2 && !written.includes('.') && (shouted || shoutedAround(v, m.start, m.end))),
  );
}

/**
 * The item a gazetteer match makes from the hits that fit. Apart from gazetteerAt, which runs at every token: a
 * function whose variables a closure captures makes their context on every call, even when it returns before the closure.
 */
function gazetteerItem(v: View, m: Match, hits: Hit[], items: Item[], places: PlaceStarts): Item | null {
  // "American Association for Justice", "Faith & Justice Network": a title word after a connector inside a name.
  const inName = v.keys[m.start - 1] === 'for' || v.keys[m.start - 1] === '&';
  if (inName && hits.every((h) => h.role === 'title') && v.toks[m.start - 2] && isCap(v.toks[m.start - 2]!))
    return null;
  if (titleEndsName(v, m, hits, items) || officeOfTitle(v, m, hits, items)) return null;
  if (honorificInName(v, m.start, m.end, hits, items) || fathersTitle(v, m, hits, items)) return null;
  if (
    titleWithoutName(v, m, hits) ||
    titleBeforeName(v, m, hits) ||
    abbreviationEndsName(v, m, hits, items) ||
    titleOfBody(v, m, hits)
  )
    return null;
  if (courtesyInName(v, m, hits, items) || stateNamedPerson(v, m, hits)) return null;
  if (titleInFacilityName(v, m, hits, items)) return null;
  // "Estado Mayor Central": a title's word right after a Romance body's head is a word of its name.
  const prev = items[items.length - 1];
  const romanceName = prev?.type === 'run' && prev.end === m.start && !!romanceBodyKind(v.keys, prev.start);
  if (romanceName && hits.every((h) => h.role === 'title')) return null;
  if (acronymCompound(v, m.end, hits) || placeBranch(v, m, hits, items) || portfolioOf(v, m.start)) return null;
  // Prefer actors over titles and places, names over metonyms; a name that is also a place ("Georgia") is the
  // place next to other places or before a title ("former Georgia Gov. Jimmy Carter").
  if (hits.length > 1) hits.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  if (hits.length > 1 && hits.some((h) => h.role === 'place') && placeContext(v, m.start, m.end, places))
    hits.sort((a, b) => Number(b.role === 'place') - Number(a.role === 'place'));
  const at = m.start;
  // "Lloyd Austin": a one-word place right after a one-word run is a surname; so is a demonym with no noun
  // after it ("David French of the retail federation", but "Paris French teachers").
  const next = v.toks[m.end];
  const bareDemonym =
    hits[0]!.role === 'demonym' &&
    (!next || !LETTER_FIRST.test(next.text) || next.text === 'of') &&
    !REGION_ADJECTIVES.has(v.keys[at - 1] ?? '');
  // "Jeremy Paris": a capital right after a given name (no common word of the lexicon) is a surname too.
  // The lexicon is asked only for a metonym (most matches are none).
  const capitalSurname = hits[0]!.role === 'metonym' && surnameBefore(lexicalTag(v.keys[at - 1] ?? ''));
  const surname =
    (hits[0]!.role === 'place' || bareDemonym || capitalSurname || firmAsSurname(v, hits[0]!, at)) &&
    m.end === at + 1 &&
    !v.headline &&
    prev?.type === 'run' &&
    prev.end === at &&
    // "Vincent Leon Guerrero": after a given name and a first surname too ("Leon", a double surname's half).
    (prev.end - prev.start === 1 || (prev.end - prev.start === 2 && hits[0]!.role === 'place')) &&
    // "Eastern Ukraine", "Central Kenya": a direction opens no given name.
    !OPENS_NAMES.has(v.keys[prev.start]!) &&
    !v.glued[at];
  return surname ? null : { type: 'gaz', start: m.start, end: m.end, hit: hits[0]! };
}

const surnameBefore = (tag: string | null) => tag === null || tag === 'PROPN';

/** States whose names are given names too ("Jordan Emile", "Chad Dupont", "Kenya Barris", "Georgia Mills"). */
const STATE_GIVEN_NAMES = new Set(['jordan', 'chad', 'georgia', 'kenya', 'india', 'israel', 'lebanon', 'eritrea']);
/** An age or a description set off after a name ("Jordan Emile, 27,"), or a speech verb right after it. */
const PERSON_AFTER = /^(?:\s*,\s*(?:\d{1,3}|aged \d{1,3})\s*[,.;)]|\s+(?:said|says|told|tells|added|wrote)\b)/;

/**
 * "Jordan Emile, 27, was shot dead", "spokesman Chad Dupont said": a one-word state name that is also a given name,
 * before one capitalized word no common word nor gazetteer entry, is a person's given name when a person cue
 * follows the two (an age apposition, a speech verb) or a role noun stands before them. Not in a headline's case.
 */
function stateNamedPerson(v: View, m: Match, hits: Hit[]): boolean {
  const at = m.start;
  if (m.end !== at + 1 || v.titleCase || !STATE_GIVEN_NAMES.has(v.keys[at]!)) return false;
  if (!hits.every((h) => stateEntry(h.id) || h.role === 'place')) return false;
  const next = v.toks[at + 1];
  if (!next || !CAPITALIZED_WORD.test(next.text) || v.glued[at + 1] || lexicalTag(v.keys[at + 1]!) !== null)
    return false;
  if (matchAt(v.keys, at + 1)) return false;
  const before = v.keys[at - 1] ?? '';
  const role = LOWER_FIRST.test(v.toks[at - 1]?.text ?? '') && (ROLE_NOUNS.has(before) || !!titleEntry(before));
  return role || PERSON_AFTER.test(v.text.slice(next.end, next.end + 12));
}

const NAME_CONNECTORS = new Set(['for', 'and', '&', 'of']);
/**
 * "the Council for Public Security and Criminal Justice.", "the Coalition for Real Justice, said": a title that is a
 * common word too, ending a body's name after a connector and a capitalized word of a run, with no name after it to
 * title ("Justice Scalia") and no body it holds an office of ("Justice of the Peace"), is a word of the name.
 */
function titleEndsName(v: View, m: Match, hits: Hit[], items: Item[]): boolean {
  const [before, prev, next] = [v.toks[m.start - 3], v.toks[m.start - 1], v.toks[m.end]];
  const run = items[items.length - 1];
  return (
    m.end - m.start === 1 &&
    WORD_TITLES.has(v.keys[m.start]!) &&
    run?.type === 'run' &&
    run.end === m.start &&
    hits.every((h) => h.role === 'title') &&
    !!before &&
    !!prev &&
    isCap(before) &&
    isCap(prev) &&
    NAME_CONNECTORS.has(v.keys[m.start - 2] ?? '') &&
    !v.headline &&
    !(next && (isCap(next) || TITLE_OF.has(v.keys[m.end]!)))
  );
}
/**
 * "The Office of the Electoral Commissioner (O.E.C.)", "the Office of the Auditor General": a holder's title closing
 * a run that opens "Office of" is the office's name, one body (not a person's title before a name, nor a cut); so is
 * a title of two words or more right after "Office of the" ("the Office of the Attorney General").
 */
function officeOfTitle(v: View, m: Match, hits: Hit[], items: Item[]): boolean {
  if (!hits.every((h) => h.role === 'title')) return false;
  const run = items[items.length - 1];
  const next = v.toks[m.end];
  // "the Office of the Attorney General announced": the whole title right after "Office of (the)".
  const start = run?.type === 'run' && run.end === m.start ? run.start : m.start;
  if (start === m.start && m.end - m.start < 2) return false;
  const of = v.keys[start - 1] === 'the' ? start - 2 : start - 1;
  const office = v.keys[of] === 'of' && v.keys[of - 1] === 'office' && isCap(v.toks[of - 1]!);
  return office && !(next && isCap(next) && !v.glued[m.end]);
}

/**
 * Titles that are common words too, an idea or a quality ("Criminal Justice", "Gloria Major"); an officer's title
 * after a body's name holds its office ("the Ministry of Finance Secretary said").
 */
const WORD_TITLES = new Set(['justice', 'major']);
/** Words after which a title holds an office of something: "National Director of the Remembrance Project". */
const TITLE_OF = new Set(['of', 'at', 'for', 'to']);

/**
 * "the Ayadaw People's Defense Force", "the Kunduz Taliban": a capitalized word right before a known armed group's
 * name of two words or more makes a local unit of its own; the run reads on through the name.
 */
function placeBranch(v: View, m: Match, hits: Hit[], items: Item[]): boolean {
  const prev = items[items.length - 1];
  return (
    m.end - m.start >= 2 &&
    prev?.type === 'run' &&
    prev.end === m.start &&
    prev.end - prev.start === 1 &&
    !v.glued[m.start] &&
    !v.headline &&
    hits.every((h) => entryById(h.id)?.kind === 'group')
  );
}

/** Capitalised heads a portfolio follows with "of": "Ministry of Foreign Affairs", "Department of Health". */
const PORTFOLIO_HEADS = new Set(['ministry', 'minister', 'department', 'secretary', 'secretariat', 'bureau']);

/**
 * "Syria's Ministry of Foreign Affairs": a known name right after "<Ministry> of" is the portfolio inside the
 * body's name (here not the magazine "Foreign Affairs"); the run reads on through it.
 */
const portfolioOf = (v: View, at: number) =>
  v.keys[at - 1] === 'of' && PORTFOLIO_HEADS.has(v.keys[at - 2] ?? '') && isCap(v.toks[at - 2]!);

const ACRONYM = /^[A-Z]{2,}$/;
/**
 * "CODECO-BTD", "SPLM-IO": an acronym the gazetteer knows, hyphened to another acronym it does not, names a faction
 * of its own, never the body (so does a group's name hyphened to a name) (a known pair, "US-UK", stays two; a known glued form, "FARC-EP", matched whole first).
 */
function acronymCompound(v: View, end: number, hits: Hit[]): boolean {
  const [last, next] = [v.toks[end - 1], v.toks[end]];
  if (!last || !next || v.glued[end] !== true || v.text[last.end] !== '-' || matchAt(v.keys, end)) return false;
  if (ACRONYM.test(last.text) && ACRONYM.test(next.text)) return true;
  // "Dawlah Islamiyah-Maute Group", "Dawlah Islamiyah-Hassan", "FLEC-Renovada": an armed group's name or acronym
  // hyphened to a capitalised name the gazetteer does not know is one of its factions, a group of its own.
  const named = (h: Hit) => h.role === 'name' || (h.role === 'alias' && ACRONYM.test(last.text));
  return CAPITALIZED_WORD.test(next.text) && hits.every((h) => named(h) && entryById(h.id)?.kind === 'group');
}

/** "Gerald Ford", "Harrison Ford", "Fiona Apple": a company's one-word name right after a known given name. */
const firmAsSurname = (v: View, hit: Hit, at: number) =>
  (hit.role === 'name' || hit.role === 'alias') &&
  entryById(hit.id)?.kind === 'organization' &&
  isGivenName(v.keys[at - 1] ?? '');

/** Heads of a facility's name a title word may qualify: "General Hospital". */
const FACILITY_HEADS = new Set(['hospital', 'clinic', 'infirmary']);

/**
 * "Adigrat General Hospital", "Mekelle General Hospital": a one-word title between a capitalized word of a run and a
 * facility's head is a word of the facility's name, so the place that opens it stays in it.
 */
function titleInFacilityName(v: View, m: Match, hits: Hit[], items: Item[]): boolean {
  const prev = items[items.length - 1];
  const next = v.toks[m.end];
  return (
    m.end === m.start + 1 &&
    hits.every((h) => h.role === 'title') &&
    !!prev &&
    (prev.type === 'run' || prev.hit.role === 'place' || prev.hit.role === 'metonym' || oneWordState(prev)) &&
    prev.end === m.start &&
    !v.glued[m.start] &&
    !!next &&
    isCap(next) &&
    FACILITY_HEADS.has(v.keys[m.end]!)
  );
}

/** Whether the one-word title match [a, b) follows a capitalized word of the same name (a run ending at a). */
function honorificInName(v: View, a: number, b: number, hits: Hit[], items: Item[]): boolean {
  if (v.headline || v.titleCase || b !== a + 1 || !NAME_HONORIFICS.has(v.keys[a]!)) return false;
  if (!hits.every((h) => h.role === 'title')) return false;
  const prev = items[items.length - 1];
  return prev?.type === 'run' && prev.end === a && !v.glued[a] && !periodBetween(v, a);
}

/**
 * "Zulkifli bin Haji Mansor", "Ismail bin Pengiran Haji Abdul Rahman", "Nurul Fatimah binti Dato Abdullah": a title
 * after a patronymic particle, with the father's name after it, is the father's, a word of the son's or daughter's
 * name (graph/names.ts drops it from the key); the name is not cut there.
 */
function fathersTitle(v: View, m: Match, hits: Hit[], items: Item[]): boolean {
  if (!hits.every((h) => h.role === 'title') || !nameFollows(v, m.end)) return false;
  let k = m.start - 1;
  while (k > 0 && FATHERS_TITLES.has(v.keys[k]!) && isCap(v.toks[k]!)) k--;
  const prev = items[items.length - 1];
  return PATRONYMIC_PARTICLES.has(v.toks[k]?.text ?? '') && prev?.type === 'run' && prev.end >= k;
}

/** Whether a capitalized word right after the match [a, b) may open the name a courtesy title stands before. */
const nameFollows = (v: View, b: number) => !!v.toks[b] && isCap(v.toks[b]!) && !v.glued[b];

/**
 * "the PS said", "Ustaz is a teacher": a title only written before a name (titles.json beforeName: "Hon.", "PS",
 * "Datuk Seri") with no capitalized word after it is no title there; the word is left to the other readers.
 */
function titleWithoutName(v: View, m: Match, hits: Hit[]): boolean {
  return hits.every((h) => h.role === 'title' && titleEntry(h.id)?.beforeName) && !nameFollows(v, m.end);
}

/** "Wali Khan": a title only written alone (titles.json alone: "Wali") before a capitalized word is a given name. */
function titleBeforeName(v: View, m: Match, hits: Hit[]): boolean {
  return hits.every((h) => h.role === 'title' && titleEntry(h.id)?.alone) && nameFollows(v, m.end);
}

/**
 * "Mehbooba Mufti Sayeed", "Khalid Maulana Azad": a one-word courtesy title (beforeName, no acronym) right after a
 * word of a name (a given name or no word of the lexicon) is a word of that name; after a portfolio ("Treasury PS
 * Julius Muia") it is still the title.
 */
function courtesyInName(v: View, m: Match, hits: Hit[], items: Item[]): boolean {
  if (v.headline || v.titleCase || m.end !== m.start + 1 || ACRONYM.test(v.toks[m.start]!.text)) return false;
  if (!hits.every((h) => h.role === 'title' && titleEntry(h.id)?.beforeName)) return false;
  const prev = items[items.length - 1];
  if (prev?.type !== 'run' || prev.end !== m.start || v.glued[m.start] || periodBetween(v, m.start)) return false;
  const word = v.keys[m.start - 1]!;
  return isGivenName(word) || lexicalTag(word) === null;
}

/**
 * "Prime Minister Hun Sen said", "Pham Minh Gov": a one-word title the data abbreviates with a period ("Sen.",
 * "Gov."), written without one right after a capitalized word of a run and before no capitalized word, is the
 * last word of that name, no title.
 */
function abbreviationEndsName(v: View, m: Match, hits: Hit[], items: Item[]): boolean {
  if (v.headline || v.titleCase || m.end !== m.start + 1 || v.text[v.toks[m.start]!.end] === '.') return false;
  if (!hits.every((h) => h.role === 'title' && h.surface.endsWith('.'))) return false;
  const prev = items[items.length - 1];
  return prev?.type === 'run' && prev.end === m.start && !v.glued[m.start] && !nameFollows(v, m.end);
}

/**
 * "the High Court of Justice of the Basque Country", "the Court of Justice": a one-word title right after a body's
 * head and "of", with no name after it, is the body's domain, a word of its name (no person after it).
 */
function titleOfBody(v: View, m: Match, hits: Hit[]): boolean {
  const head = v.toks[m.start - 2];
  return (
    m.end === m.start + 1 &&
    v.keys[m.start - 1] === 'of' &&
    !!head &&
    isCap(head) &&
    ORG_CUES.has(v.keys[m.start - 2]!) &&
    hits.every((h) => h.role === 'title') &&
    !nameFollows(v, m.end)
  );
}

/**
 * Where the sentence's fitting place names start, found once per sentence: the place test below asks it for every
 * ambiguous name ("Georgia"), and scanning the whole sentence each time made segmenting quadratic in its length.
 */
interface PlaceStarts {
  at: number[] | null;
}

function placeStarts(v: View): number[] {
  const out: number[] = [];
  for (let k = 0; k < v.keys.length; k++) {
    const m = matchAt(v.keys, k);
    if (m?.hits.some((h) => h.role === 'place' && hitFits(h, surfaceOf(v, m.start, m.end)))) out.push(k);
  }
  return out;
}

/** Lower-case nouns for people after a place that names them ("Georgia businessman", "a Georgia native"). */
const PLACE_PEOPLE = new Set(
  'businessman businesswoman native resident residents voter voters lawmaker lawmakers legislator legislators congressman congresswoman senator delegate delegates official officials politician politicians man woman men women farmer farmers police sheriff prosecutor attorney judge'.split(
    ' ',
  ),
);
/** Titles of a sub-national office: the place "of" names after them is that office's state or city. */
const LOCAL_TITLES = new Set(['gov', 'governor', 'lt', 'mayor', 'sheriff', 'legislature', 'statehouse']);

/** Whether the span [a, b) reads as a sub-national place: a title follows, or the sentence names another place. */
function placeContext(v: View, a: number, b: number, places: PlaceStarts): boolean {
  if (matchAt(v.keys, b)?.hits.some((h) => h.role === 'title')) return true;
  // "Georgia businessman", "Georgia voters": a person named by the place (a country's people take its demonym).
  const next = v.toks[b];
  if (next && LOWER_FIRST.test(next.text) && (PLACE_PEOPLE.has(v.keys[b]!) || PEOPLE_PLURALS.has(v.keys[b]!)))
    return true;
  // "Gov. Brian Kemp of Georgia": the place a governor or mayor named in the sentence serves.
  if (v.keys[a - 1] === 'of' && v.keys.some((k) => LOCAL_TITLES.has(k))) return true;
  places.at ??= placeStarts(v);
  return places.at.some((k) => k !== a);
}

/** Short words written with a period inside names ("St. Louis", "Jr.", "Corp."): no sentence ends there. */
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'jr', 'sr', 'co', 'corp', 'inc', 'bros', 'ltd', 'no']);

/**
 * Whether a full stop and a space stand between tokens i - 1 and i after a whole word ("No, Trump. -H"), so that the
 * sentence splitter missed a break and the two words are no one name; initials and abbreviations ("John F. Kennedy",
 * "St. Louis", "Calif.") are no break.
 */
function periodBetween(v: View, i: number): boolean {
  const prev = v.toks[i - 1]!;
  const gap = v.text.slice(prev.end, v.toks[i]!.start);
  if (!STOP_GAP.test(gap)) return false;
  const key = v.keys[i - 1]!;
  return CAPITALIZED_WORD.test(prev.text) && !NAME_ABBREVIATIONS.has(key) && !US_STATE_ABBREVIATIONS.has(key);
}

/** Whether token i may be part of a capitalized run. */
function chunkable(v: View, i: number, last: Item | undefined): boolean {
  const t = v.toks[i]!;
  // "the 103rd Infantry Brigade", "the 101st Airborne Division": an ordinal opens a military unit's name (two
  // units differ by their number alone).
  if (ORDINAL.test(t.text) && UNIT_WORDS.has(v.keys[i + 1] ?? '') && !!v.toks[i + 1] && isCap(v.toks[i + 1]!))
    return true;
  if (!isCap(t)) return false;
  // A capitalized word the tagger took for a verb inside a name or right after a title ("Loretta Lynch",
  // "Gov. Ted Stroud"): still the name, in running text, unless it is a speech verb ("Trump Says"). In a title-case
  // headline it is the verb ("Super PAC Chief Praises Rubio Donor").
  const verbInName =
    !v.headline &&
    !v.titleCase &&
    t.pos === 'VERB' &&
    last !== undefined &&
    last.end === i &&
    (last.type === 'run' || last.hit.role === 'title') &&
    !SPEECH_AFTER.has(v.keys[i]!) &&
    !EVENT_WORDS.has(v.keys[i]!);
  if (verbInName || speechWordInName(v, i, last)) return true;
  // "fighters under Deny Kogoya", "rebel commander Deny Kogoya": a capitalized word the tagger took for a verb, after
  // a lower-case preposition, verb, conjunction or title and before a proper noun, opens a name in running text
  // (not an honorific: "a former Miss Universe").
  const prevWord = i > 0 ? v.toks[i - 1]! : undefined;
  const nextWord = v.toks[i + 1];
  const verbOpensName =
    !v.headline &&
    !v.titleCase &&
    (t.pos === 'VERB' || t.pos === 'AUX') &&
    !!prevWord &&
    LOWER_FIRST.test(prevWord.text) &&
    (VERB_NAME_AFTER.has(prevWord.pos) || !!titleEntry(prevWord.text)) &&
    !HONORIFICS.has(v.keys[i]!) &&
    !!nextWord &&
    isCap(nextWord) &&
    nextWord.pos === 'PROPN';
  if (verbOpensName) return true;
  // "Partido Liberal", "Frente Amplio", "Estado Mayor Central": a Romance body's head comes first, and the capitalized
  // words after it (adjectives in English) go on with its name.
  if (last?.type === 'run' && last.end === i && romanceBodyKind(v.keys, last.start)) return true;
  // "Theresa May", "Lee Jun-seok": a month's word right after a name's word carries the name on in running text,
  // unless a number or a period makes it a date ("Washington May 3", "Jan. 2").
  const next = v.toks[i + 1];
  const monthInName =
    !v.headline &&
    !v.titleCase &&
    MONTH_WORDS.has(v.keys[i]!) &&
    last?.type === 'run' &&
    last.end === i &&
    v.text[t.end] !== '.' &&
    !(next && /^\d/.test(next.text));
  if (monthInName) return true;
  if (creedInName(v, i, last)) return true;
  // "an ad from Our Principles PAC", "backed by Our Revolution": a capitalized "Our" after a lower-case word, before
  // another capital, opens a name in running text.
  const ours =
    !v.headline &&
    !v.titleCase &&
    v.keys[i] === 'our' &&
    i > 0 &&
    LOWER_FIRST.test(v.toks[i - 1]!.text) &&
    !!next &&
    isCap(next);
  if (ours) return true;
  // "Nicole A. Navas", "Lena I. Ortiz": a capital with a period between two names' words is a middle initial, not
  // the article "a" or the pronoun "I".
  const initial =
    /^\p{Lu}\.?$/u.test(t.text) &&
    (t.text.endsWith('.') || v.text[t.end] === '.') &&
    last?.type === 'run' &&
    last.end === i &&
    !!next &&
    isCap(next);
  if (initial) return true;
  // "P A Sangma", "K A Sengottaiyan": South Asian copy writes initials without periods, so a capital "A" or "I" right
  // after another initial and before a name's word is one more initial, never the article or the pronoun.
  const bareInitial =
    /^\p{Lu}$/u.test(t.text) &&
    last?.type === 'run' &&
    last.end === i &&
    /^\p{Lu}\.?$/u.test(v.toks[i - 1]!.text) &&
    !!next &&
    isCap(next);
  if (bareInitial) return true;
  // "Service Employees International Union", "Sudan Doctors Network": a plural for people continues a name in
  // running text (after a state's name only when the name goes on).
  const nameGoesOn = last?.type === 'run' || (last?.type === 'gaz' && !!v.toks[i + 1] && isCap(v.toks[i + 1]!));
  const inName =
    !v.headline &&
    !v.titleCase &&
    PEOPLE_PLURALS.has(v.keys[i]!) &&
    ((nameGoesOn && last!.end === i) || pluralClosesBody(v, i));
  const opens = OPENS_NAMES.has(v.keys[i]!) && !!v.toks[i + 1] && isCap(v.toks[i + 1]!);
  const bodyWord = !v.headline && !v.titleCase && adjectiveOfBodyName(v, i);
  if (familyBeforeGivenName(v, i)) return true;
  // "Local 7689 of the United Steelworkers" opening a sentence: a union's local is a name (union-locals.ts).
  if (v.keys[i] === 'local' && /^\d{1,5}$/.test(next?.text ?? '')) return true;
  // "Vesterålen Laks AS will close": a company's legal form in capitals goes on with the name before it.
  if (last?.type === 'run' && last.end === i && writtenLegalForm(v, i)) return true;
  return (
    (t.pos === 'PROPN' || bodyWord || (i > 0 && !NOT_IN_NAME.has(t.pos))) &&
    (inName || opens || bodyWord || !NOT_NAMES.has(v.keys[i]!))
  );
}

/**
 * "Oh Min-gyong, who owns the trawler,": a Korean or Chinese family name before a hyphenated given name ("Min-gyong")
 * opens the name even where the tagger reads the word otherwise (the interjection "Oh" opening a sentence).
 */
function familyBeforeGivenName(v: View, i: number): boolean {
  const [given, syllable] = [v.toks[i + 1], v.toks[i + 2]];
  if (!given || !syllable || !v.glued[i + 2] || v.text[given.end] !== '-') return false;
  if (!isCap(given) || !LOWER_FIRST.test(syllable.text)) return false;
  return familyNameFirst([v.keys[i]!, v.keys[i + 1]!, v.keys[i + 2]!]);
}

/**
 * "Mohamed Said Mze", "Ali Saïd Khamis": a speech verb's word written with a capital between two words of a name, in
 * running text, is a word of the name ("Said" is an Arabic name); so is one written with an accent ("Saïd") right
 * after a name's word, which no verb is. A verb opening a sentence or a headline's verb ("Trump Says") is not.
 */
function speechWordInName(v: View, i: number, last: Item | undefined): boolean {
  if (v.headline || v.titleCase || last?.type !== 'run' || last.end !== i || !SPEECH_AFTER.has(v.keys[i]!))
    return false;
  const t = v.toks[i]!;
  const next = v.toks[i + 1];
  const accented = !/^[\x20-\x7e]*$/.test(t.text);
  return accented || (!!next && !v.glued[i + 1] && isCap(next) && next.pos === 'PROPN' && next.sentence === t.sentence);
}

/** Creed words that are also Arabic given names: "Mohammed Shia al-Sudani". */
const CREED_NAMES = new Set(['shia', 'sunni']);

/**
 * "Mohammed Shia al-Sudani": a creed word right after a known given name and before another name's word (a
 * capital, or an "al-" glued to one) is a word of the person's name, not the faith's adjective ("Shia militias").
 */
function creedInName(v: View, i: number, last: Item | undefined): boolean {
  if (!CREED_NAMES.has(v.keys[i]!) || last?.type !== 'run' || last.end !== i || !isGivenName(v.keys[i - 1]!))
    return false;
  const next = v.toks[i + 1];
  if (!next || v.glued[i + 1]) return false;
  return isCap(next) || (NAME_PARTICLES.has(v.keys[i + 1]!) && v.text[next.end] === '-' && !!v.glued[i + 2]);
}
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'ar', 'an', 'az']);

/**
 * "the American Federation of Teachers", "the Federation of American Scientists", "Union of Concerned Scientists":
 * a plural for people after "of" or "for" (over a few capitalized words) closes the name a body's cue word opened.
 */
function pluralClosesBody(v: View, i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - 4; j--) {
    const key = v.keys[j]!;
    if (key === 'of' || key === 'for') return isCap(v.toks[j - 1]!) && ORG_CUES.has(v.keys[j - 1]!);
    if (!isCap(v.toks[j]!)) return false;
  }
  return false;
}

/**
 * "the Social Democratic Party", "the Liberal Democratic Party", "the Islamic Renaissance Party": a capitalized word
 * right before a known body whose name starts with such an adjective (or an adjective right before a known body) is
 * the start of another body's name, not Germany's or Japan's party read as the US Democrats.
 */
function adjectiveJoinsBody(v: View, prev: Item, it: Item): boolean {
  if (prev.type !== 'run' || it.type !== 'gaz' || prev.end !== it.start || v.glued[it.start]) return false;
  if (stateEntry(it.hit.id) || it.hit.role === 'title' || it.hit.role === 'place') return false;
  // "Top Republican Party officials": a common adjective opening the sentence is no word of a name.
  const tag = lexicalTag(v.keys[prev.start]!);
  const opening = prev.start === 0 && prev.end === 1 && tag !== null && tag !== 'PROPN';
  if (BODY_ADJECTIVES.has(v.keys[it.start]!)) return !opening;
  // "the Islamic Renaissance Party" (not "the Republican Senate"): the known name has two words or more.
  return BODY_ADJECTIVES.has(v.keys[prev.end - 1]!) && it.end - it.start >= 2;
}

/** Romance words for "and". */
const ROMANCE_AND = new Set(['y', 'e', 'et']);

const CHURCH_SEES = new Set(['diocese', 'archdiocese', 'eparchy', 'patriarchate', 'synod']);

/**
 * Creed and doctrine adjectives that are words of bodies' names: "Social Democratic Party", "Democratic Alliance";
 * and a continent's, which is no state's ("African Parks Network", "Asian Infrastructure Investment Bank").
 */
const BODY_ADJECTIVES = new Set(
  'all democratic republican liberal conservative islamic islamist christian catholic orthodox protestant arab kurdish jewish muslim african asian european'.split(
    ' ',
  ),
);

/**
 * "the National Democratic Front", "the Democratic Alliance", "the Islamic Renaissance Party", "the All Basotho
 * Convention": such an adjective
 * before another capitalized word that is no title ("Democratic Sen. Chris Murphy") is a word of a body's name.
 */
export function adjectiveOfBodyName(v: View, i: number): boolean {
  const next = v.toks[i + 1];
  if (!BODY_ADJECTIVES.has(v.keys[i]!) || !next || !isCap(next) || v.glued[i + 1]) return false;
  if (titleEntry(v.keys[i + 1]!) || PEOPLE_PLURALS.has(v.keys[i + 1]!)) return false;
  // "the Republican Senate", "Republican Iowa": an adjective before a one-word known name qualifies it.
  if (matchAt(v.keys, i + 1)?.end === i + 2) return false;
  // A body's name ends in its cue word within a few capitalized words ("Republican Jewish Coalition").
  // A church body keeps its bare name: "the (Catholic) Diocese of Nacala" is one diocese however it is introduced.
  // "All People's Congress", "All Progressives Congress": a possessive "'s" inside the name goes on with it.
  for (let j = i + 1; j <= i + 4 && v.toks[j] && (isCap(v.toks[j]!) || v.keys[j] === "'s"); j++)
    if (ORG_CUES.has(v.keys[j]!) || GROUP_CUES.has(v.keys[j]!)) return !CHURCH_SEES.has(v.keys[j]!);
  return false;
}

/** Joins runs across name connectors ("Ahrar al-Sham", "Center for Reconciliation") and "People's". */
export function joinRuns(v: View, items: Item[], knownSurname?: (key: string, at: number) => boolean): Item[] {
  const joined: Item[] = [];
  for (const raw of stateOpenedBodies(
    v,
    namesThroughGaz(v, regionBodies(v, cityClosedBodies(v, ownBodiesOfStates(items)))),
  )) {
    const prev = joined[joined.length - 1];
    const it = familyNameOfBody(v, prev, raw) ? { type: 'run' as const, start: raw.start, end: raw.end } : raw;
    if (prev && !v.headline && adjectiveJoinsBody(v, prev, it)) {
      joined[joined.length - 1] = { type: 'run', start: prev.start, end: it.end };
      continue;
    }
    if (
      prev &&
      (portfolioAfterMinistry(v, prev, it) ||
        surnameAfterInitial(v, prev, it) ||
        givenNameOfState(v, prev, it, knownSurname) ||
        placeInOutletName(v, prev, it) ||
        pluralPossessiveOpensKnown(v, prev, it))
    ) {
      joined[joined.length - 1] = { type: 'run', start: prev.start, end: it.end };
      continue;
    }
    const forName = prev ? genericBodyFor(v, joined, it) : -1;
    if (forName >= 0) {
      joined.splice(forName, joined.length - forName, { type: 'run', start: joined[forName]!.start, end: it.end });
      continue;
    }
    if (prev && it.type === 'run' && prev.type === 'run') {
      // Runs with no word between were split on purpose (a missed sentence break).
      let ok = prev.end < it.start;
      for (let k = prev.end; ok && k < it.start; k++) {
        const key = v.keys[k]!;
        ok =
          CONNECTORS.has(key) ||
          // "Independent Authority Against Corruption": a capitalized "Against" inside a body's title-case name.
          (key === 'against' && v.toks[k]!.text === 'Against' && !v.headline && !v.titleCase) ||
          (key === "'s" && PEOPLES.test(v.keys[k - 1]!)) ||
          pluralPossessiveInName(v, k, prev, it) ||
          // "Estado Mayor de Bloques y Frente", "Libertad y Refundación": a Romance "and" inside a Romance body's name.
          (ROMANCE_AND.has(key) && !!romanceBodyKind(v.keys, prev.start)) ||
          // "Corpo Forestale dello Stato", "Amigos dos Açores": an article joined to "of" inside such a name.
          (ROMANCE_OF.has(key) && !!romanceBodyKind(v.keys, prev.start));
      }
      if (ok && it.start - prev.end <= 2 && !twoNames(v, prev, it, knownSurname)) {
        prev.end = it.end;
        // Only before a body's cue word: "Macy's, Nordstrom, Lord & Taylor" lists stores.
        if (v.keys[it.start - 1] === '&' && ORG_CUES.has(v.keys[it.end - 1]!)) partnersBefore(v, joined);
        continue;
      }
    }
    joined.push(it);
  }
  return qualifiedBodies(v, joined);
}

/**
 * "Michael B. Jordan", "Vernon E. Jordan": a state's one-word name right after a name that ends in a middle initial
 * is that person's surname; an initial never closes a name.
 */
function surnameAfterInitial(v: View, prev: Item, it: Item): boolean {
  if (it.type !== 'gaz' || prev.type !== 'run' || it.start !== prev.end || it.end - it.start !== 1) return false;
  if (!stateEntry(it.hit.id) || prev.end - prev.start < 2) return false;
  return /^\p{Lu}\.$/u.test(v.toks[prev.end - 1]!.text) && !v.glued[it.start];
}

/**
 * "Cuba Gooding Jr.", "Jordan Peterson Jr.": a state's one-word name right before a surname and "Jr." or "Sr." is a
 * person's given name; so is a state's name that is a given name too before the surname of a person the article
 * named ("Jordan Baptiste was a student" after "Jordan Baptiste, 19,").
 */
function givenNameOfState(v: View, prev: Item, it: Item, knownSurname?: KnownSurname): boolean {
  if (prev.type !== 'gaz' || it.type !== 'run' || it.start !== prev.end || prev.end - prev.start !== 1) return false;
  if (!stateEntry(prev.hit.id) || v.glued[it.start]) return false;
  if (it.end - it.start === 1 && STATE_GIVEN_NAMES.has(v.keys[prev.start]!) && !v.titleCase)
    return !!knownSurname?.(v.keys[it.start]!, v.toks[it.start]!.start);
  return it.end - it.start >= 2 && /^(?:jr|sr)\.?$/.test(v.keys[it.end - 1]!);
}

type KnownSurname = (key: string, at: number) => boolean;

/**
 * "the National Congress for Liberty", "the Supreme Council for Islamic Affairs": a name made of generic body words
 * only (a run, a gazetteer word, or a run and a gazetteer word: "National" + "Congress"), then "for" (and "the") and
 * capitalized words, is the start of a longer proper name, not that generic body. Out: the index in `joined` where the
 * name starts, else -1.
 */
function genericBodyFor(v: View, joined: Item[], it: Item): number {
  let at = joined.length - 1;
  const prev = joined[at];
  if (!prev || it.type !== 'run' || v.headline || v.titleCase) return -1;
  if (prev.type === 'gaz' && (stateEntry(prev.hit.id) || prev.hit.role === 'title' || prev.hit.role === 'place'))
    return -1;
  let k = prev.end;
  if (v.keys[k] !== 'for') return -1;
  if (v.keys[k + 1] === 'the') k++;
  while (++k < it.start) if (!isCap(v.toks[k]!) || !LETTERS_ONLY.test(v.toks[k]!.text)) return -1;
  const before = joined[at - 1];
  if (prev.type === 'gaz' && before?.type === 'run' && before.end === prev.start && !v.glued[prev.start]) at--;
  return isGenericBodyName(surfaceOf(v, joined[at]!.start, prev.end)) ? at : -1;
}

/**
 * "the Ministry of Defence and Veterans Affairs": a known body's name after a ministry's name and "and" is the
 * ministry's second portfolio (not the US Department of Veterans Affairs).
 */
function portfolioAfterMinistry(v: View, prev: Item, it: Item): boolean {
  if (it.type !== 'gaz' || it.start !== prev.end + 1 || v.keys[prev.end] !== 'and') return false;
  if (stateEntry(it.hit.id) || it.hit.role === 'title' || it.hit.role === 'place') return false;
  for (let k = prev.start; k < prev.end; k++) if (v.keys[k] === 'ministry' && v.keys[k + 1] === 'of') return true;
  return false;
}

/**
 * "Balochistan Liberation Army", "Sahel Liberation Front", "Chad Liberation Front": a known body's one-word name
 * (the newspaper "Liberation") between a capitalized word (or a state's name) and a body's cue word, all written together, is a word of a longer
 * name: the three become one run.
 */
function namesThroughGaz(v: View, items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const [prev, it, next] = [out[out.length - 1], items[i]!, items[i + 1]];
    const inside =
      it.type === 'gaz' &&
      it.end - it.start === 1 &&
      !stateEntry(it.hit.id) &&
      it.hit.role !== 'title' &&
      !!prev &&
      (prev.end === it.start || peoplesBefore(v, prev, it.start)) &&
      (prev.type === 'run' || prev.hit.role === 'place' || oneWordState(prev)) &&
      next?.type === 'run' &&
      next.start === it.end &&
      (GROUP_CUES.has(v.keys[next.end - 1]!) || ORG_CUES.has(v.keys[next.end - 1]!));
    if (!inside && peoplesBody(v, prev, it)) {
      out[out.length - 1] = { type: 'run', start: prev!.start, end: it.end };
      continue;
    }
    if (!inside) {
      out.push(wordAfterConnector(v, out, it) ? { type: 'run', start: it.start, end: it.end } : it);
      continue;
    }
    out[out.length - 1] = { type: 'run', start: prev.start, end: next.end };
    i++;
  }
  return out;
}

/**
 * "Front for the Liberation of the Enclave of Cabinda": a known body's one-word name that is a common word (the
 * newspaper "Liberation") after "for the" or "of the" inside a capitalized run is a word of that name.
 */
function wordAfterConnector(v: View, out: Item[], it: Item): boolean {
  const prev = out[out.length - 1];
  if (it.type !== 'gaz' || it.end - it.start !== 1 || stateEntry(it.hit.id) || prev?.type !== 'run') return false;
  if (it.hit.role === 'title' || lexicalTag(v.keys[it.start]!) === null) return false;
  const between = v.keys.slice(prev.end, it.start).join(' ');
  return (between === 'for the' || between === 'of the') && !v.headline && !v.titleCase;
}

/**
 * "the Uganda People's Congress", "the People's Assembly": a known body's one-word alias that is a body's word
 * ("Congress", the US one) after "People's" closes another name: "People's" and the word are one run.
 */
function peoplesBody(v: View, prev: Item | undefined, it: Item): boolean {
  if (!prev || prev.type !== 'run' || it.type !== 'gaz' || it.end - it.start !== 1 || it.hit.role !== 'alias')
    return false;
  if (stateEntry(it.hit.id) || !peoplesBefore(v, prev, it.start)) return false;
  return ORG_CUES.has(v.keys[it.start]!) || GROUP_CUES.has(v.keys[it.start]!);
}

/** Plurals whose possessive opens a body's name: "People's", "Workers'". */
const PEOPLES = /^(?:people|women|workers|children|martyrs|veterans)$/;

/**
 * "the Reserve Officers' Training Corps", "the Ghana Nurses' Association": a plural noun's possessive mark inside a
 * name that a body's cue word closes ("Fox News' Washington bureau", "Sanders' Senate race" are owners' things; a
 * body's unit is a body of its own).
 */
function pluralPossessiveInName(v: View, k: number, prev: Item, it: Item): boolean {
  const owner = v.keys[k - 1] ?? '';
  if (v.keys[k] !== "'" || !v.glued[k] || !/[^s]s$/.test(owner) || OWNERS_NOT_PEOPLE.has(owner)) return false;
  // "the D.C. Court of Appeals' Board on Professional Responsibility": a body's own unit, a body of its own.
  for (let j = prev.start; j < k; j++) if (v.keys[j] === 'of' || ORG_CUES.has(v.keys[j]!)) return false;
  const cue = v.keys[it.end - 1]!;
  return (ORG_CUES.has(cue) || GROUP_CUES.has(cue)) && lexicalTag(owner) === 'NOUN';
}
/**
 * "the Peoples' Democratic Party": a plural noun's possessive right before a known body's name opens another body's
 * name (Turkey's HDP is no "Democratic Party"), as inside a run (pluralPossessiveInName).
 */
function pluralPossessiveOpensKnown(v: View, prev: Item, it: Item): boolean {
  if (prev.type !== 'run' || it.type !== 'gaz' || stateEntry(it.hit.id) || it.start !== prev.end + 1) return false;
  return it.hit.role !== 'title' && it.hit.role !== 'place' && pluralPossessiveInName(v, prev.end, prev, it);
}

/** Plural-looking words that name a paper or a state, not people: "The Times' Jerusalem bureau". */
const OWNERS_NOT_PEOPLE = new Set(['times', 'states', 'nations', 'emirates', 'islands', 'philippines']);

/** "People's Liberation Guerrilla Army": a run ending in "People" with "'s" between it and token `at`. */
function peoplesBefore(v: View, prev: Item, at: number): boolean {
  return prev.end === at - 1 && v.keys[prev.end] === "'s" && PEOPLES.test(v.keys[prev.end - 1]!);
}

/**
 * "the Uganda People's Defence Force", "the Sudan People's Liberation Army": a state's name right before a known body
 * of another state (Myanmar's People's Defence Force, China's People's Liberation Army) names a body of its own:
 * the two become one run, read like any other name.
 */
function ownBodiesOfStates(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    const home = it.type === 'gaz' && !stateEntry(it.hit.id) ? homeStateOf(it.hit.id) : undefined;
    if (prev && home && isStateItem(prev) && prev.end === it.start && prev.hit.id !== home)
      out[out.length - 1] = { type: 'run', start: prev.start, end: it.end };
    else out.push(it);
  }
  return out;
}

/** The state a known body's id is keyed under ("china-military" → "china"), if any. */
function homeStateOf(id: string): string | undefined {
  for (let i = id.indexOf('-'); i > 0; i = id.indexOf('-', i + 1)) {
    const head = id.slice(0, i);
    if (stateEntry(head)) return head;
  }
  return undefined;
}

/** "Sudan", "Chad" by name: a state's one-word name can open a body's name ("the Sudan Liberation Movement"). */
const oneWordState = (it: Item) =>
  it.type === 'gaz' && it.end - it.start === 1 && it.hit.role === 'name' && !!stateEntry(it.hit.id);

/** Particles that open an Arabic family name written with a hyphen ("al-Houthi", "bin Laden"). */
const FAMILY_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu']);

/**
 * "Abdul-Malik al-Houthi", "Mohammed Ali al-Houthi": a body's one-word name after a given name and a lower-case
 * particle is that person's family name (named after the movement or the clan), not the body acting.
 */
function familyNameOfBody(v: View, prev: Item | undefined, it: Item): boolean {
  if (it.type !== 'gaz' || prev?.type !== 'run' || it.end - it.start !== 1 || it.start - prev.end !== 1) return false;
  const particle = v.toks[prev.end]!;
  if (!FAMILY_PARTICLES.has(v.keys[prev.end]!) || !/^\p{Ll}/u.test(particle.text)) return false;
  return !stateEntry(it.hit.id) && it.hit.role !== 'place' && it.hit.role !== 'title';
}

/**
 * "Bill, Hillary & Chelsea Clinton Foundation": the names listed with commas before a body's "&" are its own; the
 * last item of `joined` (the body) takes in the one-word runs before it.
 */
function partnersBefore(v: View, joined: Item[]): void {
  const body = joined[joined.length - 1]!;
  while (joined.length >= 2) {
    const before = joined[joined.length - 2]!;
    if (before.type !== 'run' || before.end - before.start !== 1 || before.end !== body.start - 1) return;
    if (v.keys[before.end] !== ',') return;
    body.start = before.start;
    joined.splice(joined.length - 2, 1);
  }
}

/**
 * Arabic particles that are also English words ("at", "as", "an", "ad"): inside a name they are written with a
 * hyphen ("Hay'at at-Tahrir"); with spaces they join two names ("Trump at the Tampa Convention Center").
 */
const HYPHEN_PARTICLES = new Set(['at', 'as', 'an', 'ad']);

/**
 * Whether the connector between two adjacent items separates two actors rather than joining one name: an "at" or
 * "as" with spaces ("Okafor at the Lagos Business School"), "and the" ("the Interior Ministry and the Red Cross"),
 * a body's full name on each side of "and" (a cue word ending the first, one in the second: "Makerere University
 * and Mulago Hospital"), or a person named before the "and" ("Ruto and Odinga"). "Bill and Melinda Gates
 * Foundation" and "Department of Health and Human Services" stay one name.
 */
/** "University of Texas at Austin": a university's name, then a place (no cue word) after "at". */
function campus(v: View, a: Item, b: Item): boolean {
  if (b.type !== 'run' || v.keys[b.start - 1] === 'the') return false;
  let uni = false;
  for (let k = a.start; k < a.end; k++) uni ||= v.keys[k] === 'university' || v.keys[k] === 'college';
  for (let k = b.start; k < b.end; k++) if (ORG_CUES.has(v.keys[k]!) || GROUP_CUES.has(v.keys[k]!)) return false;
  return uni;
}

/** Words that go on a body's name after "and": "First National Bank and Trust", "Institute of Science and Technology". */
const NAME_GOES_ON = new Set(
  'trust savings loan loans development research technology technologies science sciences services industries engineering arts affairs'.split(
    ' ',
  ),
);

/** "Center for Media and Public Affairs": a name with "for" or "of" inside may go on after "and". */
function innerWord(v: View, it: Item): boolean {
  for (let k = it.start; k < it.end; k++) if (INNER_ONLY.has(v.keys[k]!)) return true;
  return false;
}

/**
 * "the Podesta Group and Mercury", "V F Corp. and Thermo Fisher Scientific": after a body's whole name, a short
 * run of capitals the sentence does not go on with is a second name, not the end of the first.
 */
function shortNameAfter(v: View, b: Item): boolean {
  if (b.type !== 'run' || b.end - b.start > 3) return false;
  for (let k = b.start; k < b.end; k++) if (NAME_GOES_ON.has(v.keys[k]!) || INNER_ONLY.has(v.keys[k]!)) return false;
  const next = v.toks[b.end];
  return !next || !isCap(next);
}

/** A state's armed or police service's name alone ("Navy", "Air Force", "Police", "Coast Guard"). */
const SERVICES = new Set([...SERVICE_NAMES.map((w) => w.join(' ')), 'police', 'coast guard', 'gendarmerie']);

/** Whether an item is a run of a service's name alone ("Navy", "Air Force"). */
const serviceRun = (v: View, it: Item) => it.type === 'run' && SERVICES.has(v.keys.slice(it.start, it.end).join(' '));

export function twoNames(v: View, a: Item, b: Item, knownSurname?: (key: string, at: number) => boolean): boolean {
  const gap = v.keys.slice(a.end, b.start);
  if (!gap.length) return false;
  // "University of California at Berkeley": a campus, one name.
  if (HYPHEN_PARTICLES.has(gap[0]!) && !v.glued[a.end + 1]) return !(gap[0] === 'at' && campus(v, a, b));
  if (gap[0] !== 'and' && gap[0] !== '&') return false;
  if (gap[1] === 'the') return true;
  const cue = (k: number) => ORG_CUES.has(v.keys[k]!) || GROUP_CUES.has(v.keys[k]!) || OUTLET_CUES.has(v.keys[k]!);
  const whole = (it: Item, last: boolean) => {
    if (it.type === 'gaz') return it.hit.role === 'name' || it.hit.role === 'alias';
    if (it.end - it.start < 2) return false;
    if (last) return cue(it.end - 1);
    for (let k = it.start; k < it.end; k++) if (cue(k)) return true;
    return false;
  };
  if (whole(a, true) && whole(b, false)) return true;
  // "Navy and Army personnel", "Police and Army units": two services, each a body of its own.
  if (gap.length === 1 && serviceRun(v, a) && serviceRun(v, b)) return true;
  if (gap[0] === 'and' && whole(a, true) && !innerWord(v, a) && shortNameAfter(v, b)) return true;
  // "AFN and NARF": two acronyms, each a body's ("AT&T", glued, stays one).
  const acronym = (it: Item) => it.end - it.start === 1 && /^[A-Z]{2,}$/.test(v.toks[it.start]!.text);
  if (gap.length === 1 && acronym(a) && acronym(b)) return true;
  return a.type === 'run' && a.end - a.start === 1 && !!knownSurname?.(v.keys[a.start]!, v.toks[a.start]!.start);
}
