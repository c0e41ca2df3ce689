// An armed group's acronym written alone in a story about the state it fights in ("AA terrorists" in Myanmar's state
// press): the gazetteer's group (gazetteer/data/context-acronyms.json), so it meets the articles that spell the name
// out. Elsewhere the acronym means other things ("AA" is also Anadolu Agency) and stays as written, in its article.
// In: the Scan once every recogniser ran. Out: those actors moved into the group's.
import data from '../gazetteer/data/context-acronyms.json' with { type: 'json' };
import { entryById } from '../gazetteer/index.ts';
import { storyState } from './forces.ts';
import type { Scan } from './scan.ts';

/** Acronym as written → the group's id → the states whose stories it is read in. */
const READINGS = new Map(data.acronyms.map((a) => [a.acronym, { id: a.id, states: new Set(a.states) }]));

/** Moves each actor written only as a listed acronym into the group it names in a story about its state. */
export function settleContextAcronyms(sc: Scan): void {
  const state = storyState(sc);
  if (!state) return;
  for (const d of sc.reg.all()) {
    const reading = READINGS.get(d.name);
    const entry = reading && reading.states.has(state) ? entryById(reading.id) : undefined;
    if (!entry || d.kind === 'state' || !d.mentions.length) continue;
    if (d.mentions.some((m) => !sc.text.slice(m.start, m.end).includes(d.name))) continue;
    sc.reg.ensure(entry.id, entry.name, entry.kind).affiliation ??= entry.affiliation ?? null;
    sc.reg.absorb(entry.id, d.id);
  }
}
