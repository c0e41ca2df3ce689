// Appositives after a person's name that give a role and an affiliation: "X, head of the Russian Center ...",
// "X, a spokesman for the ministry", "X, the Kremlin spokesman,". In: a View, the name's end, the sentence's
// items. Out: a pending affiliation on the Scan (resolved once every body of the article is known); its role alone
// when the preposition's object names no body ("X, the spokesman for the governor,").
import { tokenKey } from '../gazetteer/keys.ts';
import { APPOSITIVE_HEADS } from './lexicon.ts';
import type { Scan } from './scan.ts';
import type { Item, View } from './view.ts';

/** Reads the appositive after a person's name ending at token b (item x of `joined`). */
export function appositive(sc: Scan, v: View, b: number, personId: string, joined: Item[], x: number): void {
  const text = sc.text;
  if (v.toks[b]?.text !== ',' && tokenKey(text.slice(v.toks[b - 1]!.end, v.toks[b - 1]!.end + 1)) !== ',') {
    if (text[v.toks[b - 1]!.end] !== ',') return;
  }
  let k = v.toks[b]?.text === ',' ? b + 1 : b;
  if (v.keys[k] === 'the' || v.keys[k] === 'a' || v.keys[k] === 'an') k++;
  const first = k;
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
    // "X, Al Shabaab's spokesman,": a possessive may close the body's name.
    const end = v.keys[k - 1] === "'s" ? k - 1 : k;
    if (body && body.end === end && (body.type === 'run' || (body.hit.role !== 'title' && body.hit.role !== 'place')))
      sc.pendingAffiliations.push({
        personId,
        at: v.toks[body.start]!.start,
        role,
        id: body.type === 'gaz' ? body.hit.id : undefined,
      });
    return;
  }
  const target = joined.slice(x + 1).find((j) => j.start > k + 1);
  const at = target && target.start <= k + 4 ? v.toks[target.start]!.start : -1;
  // "X, the spokesman for the Helmand governor,": a title, not a body, after the preposition still gives the role,
  // when the role word opens the appositive ("the attorney general of Oklahoma" is not a "general").
  if (at >= 0 || k === first) sc.pendingAffiliations.push({ personId, at, role, opens: k === first });
}
