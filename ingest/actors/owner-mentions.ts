// The owner a body's mention opens with ("China's foreign ministry", "the US State Department", "Chinese foreign
// ministry", "UN children's agency UNICEF"): the text names the owner there too, so the owner gets those words as a
// mention of its own, nested in the body's. Without it the state named only so is found nowhere in the article but
// inside its ministry, and whoever reads the article's mentions (the viewer, the scorer) takes the ministry for it.
// Only an owner the article already has as an actor (its affiliation): a body's name alone brings in no new actor.
// In: the article's actors (mentions sorted) and text. Out: the same actors, owners' mentions added and sorted.
import { normalizeName } from '../../graph/names.ts';
import type { Actor } from '../../graph/schema.ts';
import { stateOfKey } from '../gazetteer/index.ts';

type Span = [number, number];

/**
 * Where a mention may name its owner: up to three words it opens with, after "the", each without a possessive,
 * longest first ("China's", "US", "UN"); then the words after its last "of", after "the" ("Border Troops of
 * Tajikistan").
 */
function ownerSpans(text: string, [s, e]: Span): Span[] {
  const written = text.slice(s, e);
  const lead = /^the\s+/i.exec(written)?.[0].length ?? 0;
  const words = [...written.slice(lead).matchAll(/\S+/g)];
  const spans: Span[] = [];
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const last = words[n - 1]!;
    const end = lead + last.index + last[0].replace(/[’']s$/, '').length;
    spans.push([s + lead, s + end]);
  }
  const of = /\sof\s+(?:the\s+)?(?=\S)/g;
  let after = -1;
  for (let m = of.exec(written); m; m = of.exec(written)) after = m.index + m[0].length;
  if (after > 0) spans.push([s + after, e]);
  return spans;
}

/** Whether the written words name the owner: its name or an alias, or a demonym or name of the state it is. */
function namesOwner(owner: Actor, written: string): boolean {
  const normal = normalizeName(written);
  // "U.S.", "U.N.": initials with points are the acronym.
  const key = /^(?:\p{L} )+\p{L}$/u.test(normal) ? normal.replace(/ /g, '') : normal;
  if (!key) return false;
  if (owner.kind === 'state' && stateOfKey(key) === owner.id) return true;
  return [owner.name, ...owner.aliases].some((f) => normalizeName(f) === key || normalizeName(f) === normal);
}

export function nestOwnerMentions(actors: Actor[], text: string): Actor[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const added = new Map<string, Span[]>();
  for (const body of actors) {
    const owner = body.affiliation && body.kind !== 'person' ? byId.get(body.affiliation) : undefined;
    if (!owner || owner === body) continue;
    for (const m of body.mentions) {
      const span = ownerSpans(text, m as Span).find(([a, b]) => namesOwner(owner, text.slice(a, b)));
      const taken = [...owner.mentions, ...(added.get(owner.id) ?? [])];
      if (span && !taken.some(([a, b]) => a < span[1] && span[0] < b))
        added.set(owner.id, [...(added.get(owner.id) ?? []), span]);
    }
  }
  if (!added.size) return actors;
  return actors.map((a) =>
    added.has(a.id)
      ? { ...a, mentions: [...a.mentions, ...added.get(a.id)!].sort((x, y) => x[0] - y[0] || x[1] - y[1]) }
      : a,
  );
}
