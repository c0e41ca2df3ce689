// Outlets the gazetteer does not know, read from how the story uses their names: the page's own outlet (its
// credit line or dateline: clean/meta.ts), and a name standing in outlet-shaped slots (outlet-slots.ts) that
// nothing else in the article makes a person or a body.
// In: a capitalized run of a sentence. Out: the outlet and its mention on the Scan, or false.
import { isBurmeseName } from '../../graph/names.ts';
import { outletByName, titleEntry } from '../gazetteer/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { GROUP_CUES, HONORIFICS, ORG_CUES } from './lexicon.ts';
import { slugify } from './registry.ts';
import { isGivenName } from './role-prefix.ts';
import type { Scan } from './scan.ts';
import { surfaceOf, type View } from './view.ts';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a one-word name may be an outlet's: a word of no lexicon ("Kloop", "Setopati", "Al-Watwan"), or an
 * acronym ("ATPE"); not a given name ("told Amina"), nor a common word ("Officials reported").
 */
function outletWord(sc: Scan, v: View, a: number, b: number): boolean {
  const w = surfaceOf(v, a, b);
  if (isGivenName(w) || sc.reg.hasSurname(v.keys[a]!, v.toks[a]!.start) || givenOfPerson(sc, v.keys[a]!)) return false;
  return /^\p{Lu}{2,6}$/u.test(w) || w.split('-').every((p) => lexicalTag(p.toLowerCase()) === null);
}

/** Whether a person of the article has this given name ("Officer Amina Yusuf ... told Amina"). */
const givenOfPerson = (sc: Scan, key: string) => sc.reg.all().some((d) => d.kind === 'person' && d.first === key);

/**
 * Whether a name of several words may be an outlet's: no given name first ("told Anita Persaud"), no title or
 * honorific in it ("according to Interior Minister X"), no word of a body ("Health Ministry") or of a person the
 * article named ("Persaud").
 */
function outletWords(sc: Scan, v: View, a: number, b: number): boolean {
  // "according to Hline Myat Thu": a Burmese name has no given name the gazetteer knows, but its words are known.
  if (isGivenName(v.toks[a]!.text) || isBurmeseName(v.keys.slice(a, b))) return false;
  for (let k = a; k < b; k++) {
    const key = v.keys[k]!;
    if (HONORIFICS.has(key) || titleEntry(v.toks[k]!.text) || ORG_CUES.has(key) || GROUP_CUES.has(key)) return false;
    if (sc.reg.hasSurname(key, v.toks[a]!.start)) return false;
  }
  return true;
}

/** The id and name an outlet of this name gets: the page's own outlet keeps the id publisher() gives it. */
function outletDraft(sc: Scan, name: string) {
  const known = outletByName(name);
  const d = known ? sc.reg.ensure(known.id, known.name, 'outlet') : sc.reg.ensure(slugify(name), name, 'outlet');
  // A mention read as a person's name before the slot was seen ("Haveeru" in a headline) is the outlet's.
  if (d.kind === 'person') d.kind = 'outlet';
  return d;
}

/**
 * Whether a run names the page's own outlet: its name, or its last words when they are two or more ("the Daily
 * Post" on the Vanuatu Daily Post's page).
 */
function ownName(own: string, name: string): boolean {
  const [o, n] = [fold(own), fold(name)];
  return o === n || (n.includes(' ') && o.endsWith(` ${n}`));
}

/**
 * Records tokens [a, b) as an outlet when the page names itself so (its credit line, "Haveeru Online"), or when
 * the name stands in outlet-shaped slots: a strong one; for a one-word name also "told X", or two citing slots
 * ("according to X", "X reported": a firm's name stands there too). A longer name is a person's when told things
 * ("told Anita Persaud").
 */
export function outletRun(sc: Scan, v: View, a: number, b: number): boolean {
  if (v.headline) return false;
  const name = surfaceOf(v, a, b);
  const own = sc.ownOutlet && ownName(sc.ownOutlet, name) ? sc.ownOutlet : null;
  if (!own) {
    const slot = sc.outletSlots?.get(name);
    if (!slot) return false;
    const oneWord = !name.includes(' ');
    const enough = slot.strong > 0 || (oneWord && (slot.told > 0 || slot.cited > 1));
    if (!enough || (oneWord && !outletWord(sc, v, a, b))) return false;
    if (!oneWord && !outletWords(sc, v, a, b)) return false;
  }
  const d = outletDraft(sc, own ?? name);
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[b - 1]!.end, 'name', name);
  return true;
}
