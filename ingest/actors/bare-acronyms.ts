// "handled by the NWA", "the MEC followed every procedure", "the DPP's former health minister": an acronym the article
// never spells out, after "the" and heading its noun phrase, names a body as much as a subject or a speaker does
// (attribution finds those). In: the token of a one-word run. Out: the body recorded (an organization named as
// written, which graph/identity.ts keys by its state); true if so. Words in capitals English has ("the GDP", "the
// CEO", "the IED") and titles' initials ("the DC") are no bodies.
import { lexicalTag } from '../nlp/tagger.ts';
import { spellsTitle } from './post-acronyms.ts';
import { slugify } from './registry.ts';
import { isGivenName } from './role-prefix.ts';
import type { Scan } from './scan.ts';
import { isCap, type View } from './view.ts';

/** An acronym of two to seven capitals ("NWA", "SODELPA"). */
const BARE_ACRONYM = /^[A-Z]{2,7}$/;

/** Whether token a heads its noun phrase: the text goes on in lower case or punctuation, or a possessive follows. */
function headsPhrase(v: View, a: number): boolean {
  const next = v.toks[a + 1];
  if (!next) return true;
  if (v.glued[a + 1]) return v.keys[a + 1] === "'s" || /^[.,;:!?)"”]/.test(next.text);
  return !isCap(next);
}

/** Records "the <ACRONYM>" as a body when it heads its phrase; true if so. */
export function acronymAfterThe(sc: Scan, v: View, a: number): boolean {
  const word = v.toks[a]!.text;
  if (v.keys[a - 1] !== 'the' || !BARE_ACRONYM.test(word) || !headsPhrase(v, a)) return false;
  if (spellsTitle(word) || lexicalTag(word.toLowerCase()) !== null || isGivenName(v.keys[a]!)) return false;
  const d = sc.reg.ensure(slugify(word), word, 'organization');
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[a]!.end, 'name', word);
  return true;
}
