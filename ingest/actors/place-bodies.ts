// A body serving a place written in English after the place's name, in lower case ("the Bergamo prosecutor's office
// has placed ...", "Landshut public prosecutor's office"), which no other reader took: an organization of its own,
// named as written, so it meets the same office named in its state's language elsewhere ("Procura di Bergamo",
// graph/body-translations.ts). In: the filled Scan. Out: a draft per office with its mentions.
import { placeBodyName } from '../../graph/body-translations.ts';
import data from '../../graph/data/body-translations.json' with { type: 'json' };
import { slugify } from '../../graph/names.ts';
import { escapeRe } from '../regex.ts';
import { stateOfKey } from '../gazetteer/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import type { Scan } from './scan.ts';
import { townOf } from './town-names.ts';

/**
 * "<Place> [public] prosecutor's office": one or two capitalized words, then an English form of an office (not a
 * court or a headquarters, which a story mostly names as where something happened: ingest/actors/venues.ts).
 */
const FORMS = data.places
  .filter((k) => /Office$/.test(k.english))
  .flatMap((k) => k.englishForms)
  .sort((a, b) => b.length - a.length);
const PLACE_OFFICE = new RegExp(
  `(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?)\\s+(?:${FORMS.map((f) => escapeRe(f).replace(/'/g, "['’]?")).join('|')})(?![\\p{L}])`,
  'gu',
);

export function settlePlaceBodies(sc: Scan): void {
  if (!/office|headquarters|court/.test(sc.text)) return;
  const drafts = sc.reg.all();
  for (const m of sc.text.matchAll(PLACE_OFFICE)) {
    // "The Bergamo prosecutor's office": a sentence's opening word is no word of the place.
    const found = townOf(m[1]!);
    if (!found) continue;
    const [start, end] = [m.index + found.cut, m.index + m[0].length];
    const written = m[0].slice(found.cut);
    if (
      !placeBodyName(
        written,
        (k) => !!stateOfKey(k),
        (w) => lexicalTag(w) !== null,
      )
    )
      continue;
    // A span another reader took (a longer name, a person, a known body) is left alone.
    if (drafts.some((d) => d.mentions.some((x) => x.start < end && start < x.end))) continue;
    const id = slugify(written);
    sc.reg.ensure(id, written, 'organization');
    sc.reg.mention(id, start, end, 'name', written);
  }
}
