// One person holds one high office at a time: a lone family name under one office ("President Duterte") is not the
// person of that family name the article titled in full with another ("Davao City Mayor Sara Duterte, the
// President's daughter"), but another member of the family. In: the Scan after the titles are read. Out: such
// mentions moved to an actor of their own, with their title.
import { titleEntry } from '../gazetteer/index.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';

/** Offices (gazetteer title ids) one person holds one of at a time. */
const ONE_OFFICE = new Set([
  ...['President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Mayor', 'Governor', 'Senator'],
  ...['Representative', 'King', 'Queen', 'Crown Prince', 'Chancellor', 'Emperor', 'Pope', 'Supreme Leader'],
]);

/**
 * An office and the one its holder rises to (a crown prince becomes king): "King Salman" after "Crown Prince Salman
 * bin Abdulaziz became king" is the same man, unless the two titles are of two states ("Saudi Arabia's King Salman",
 * "Bahrain's Crown Prince Salman").
 */
const SUCCESSION = new Map([
  ['Crown Prince', ['King', 'Queen', 'Emperor']],
  ['Vice President', ['President']],
  ['Deputy Prime Minister', ['Prime Minister']],
]);

type PersonTitle = Scan['personTitles'][number];

/**
 * Whether the office of a lone name is another person's than the offices the full name holds. A full name's office
 * written with no state is the story's (its dateline's, `home`): "MANAMA - ... Crown Prince Salman bin Hamad", then
 * "Saudi Arabia's King Salman", are two men.
 */
function otherHolder(held: PersonTitle[], office: string, base: string | null, home: string | null): boolean {
  return held.every((h) =>
    h.titles.some(
      (t) =>
        ONE_OFFICE.has(t) &&
        t !== office &&
        (!SUCCESSION.get(t)?.includes(office) || (!!base && !!(h.base ?? home) && base !== (h.base ?? home))),
    ),
  );
}

export function splitOffices(sc: Scan): void {
  const byPerson = new Map<string, PersonTitle[]>();
  for (const pt of sc.personTitles) byPerson.set(pt.personId, [...(byPerson.get(pt.personId) ?? []), pt]);
  for (const [id, entries] of byPerson) {
    const d = sc.reg.get(id);
    if (d?.kind !== 'person') continue;
    const surfaceAt = (pt: PersonTitle) => {
      const m = d.mentions.find((x) => x.start === pt.mentionStart);
      return m ? sc.text.slice(m.start, m.end) : null;
    };
    const lone = (pt: PersonTitle) => /^\p{Lu}[\p{L}'’-]*$/u.test(surfaceAt(pt) ?? ' ');
    const held = entries.filter((pt) => !lone(pt) && pt.titles.some((t) => ONE_OFFICE.has(t)));
    if (!held.length) continue;
    for (const pt of entries) {
      const office = pt.titles.find((t) => ONE_OFFICE.has(t));
      if (office && lone(pt) && otherHolder(held, office, pt.base, sc.homeState))
        moveMention(sc, pt, office, surfaceAt(pt)!);
    }
  }
}

/** Moves a titled lone name's mention, its title and its role to the family member of that office. */
function moveMention(sc: Scan, pt: PersonTitle, office: string, surface: string): void {
  const from = sc.reg.get(pt.personId)!;
  sc.reg.unmention(from.id, pt.mentionStart, pt.mentionStart + surface.length);
  const other = sc.reg.ensure(`${slugify(surface)}-${slugify(office)}`, surface, 'person');
  sc.reg.mention(other.id, pt.mentionStart, pt.mentionStart + surface.length, 'name', surface);
  other.roles.add(office);
  for (const r of [...from.roles]) if (titleEntry(r)?.title === office) from.roles.delete(r);
  pt.personId = other.id;
}
