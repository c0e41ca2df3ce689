// Two place keys (graph/incidents/key.ts placeKey) that are one name spelled two ways. In: two keys. Out: whether
// outlets wrote one place: the same letters once spaces, hyphens and doubled letters go ("Ba Cho" / "Bacho",
// "Tassia" / "Tasia"), or, in a longer name, the same sound and one letter added, dropped, changed or swapped
// ("Kawuri" / "Kauwri", "Koundjouare" / "Koundjoare"). Stored ids are untouched: the loader meets the other spelling
// by its sound (placeLookups), and the matcher decides here.
import { compactSpelling, placeSound } from './key.ts';

/** The fewest letters a name needs before one edit with the same sound says it is the same name. */
const EDITED_MIN = 6;

/** One letter added, dropped or changed, or two neighbours swapped (Damerau distance 1). */
export function oneEditOrSwap(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.length !== l.length) return s.slice(i) === l.slice(i + 1);
  if (s.slice(i + 1) === l.slice(i + 1)) return true;
  return s[i] === l[i + 1] && s[i + 1] === l[i] && s.slice(i + 2) === l.slice(i + 2);
}

/** Whether two different place keys are one name spelled two ways (see the file header). */
export function spelledAlike(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return !!a && a === b;
  const [x, y] = [compactSpelling(a), compactSpelling(b)];
  if (x.length < 4 || y.length < 4) return false;
  if (x === y) return true;
  if (Math.min(x.length, y.length) < EDITED_MIN || !oneEditOrSwap(x, y)) return false;
  const sound = placeSound(a);
  return sound !== null && sound === placeSound(b);
}
