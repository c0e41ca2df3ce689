// Session 18: a state and its forces named by one outlet (the police patrol hit, the army's dead) and the armed group
// named by another kept two reports of one attack apart, as if the parties differed. They tell no side apart: only a
// party that is no state nor a state's force does. Texts are invented, in the style of wire copy from places and
// outlets none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { stateSide, tellingParties } from '../../graph/incidents/parties.ts';
import { ingest } from '../../graph/load.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s18p-');

describe('parties that tell an incident apart', () => {
  it('are no state and no force of a state', () => {
    expect(stateSide('solomon-islands')).toBe(true);
    expect(stateSide('solomon-islands-police')).toBe(true);
    expect(stateSide('mozambique-military')).toBe(true);
    expect(stateSide('chhattisgarh-police')).toBe(true); // a region's own police (policed-regions.json)
    expect(stateSide('chhattisgarh-liberation-front')).toBe(false);
    expect(tellingParties(['niger', 'niger-security-forces', 'malaita-eagle-force'])).toEqual(['malaita-eagle-force']);
  });

  it('keep a group whose name opens with a country as a party of its own', () => {
    expect(stateSide('niger-delta-avengers')).toBe(false);
    expect(stateSide('kosovo-liberation-army')).toBe(false);
  });
});

describe('the lead of copy dated nowhere and a stored report naming other parties', () => {
  const stored = (participants: string[]): StoredIncident => ({
    id: 'stored',
    kind: 'attack',
    date: null,
    place: 'Tenaru',
    participants,
    reported: ['--04-09'],
    weekday: 2,
  });
  const lead = { kind: 'attack' as const, date: null, place: 'Tenaru', weekday: 2 };
  const match = (storedParties: string[]) =>
    matchIncident(lead, ['malaita-eagle-force'], [stored(storedParties)], null, false, null, true)?.id ?? null;

  it('meets the stored attack whose reports name only the police it hit', () => {
    expect(match(['solomon-islands-police', 'solomon-islands'])).toBe('stored');
  });

  it('stays apart from one whose reports name another armed group', () => {
    expect(match(['guadalcanal-revolutionary-army', 'solomon-islands-police'])).toBeNull();
  });
});

describe('a wire naming the police patrol hit and copy dated nowhere naming the militia', () => {
  it('are one attack', async () => {
    const wire = write(
      'tenaru-wire.txt',
      'Four police officers killed on Guadalcanal\n\nHONIARA, April 9 (Reuters) - Gunmen ambushed a Solomon Islands ' +
        'police patrol in the village of Tenaru on Tuesday, killing four officers, the government said.\n\nPolice ' +
        'said reinforcements had been sent to the village.',
    );
    const copy = write(
      'tenaru-copy.txt',
      'Militia raid leaves four dead on Guadalcanal\n\nHoniara (AFP) - Fighters of the Malaita Eagle Force stormed ' +
        'Tenaru before dawn on Tuesday, killing four policemen, a community leader told AFP.\n\nThe militia has ' +
        'denied involvement in earlier raids.',
    );
    const store = new EmbeddedStore(path.join(dir, 'tenaru.db'));
    await ingest([wire, copy], store);
    const nodes = await reportedPlaces(store);
    await store.close();
    expect(nodes).toEqual([['Tenaru', 2]]);
  }, 60_000);
});
