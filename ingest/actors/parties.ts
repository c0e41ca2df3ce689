// A person's party named by the person: "Dodik's party, the Alliance of Independent Social Democrats", "Maduro's
// socialist party". The phrase is the party, never the person whose name opens it: the body named right after it
// in apposition, else an actor of its own (a description, kept to its article). In: the Scan after the surname step.
// Out: party mentions and actors on the Scan.
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';

/** "'s party", "'s ruling party", "'s socialist party", "'s movement", "'s coalition" right after a person's name. */
const PARTY_AFTER = /^['’]s\s+(?:[a-z][a-z-]*\s+)?(?:party|movement|coalition)\b/;

/** Records every "<person>'s party" of the article as the party. */
export function settlePersonParties(sc: Scan): void {
  const text = sc.text;
  for (const person of sc.reg.all().filter((d) => d.kind === 'person')) {
    for (const m of [...person.mentions]) {
      const hit = PARTY_AFTER.exec(text.slice(m.end, m.end + 40));
      if (!hit) continue;
      const end = m.end + hit[0].length;
      const surface = text.slice(m.start, end);
      const body = appositiveBody(sc, end);
      const d = body ?? sc.reg.ensure(slugify(surface), surface, 'organization');
      sc.reg.mention(d.id, m.start, end, body ? 'descriptor' : 'name', surface);
    }
  }
}

/** The body (no person, no state) whose mention starts right after ", " or ", the " at `end`, if any. */
function appositiveBody(sc: Scan, end: number) {
  const gap = /^,\s+(?:the\s+)?/i.exec(sc.text.slice(end, end + 8));
  if (!gap) return undefined;
  const at = end + gap[0].length;
  const atThe = end + (/^,\s+/.exec(sc.text.slice(end))?.[0].length ?? 0);
  return sc.reg
    .all()
    .find(
      (d) => d.kind !== 'person' && d.kind !== 'state' && d.mentions.some((x) => x.start === at || x.start === atThe),
    );
}
