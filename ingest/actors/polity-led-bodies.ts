// A polity's short name leading a lower-case description of one of its bodies ("the EU anti-fraud office OLAF",
// "the US drug agency DEA", "the UN climate body"): the name qualifies the body, it is no mention of the polity.
// When the body's own name follows, the description is that body's; else the polity mention is dropped (the body
// stays unkeyed rather than read as the polity). A possessive ("Russia's space agency") still names the polity.
// In: the filled Scan. Out: those polity mentions moved to the named body, or dropped.
import { bodies } from '../gazetteer/index.ts';
import type { Mention } from '../types.ts';
import type { Scan } from './scan.ts';
import type { Draft } from './registry.ts';

/** Lower-case heads of a body's description after a polity's name. */
const BODY_HEADS = new Set(
  'office agency watchdog regulator bureau authority directorate inspectorate prosecutor body unit service'.split(' '),
);
/** Words that may follow the head inside its clause: a verb or a joining word, not a noun it qualifies. */
const AFTER_HEAD = new Set(
  (
    'said says say told has have had is was were will would could can may might must also and or but of on in for to ' +
    'from which that who with at by over after as into against since'
  ).split(' '),
);
/** Words that open a new phrase: what follows them is no description of the polity's body. */
const DETERMINERS = new Set('the a an its their his her this these those not no'.split(' '));
/** Up to five lower-case words right after the polity's mention. */
const WORDS = /^(?:\s+[a-z][a-z'’-]*(?=[\s,.;:)(]|$)){1,5}/;

/** A mention written as a name alone: capitalized words, no lower-case word or article of its own. */
const NAME_ONLY = /^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$/u;
/** An article right before the mention. */
const ARTICLE_BEFORE = /(?:^|\W)(?:the|The|an?|An?)\s+$/;

let polityIds: Set<string> | null = null;

/** Bodies that run missions abroad (the EU, the UN, the AU): polities whose bodies their short name leads. */
function supranational(): Set<string> {
  polityIds ??= new Set(bodies.filter((b) => b.mission && b.affiliation).map((b) => b.affiliation!));
  return polityIds;
}

const isPolity = (d: Draft) => d.kind === 'state' || supranational().has(d.id);

/** The end of a body description led by the mention, or -1: a head word the clause goes on after. */
export function descriptionEnd(text: string, m: { start: number; end: number }): number {
  const surface = text.slice(m.start, m.end);
  if (/['’]s?$/.test(surface) || /^['’]/.test(text.slice(m.end))) return -1;
  // Only a bare name after an article leads a description: "the EU anti-fraud office", never "the Bukele
  // administration took office" (a description of its own, with a verb before the head).
  if (!NAME_ONLY.test(surface) || !ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return -1;
  const words = WORDS.exec(text.slice(m.end, m.end + 100))?.[0];
  if (!words) return -1;
  const list = [...words.matchAll(/[a-z][a-z'’-]*/g)];
  const h = list.findIndex((w) => BODY_HEADS.has(w[0]));
  const head = list[h];
  if (!head || list.slice(0, h).some((w) => AFTER_HEAD.has(w[0]) || DETERMINERS.has(w[0]))) return -1;
  const end = m.end + head.index + head[0].length;
  const next = /^\s+([a-z]+)\b/.exec(text.slice(end));
  return next && !AFTER_HEAD.has(next[1]!) ? -1 : end;
}

/** The draft (a body, or a lone word read as a person) whose mention starts right after a description. */
function namedAfter(sc: Scan, end: number, polity: string): { draft: Draft; mention: Mention } | null {
  const gap = /^(?:\s*,\s*|\s+\(|\s+)/.exec(sc.text.slice(end));
  if (!gap) return null;
  const at = end + gap[0].length;
  for (const draft of sc.reg.all()) {
    if (draft.id === polity || draft.kind === 'state') continue;
    const mention = draft.mentions.find((x) => x.start === at);
    if (!mention) continue;
    const oneWord = !/\s/.test(sc.text.slice(mention.start, mention.end));
    if (draft.kind === 'person' && !(oneWord && !draft.first)) return null;
    return { draft, mention };
  }
  return null;
}

/** Moves each polity mention leading a body's description to the body named after it, or drops it. */
export function settlePolityLedBodies(sc: Scan): void {
  for (const polity of sc.reg.all().filter(isPolity)) {
    let moved = false;
    for (const m of [...polity.mentions]) {
      const end = descriptionEnd(sc.text, m);
      if (end < 0) continue;
      moved = true;
      sc.reg.unmention(polity.id, m.start, m.end);
      const named = namedAfter(sc, end, polity.id);
      if (!named) continue;
      if (named.draft.kind === 'person') named.draft.kind = 'organization';
      sc.reg.mention(named.draft.id, m.start, end, 'descriptor', sc.text.slice(m.start, end));
    }
    const affiliated = sc.reg.all().some((d) => d.affiliation === polity.id);
    if (moved && !polity.mentions.length && !affiliated) sc.reg.drop(polity.id);
  }
}
