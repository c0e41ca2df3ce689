// A trade union's local, written "United Steelworkers Local 7689", "UFCW Local 1518" or "Local 7689 of the United
// Steelworkers of America", and "Local 2020" alone in an article that names the union's locals: one body per union
// and number, named "<Union> Local <number>", never a person ("United Steelworkers Local") nor the union itself.
// In: a View and its items from x. Out: the local's actor and mention; the items it covers marked used.
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import { isCap, type Item, surfaceOf, type View } from './view.ts';

/** A local's number: one to five digits. */
const NUMBER = /^\d{1,5}$/;
/** Words a union's name may hold between its capitalized words ("United Food and Commercial Workers"). */
const INNER = new Set(['of', 'and', '&']);
/** "United Steelworkers of America" is "United Steelworkers": the union's country closing its old style. */
const COUNTRY_STYLE = /\s+of\s+(?:North\s+)?(?:America|Canada)$/;
/** The union named with a local in the text: "<Union> Local 12", "Local 12 of (the) <Union>". */
const UNION_BEFORE = /((?:\p{Lu}[\p{L}&'’.-]*\s+(?:(?:of|and|&)\s+)?)+)Local\s+\d{1,5}\b/gu;
const UNION_AFTER =
  /\bLocal\s+\d{1,5},?\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}'’.-]*)*)/gu;

/** A union's name as its locals are keyed: no "the", no closing "of America". */
function unionName(name: string): string {
  return name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(COUNTRY_STYLE, '')
    .replace(/\s+(?:of|and|&)$/, '');
}

/** The unions the article names with a local number ("United Steelworkers"), keyed as unionName. */
export function unionsWithLocals(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(UNION_BEFORE)) {
    const name = unionName(m[1]!);
    if (name && !/^(?:The|A|An)$/.test(name)) out.add(name);
  }
  for (const m of text.matchAll(UNION_AFTER)) out.add(unionName(m[1]!));
  return out;
}

/** Capitalized tokens from k on, with inner "of"/"and" between capitals: where a union's name written there ends. */
function capitalsEnd(v: View, k: number): number {
  let e = k;
  while (e < v.toks.length) {
    if (isCap(v.toks[e]!) && v.keys[e] !== 'local') e++;
    else if (INNER.has(v.keys[e]!) && e > k && v.toks[e + 1] && isCap(v.toks[e + 1]!)) e++;
    else break;
  }
  return e;
}

/** Records the local and marks the items from x that start before token `end` used. */
function record(
  sc: Scan,
  v: View,
  union: string,
  n: string,
  a: number,
  end: number,
  joined: Item[],
  x: number,
  used: Set<Item>,
) {
  const name = `${union} Local ${n}`;
  const d = sc.reg.ensure(slugify(name), name, 'organization');
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[end - 1]!.end, 'name', surfaceOf(v, a, end));
  for (let y = x; y < joined.length && joined[y]!.start < end; y++) used.add(joined[y]!);
}

/** Whether token k is a capitalized "Local" before a number. */
const localAt = (v: View, k: number): boolean =>
  v.keys[k] === 'local' && isCap(v.toks[k]!) && NUMBER.test(v.toks[k + 1]?.text ?? '');

/** Reads a union's local within item x; true when it did. */
export function unionLocal(sc: Scan, v: View, joined: Item[], x: number, used: Set<Item>): boolean {
  const it = joined[x]!;
  let k = it.start;
  while (k < it.end && !localAt(v, k)) k++;
  if (k >= it.end) return false;
  // The union's name right before "Local": capitalized words and their inner "of"/"and", back from k.
  let a = k;
  while (a > it.start && (isCap(v.toks[a - 1]!) || (INNER.has(v.keys[a - 1]!) && a - 1 > it.start))) a--;
  while (a < k && (INNER.has(v.keys[a]!) || v.keys[a] === 'the')) a++;
  const n = v.toks[k + 1]!.text;
  // "United Steelworkers Local 7689", "UFCW Local 1518".
  if (a < k) {
    record(sc, v, unionName(surfaceOf(v, a, k)), n, a, k + 2, joined, x, used);
    return true;
  }
  // "Local 7689 of the United Steelworkers of America".
  let j = k + 2;
  if (v.keys[j] === ',') j++;
  if (v.keys[j] === 'of') {
    const from = v.keys[j + 1] === 'the' ? j + 2 : j + 1;
    const end = capitalsEnd(v, from);
    if (end > from) {
      record(sc, v, unionName(surfaceOf(v, from, end)), n, k, end, joined, x, used);
      return true;
    }
  }
  // "Local 2020" alone is the local of the one union the article names with locals.
  const unions = sc.unionsWithLocals ?? (sc.unionsWithLocals = unionsWithLocals(sc.text));
  if (unions.size !== 1) return false;
  record(sc, v, [...unions][0]!, n, k, k + 2, joined, x, used);
  return true;
}
