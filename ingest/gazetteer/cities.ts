// The state a place belongs to: world cities and first-level regions (data/cities.json, built by
// scripts/data/cities.ts from GeoNames and ISO 3166-2) and the states' capitals ("San Pedro Sula" → honduras,
// "Chhattisgarh" → india, "Lima" → peru). In: a place name or an article's text. Out: a state id or null.
import citiesData from './data/cities.json' with { type: 'json' };
import heldData from './data/held-cities.json' with { type: 'json' };
import statesData from '../../graph/data/states.json' with { type: 'json' };
import { foldPlace } from './fold.ts';

const STATE_OF = new Map<string, string>([
  ...Object.entries(citiesData.regions),
  ...Object.entries(citiesData.cities),
  ...statesData.flatMap((s) => s.capitals.map((c) => [foldPlace(c), s.id] as [string, string])),
]);

const REGION_STATE = new Map<string, string>(Object.entries(citiesData.regions));

/** The state of a first-level region so named ("Sarawak" → malaysia, "Tripura" → india), else null. */
export const regionState = (name: string): string | null => REGION_STATE.get(foldPlace(name)) ?? null;

/** A unit word after a place's name ("Kandahar Province", "Borno State", "Raipur city", "Cauca department"). */
// Not "county": "Nassau County" (New York) is not Nassau (Bahamas).
const UNIT_AFTER = / (?:province|state|city|district|region|department|governorate|prefecture|oblast)$/;

const HELD = new Set(heldData.cities);

/** Whether a place is a city a de-facto authority holds ("Sanaa", "Donetsk": data/held-cities.json). */
export const heldPlace = (name: string): boolean => HELD.has(foldPlace(name));

/** The state of a city, region or capital so named ("BOGOTA", "Bogotá", "Borno State"), else null. */
export function placeState(name: string): string | null {
  const key = foldPlace(name);
  return STATE_OF.get(key) ?? STATE_OF.get(key.replace(UNIT_AFTER, '')) ?? null;
}

/**
 * A place written where only a place can stand: after "in", "near", "outside", "around", "across", "into",
 * "towards" or "the city/town/province … of", a compass word between ("in northern Rakhine"); up to four capitalized words, then no other capitalized word and no
 * joining word of a longer name ("Santiago de Compostela", "Kingston upon Thames", "Frankfurt am Main").
 */
const PLACE_AFTER =
  /\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross|into|towards?|(?:city|town|village|province|state|region|district|department) of)\s+(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3})(?![\p{L}'’]|[ -]?\p{Lu}|\s+(?:de|del|da|do|dos|das|di|la|le|el|al|upon|am|im|sur)\s+\p{Lu})/gu;
/** A possessive or a sentence's period closing the run ("Raipur's", "in Choloma."). */
const CLOSING = /(?:['’]s?|\.)$/;

/**
 * Each known place the text names as a place ("in San Pedro Sula", "near Choloma") with its state (by `stateOf`, a
 * city's by default) and where its name starts and ends in the text.
 */
export function* placesNamed(
  text: string,
  stateOf: (name: string) => string | null | undefined = placeState,
): Generator<{ state: string; start: number; end: number }> {
  for (const m of text.matchAll(PLACE_AFTER)) {
    // "in Rakhine State's Kyauktaw Township": the possessor is the place known at this scale.
    const name = m[1]!.split(/['’]s\s/)[0]!.replace(CLOSING, '');
    const state = stateOf(name);
    const start = m.index + m[0].length - m[1]!.length;
    if (state) yield { state, start, end: start + name.length };
  }
}

/**
 * The one state of the known places the text names as places ("in San Pedro Sula", "near Choloma"), when it names
 * two at least (one "in Dhaka" may be where a report was released) and none of another state; else null.
 */
export function placesState(text: string): string | null {
  let found: string | null = null;
  let count = 0;
  for (const { state } of placesNamed(text)) {
    if (found && found !== state) return null;
    found = state;
    count++;
  }
  return count >= 2 ? found : null;
}
