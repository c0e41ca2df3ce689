// Session 18: a town's name too short to sound ("Tina": too few consonants for a sound key) was never looked up by
// a report spelling it with a doubled letter ("Tinna"): the loader asks the report's letters with doubled ones
// written once too, and spelling.ts decides the two spellings are one place. Texts are invented, in the style of
// wire copy from places and outlets none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { placeSound } from '../../graph/incidents/key.ts';
import { incidentQuery } from '../../graph/incidents/link.ts';
import { ingest } from '../../graph/load.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s18k-');

const AGENCY =
  'Gunmen kill nine at market in North Darfur\n\nKhartoum, March 4, 2026 (SUNA) - Armed men yesterday attacked ' +
  'traders gathered at the weekly market in Tina town of North Darfur, killing nine civilians, the state ' +
  'government announced.';

const WIRE =
  'Sudan: gunmen kill at least 12 at Tinna market\n\nNairobi (AFP) - Gunmen attacked a crowded market in the town ' +
  'of Tinna near the Chadian border, killing at least 12 people, a local official told AFP.';

describe('a short name and its spelling with a doubled letter', () => {
  it('is asked by its letters with the doubled one written once', () => {
    expect(placeSound('Tina')).toBeNull();
    expect(incidentQuery({ date: null, place: 'Tinna', areas: [] }).places).toContain('tina');
  });

  it("meets the agency's market attack from the lead of copy dated nowhere", async () => {
    const store = new EmbeddedStore(path.join(dir, 'tina.db'));
    await ingest([write('tina-agency.txt', AGENCY), write('tinna-wire.txt', WIRE)], store);
    const nodes = await reportedPlaces(store);
    await store.close();
    expect(nodes.map(([, n]) => n)).toEqual([2]);
  }, 60_000);
});
