// The state a story is about, from its cities (world knowledge: ingest/gazetteer/data/cities.json, built by
// scripts/data/cities.ts from GeoNames and ISO 3166-2), on wire and local-paper stories of our own (other regions,
// outlets, years): a dateline naming a city or region of one state gives the home state ("SAN PEDRO SULA (AFP) -",
// "La Ceiba.", "Bijapur (Chhattisgarh), Nov 18 (PTI)"); a story naming no state takes the state of the cities it
// names as places; a generic body with no owner ("the National Electoral Council") is then that state's, so two
// Honduran stories meet in one node and a Venezuelan one does not. Ambiguous, disputed or word-like names give none.
import { describe, expect, it } from 'vitest';

import states from '../../graph/data/states.json' with { type: 'json' };
import { placesState, placeState } from '../../ingest/gazetteer/cities.ts';
import data from '../../ingest/gazetteer/data/cities.json' with { type: 'json' };
import { foldPlace } from '../../ingest/gazetteer/fold.ts';
import { nodes } from './resolved-nodes.ts';
import { storedGraph, tempArticles } from './temp-articles.ts';

describe('a place name read as its state', () => {
  it('holds folded names of the states of states.json, none a state name', () => {
    const ids = new Set(states.map((s) => s.id));
    const names = new Set(states.flatMap((s) => [s.name, ...s.aliases, ...s.demonyms].map(foldPlace)));
    const entries = [...Object.entries(data.cities), ...Object.entries(data.regions)];
    expect(entries.length).toBeGreaterThan(1000);
    expect(entries.filter(([k, id]) => !ids.has(id) || foldPlace(k) !== k || names.has(k))).toEqual([]);
  });

  it('knows cities, regions and capitals however written, and no name shared by states or common words', () => {
    expect(placeState('San Pedro Sula')).toBe('honduras');
    expect(placeState('BOGOTA')).toBe('colombia');
    expect(placeState('Bogotá')).toBe('colombia');
    expect(placeState('Chhattisgarh')).toBe('india');
    expect(placeState('Borno State')).toBe('nigeria');
    expect(placeState('Lima')).toBe('peru');
    expect(placeState('Suva')).toBe('fiji');
    // Argentina's and Spain's; Spain's and Venezuela's; India's and Pakistan's (spelt "Panjab" in ISO 3166-2).
    expect(placeState('Córdoba')).toBeNull();
    expect(placeState('Valencia')).toBeNull();
    expect(placeState('Punjab')).toBeNull();
    // Common words, given names, a contested capital, a city held by a self-declared state.
    expect(placeState('Nice')).toBeNull();
    expect(placeState('Victoria')).toBeNull();
    expect(placeState('Jerusalem')).toBeNull();
    expect(placeState('Berbera')).toBeNull();
    // Nassau County (New York) is not Nassau (Bahamas).
    expect(placeState('Nassau County')).toBeNull();
  });

  it('reads the places a text names as places, and only when they agree', () => {
    expect(placesState('Farmers blocked the highway near Popayán and in Cali on Monday.')).toBe('colombia');
    expect(placesState('Flights from Quito landed in Cali and in Guayaquil.')).toBeNull();
    // One place is not enough: a report may be released in a capital it is not about.
    expect(placesState('The report, released in Bogotá, covers the whole region.')).toBeNull();
    expect(placesState('The pilgrims walked on to Santiago de Compostela.')).toBeNull();
    expect(placesState('Houston Rockets fans gathered in the square.')).toBeNull();
  });
});

