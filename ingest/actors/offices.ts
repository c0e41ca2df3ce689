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

type PersonTitle = Scan['personTitles'][number];

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
    const held = new Set(entries.filter((pt) => !lone(pt)).flatMap((pt) => pt.titles.filter((t) => ONE_OFFICE.has(t))));
    if (!held.size) continue;
    for (const pt of entries) {
      const office = pt.titles.find((t) => ONE_OFFICE.has(t) && !held.has(t));
      if (!office || !lone(pt)) continue;
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
