// A nickname in quotes or a short form in brackets inside a person's name (Jimmy "Barbecue" Cherizier, Joaquin "El
// Chapo" Guzman, Giorgi (Gia) Kvaratskhelia): the person is the name around it and the nickname one more name of theirs. In: the items of a sentence from run x on.
// Out: the person, with the nickname as an alias mention; its three runs marked used.
import { personFrom } from './proper-nouns.ts';
import type { Scan } from './scan.ts';
import type { Item, View } from './view.ts';

type Person = NonNullable<ReturnType<typeof personFrom>>;

const OPENING = new Set(['"', '“', "'", '‘']);
const CLOSING = new Set(['"', '”', "'", '’']);

/** Whether exactly one token, a quote of `kinds`, lies between tokens `end` and `start`. */
const quoteBetween = (v: View, end: number, start: number, kinds: Set<string>) =>
  start === end + 1 && kinds.has(v.toks[end]!.text);

/**
 * `Irakli (Ika) Tsintsadze`, `Giorgi (Gia) Kvaratskhelia`: a one-word short form in brackets between a given name and
 * a family name of one word each, no acronym ("Abdullah (ISIS) Ali" is no name).
 */
function shortForm(v: View, given: Item, nick: Item, family: Item): boolean {
  if (given.end - given.start !== 1 || nick.end - nick.start !== 1 || family.end - family.start !== 1) return false;
  if (!quoteBetween(v, given.end, nick.start, BRACKET_OPEN) || !quoteBetween(v, nick.end, family.start, BRACKET_CLOSE))
    return false;
  return /^\p{Lu}\p{Ll}+$/u.test(v.toks[nick.start]!.text);
}

const BRACKET_OPEN = new Set(['(']);
const BRACKET_CLOSE = new Set([')']);

/**
 * Reads `Given "Nickname" Surname` or `Given (Short) Surname` from run x; the person when it did, null otherwise. A
 * title before it ("Gov. Lourdes \"Lou\" Leon Guerrero") is read by ingest/actors/titles.ts, which asks here first.
 */
export function nicknamedPerson(sc: Scan, v: View, joined: Item[], x: number, used: Set<Item>): Person | null {
  const [given, nick, family] = [joined[x], joined[x + 1], joined[x + 2]];
  if (given?.type !== 'run' || nick?.type !== 'run' || family?.type !== 'run') return null;
  if (given.end - given.start > 2 || nick.end - nick.start > 3 || family.end - family.start > 2) return null;
  const quoted = quoteBetween(v, given.end, nick.start, OPENING) && quoteBetween(v, nick.end, family.start, CLOSING);
  if (!quoted && !shortForm(v, given, nick, family)) return null;
  // The quotes hug the nickname and spaces stand around them: a quotation is no nickname.
  if (v.glued[given.end] || !v.glued[nick.start] || !v.glued[nick.end] || v.glued[family.start]) return null;
  const p = personFrom(sc, v, given.start, family.end, [given.end, family.start]);
  if (!p) return null;
  const nickname = v.text.slice(v.toks[nick.start]!.start, v.toks[nick.end - 1]!.end);
  sc.reg.mention(p.id, v.toks[nick.start]!.start, v.toks[nick.end - 1]!.end, 'alias', nickname);
  for (const it of [given, nick, family]) used.add(it);
  return p;
}

/** Words that introduce the name a person goes by: `X, alias "Y"`, `X, aka Y`. */
const ALIAS_WORDS = new Set(['alias', 'aka', 'a.k.a.', 'a.k.a']);

/**
 * `Néstor Gregorio Vera, alias "Iván Mordisco"`: a person and the name they go by, written as a full name. News
 * names such a person by the alias ("a commander known as Iván Mordisco"), so the alias becomes the person's name
 * (and id) and the legal name an alias: the two meet across articles. True when it read one.
 */
export function aliasedPerson(sc: Scan, v: View, joined: Item[], x: number, used: Set<Item>): boolean {
  const [named, alias] = [joined[x], joined[x + 1]];
  if (named?.type !== 'run' || alias?.type !== 'run' || named.end - named.start < 2) return false;
  let k = named.end;
  if (v.keys[k] !== ',' || !ALIAS_WORDS.has(v.keys[k + 1] ?? '')) return false;
  k += 2;
  const quoted = OPENING.has(v.toks[k]?.text ?? '');
  if (quoted) k++;
  if (alias.start !== k || alias.end - alias.start < 2 || alias.end - alias.start > 3) return false;
  if (quoted && !CLOSING.has(v.toks[alias.end]?.text ?? '')) return false;
  const p = personFrom(sc, v, named.start, named.end);
  if (!p) return false;
  const name = v.text.slice(v.toks[alias.start]!.start, v.toks[alias.end - 1]!.end);
  sc.reg.mention(p.id, v.toks[alias.start]!.start, v.toks[alias.end - 1]!.end, 'alias', name);
  sc.reg.rename(p.id, name);
  used.add(named).add(alias);
  return true;
}