describe('the home state from a dateline naming a city or region', () => {
  it('gives bare forces and ministries their state in wire, agency and local-paper datelines', () => {
    const afp = nodes(
      'SAN PEDRO SULA, Dec 2, 2017 (AFP) - The army patrolled the streets of the northern city on Saturday ' +
        'after two nights of looting, and the interior ministry imposed a curfew from six in the evening.',
    );
    expect(afp.at('The army')).toEqual(['honduras-military']);
    expect(afp.at('interior ministry')).toEqual(['honduras-interior-ministry']);
    const pti = nodes(
      'Bijapur (Chhattisgarh), Nov 18 (PTI) Two Maoists were killed in an encounter with security forces in ' +
        'the forests of the district on Tuesday, and the home ministry said it would send two more battalions.',
    );
    expect(pti.at('home ministry')).toEqual(['india-interior-ministry']);
    const local = nodes(
      'Popayán, Cauca. The army said on Sunday that two soldiers had been wounded when a drone dropped ' +
        'explosives on their base, the third such attack in the department this month.',
    );
    // Colombia names its army apart from its Military Forces (state-forces.json): "the army" is that branch
    // (twenty-third session; the state read from the dateline is what this test is about).
    expect(local.at('The army')).toEqual(['colombia-army']);
    const dated = nodes(
      'ALMATY, Jan 19, 2022 (Reuters) - The interior ministry said on Wednesday that 3,000 people had been ' +
        'detained after the riots, and that the curfew in the city would be lifted at the weekend.',
    );
    expect(dated.at('interior ministry')).toEqual(['kazakhstan-interior-ministry']);
    const title = nodes(
      'Goma (AFP) - The army said on Friday it had pushed the rebels back from the outskirts of the city after ' +
        'two days of shelling that sent thousands of families fleeing towards the border.',
    );
    expect(title.at('The army')).toEqual(['democratic-republic-of-the-congo-military']);
  });

  it('gives none for a city of two states or one held by a self-declared state', () => {
    const cordoba = nodes(
      'CORDOBA, May 4, 2023 (AFP) - The army said on Thursday it had sent engineers to the flooded districts ' +
        'after two days of storms left three people dead and hundreds without power.',
    );
    expect(cordoba.at('The army')).not.toContain('argentina-military');
    expect(cordoba.at('The army')).not.toContain('spain-military');
    const berbera = nodes(
      'BERBERA, Jan 8, 2019 (Reuters) - The army said on Tuesday it had sent reinforcements to the port, where ' +
        'a new container terminal is being built by a Gulf operator.',
    );
    expect(berbera.at('The army')).not.toContain('somalia-military');
  });
});

describe('the story state from the cities a story names', () => {
  it('is the state of the places it names when it names no state, or when its states tie', () => {
    const undated = nodes(
      'Roads blocked in the southwest\n\nIndigenous farmers blocked the Pan-American Highway near Popayán on ' +
        'Monday for a third day, and trucks bound for Cali queued for miles. The army said two soldiers were hurt ' +
        'in clashes in Santander de Quilichao, and flights in Cali were delayed.',
    );
    expect(undated.at('The army')).toEqual(['colombia-army']);
    const tied = nodes(
      'Deportees arrive\n\nA flight carrying 130 deportees from Guatemala landed in San Pedro Sula on Friday, ' +
        'and buses took them on to shelters in Choloma. The National Electoral Council said the returnees could ' +
        'vote. Honduras has received 20 such flights.',
    );
    expect(tied.at('National Electoral Council')).toEqual(['honduras-national-electoral-council']);
  });
});

describe("a generic body across stories from one state's cities", async () => {
  const { dir, write } = tempArticles('city-states-');
  const g = await storedGraph(dir, write, {
    'hn-afp.txt':
      'Honduras count resumes\n\nSAN PEDRO SULA, Dec 2, 2017 (AFP) - The National Electoral Council said on ' +
      'Saturday it would resume the count of the presidential vote after a two-day pause, as soldiers ' +
      'patrolled the streets of the northern city.\n',
    'hn-local.txt':
      'Count closed\n\nLa Ceiba. The National Electoral Council declared the count closed on Sunday night, and ' +
      'the port city stayed calm after a weekend of protests by supporters of the opposition candidate.\n',
    've-reuters.txt':
      'Turnout disputed\n\nMARACAIBO, July 30, 2017 (Reuters) - The National Electoral Council said turnout in ' +
      "Sunday's vote was 41.5 percent, a figure opposition leaders in the oil city called a fraud.\n",
  });
  const councils = g.nodes.filter((n) => n.labels.includes('Actor') && n.props.name === 'National Electoral Council');

  it('meets as one node for two Honduran cities and stays apart for a Venezuelan one', () => {
    expect(councils.map((n) => n.id).sort()).toEqual([
      'honduras-national-electoral-council',
      'venezuela-national-electoral-council',
    ]);
  });
});
