// "told Parliament", "Parliament passed the bill", "told parliament on Tuesday": the legislature written with no name
// of its own is the story state's (forces.ts storyState), the body "Timorese parliament" and "the National Parliament"
// of that state key to (`<state>-parliament`); the one legislature the article names ("European Parliament", "Kenya's
// parliament") is the one it stands for; with several named, none is read. In: the Scan after the recognisers. Out:
// descriptor mentions of the state's parliament.
import { storyState } from './forces.ts';
import { type Scan, stateBody } from './scan.ts';

/** "Parliament" alone: no capitalized word right before it (but a sentence's first) or after it. */
const BARE = /(?<![\p{Lu}][\p{L}'’-]*\s)(?<![\p{L}-])Parliament\b(?!['’]s?\s+\p{Lu}|\s+\p{Lu}|-)/gu;

/**
 * "parliament" in lower case, as Reuters and AP write a state's legislature: right after a verb or preposition that
 * takes it as its object ("told parliament", "without consulting parliament", "in parliament", "the parliament") and
 * followed by no noun it would qualify ("parliament speaker", "parliament member") nor a name ("parliament of X").
 * Never after a qualifying word ("the regional parliament", "Kenya's parliament", "European parliament").
 */
const LOWER = new RegExp(
  String.raw`(?<=\b(?:told|tell|tells|telling|addressed|addressing|address|consulting|consult|consulted|dissolved|` +
    String.raw`dissolve|dissolving|suspended|convened|before|to|in|by|through|from|the)\s)parliament\b` +
    String.raw`(?=\s*[.,;:!?)"”]|\s+(?:on|that|to|in|and|or|for|last|this|next|after|before|said|says|passed|voted|` +
    String.raw`approved|rejected|adopted|has|had|was|is|will|would|could|must|should|when|which|where|since|until|` +
    String.raw`as|but|over|with|by|earlier|later|yesterday|today|tomorrow)\b)`,
  'g',
);

const spansOf = (text: string, re: RegExp) =>
  [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length, m[0]] as const);

export function settleBareParliaments(sc: Scan): void {
  if (!/parliament/i.test(sc.text)) return;
  const spans = [...spansOf(sc.text, BARE), ...spansOf(sc.text, LOWER)];
  if (!spans.length) return;
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  // The one legislature the article names is the one the bare word stands for; with several, none is read.
  const named = sc.reg.all().filter((d) => d.kind !== 'state' && /parliament/i.test(d.name) && d.mentions.length);
  const state = named.length ? null : storyState(sc);
  if (named.length > 1 || (!named.length && !state)) return;
  for (const [start, end, surface] of spans) {
    if (taken.has(start)) continue;
    const d = named[0] ?? stateBody(sc, state!, 'parliament', 'parliament');
    sc.reg.mention(d.id, start, end, 'descriptor', surface);
  }
}
