// "told Parliament", "Parliament passed the bill": the legislature written capitalized with no name of its own is
// the story state's (forces.ts storyState), the body "Timorese parliament" and "the National Parliament" of that state
// key to (`<state>-parliament`); the one legislature the article names ("European Parliament", "Kenya's parliament")
// is the one it stands for; with several named, none is read. In: the Scan after the recognisers. Out: descriptor
// mentions of the state's parliament.
import { storyState } from './forces.ts';
import { type Scan, stateBody } from './scan.ts';

/** "Parliament" alone: no capitalized word right before it (but a sentence's first) or after it. */
const BARE = /(?<![\p{Lu}][\p{L}'’-]*\s)(?<![\p{L}-])Parliament\b(?!['’]s?\s+\p{Lu}|\s+\p{Lu}|-)/gu;

export function settleBareParliaments(sc: Scan): void {
  if (!sc.text.includes('Parliament')) return;
  const spans = [...sc.text.matchAll(BARE)].map((m) => [m.index, m.index + m[0].length] as const);
  if (!spans.length) return;
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  // The one legislature the article names is the one the bare word stands for; with several, none is read.
  const named = sc.reg.all().filter((d) => d.kind !== 'state' && /parliament/i.test(d.name) && d.mentions.length);
  const state = named.length ? null : storyState(sc);
  if (named.length > 1 || (!named.length && !state)) return;
  for (const [start, end] of spans) {
    if (taken.has(start)) continue;
    const d = named[0] ?? stateBody(sc, state!, 'parliament', 'parliament');
    sc.reg.mention(d.id, start, end, 'descriptor', 'Parliament');
  }
}
