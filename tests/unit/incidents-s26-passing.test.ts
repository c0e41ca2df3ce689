// Session 26: incidents told on both sides that never met. An earlier attack two outlets tell in passing at one place
// with the same dead, one of them in copy dated nowhere ("In August" with no year: left undated), was taken for that
// copy's news and kept apart; a place read as a party ("shelled the X market", X an actor) made the parties differ; a
// place-type word alone ("the LGA", "the district") was a key two unrelated stories could meet at. Places and outlets
// are invented or none of the fixtures'.
import { describe, expect, it } from 'vitest';

import { type Passing, earlierAlike } from '../../graph/incidents/earlier.ts';
import { incidentKeyId, placeKey } from '../../graph/incidents/key.ts';
import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { notPlaces } from '../../graph/incidents/parties.ts';

describe('an earlier happening told in passing at one place with its dead alike (earlierAlike)', () => {
  const dated: Passing = { date: '2016-08', place: 'Kiwanja', killed: [7, 7], news: true };
  const undated: Passing = { date: null, place: 'Kiwanja', killed: [7, 7], news: false };

  it('is one when one side is dated and the other undated, not its copy news, at the very place', () => {
    expect(earlierAlike(dated, undated)).toBe(true);
    expect(earlierAlike(undated, dated)).toBe(true);
    expect(earlierAlike(dated, { ...undated, place: 'Kiwanja village' })).toBe(true);
  });

  it('is not when the dead differ, or are too few to tell anything', () => {
    expect(earlierAlike(dated, { ...undated, killed: [2, 2] })).toBe(false);
    expect(earlierAlike({ ...dated, killed: [1, 1] }, { ...undated, killed: [1, 1] })).toBe(false);
    expect(earlierAlike(dated, { ...undated, killed: null })).toBe(false);
  });

  it('is not when the undated side may be its copy news: filed on a known day, its lead, or told by a weekday', () => {
    expect(earlierAlike(dated, { ...undated, news: true })).toBe(false);
    expect(earlierAlike(dated, { ...undated, weekday: 3 })).toBe(false);
  });

  it('is not at another place, nor when both or neither side is dated', () => {
    expect(earlierAlike(dated, { ...undated, place: 'Rutshuru' })).toBe(false);
    expect(earlierAlike(dated, { ...undated, place: null })).toBe(false);
    expect(earlierAlike(dated, { ...undated, date: '2016-08' })).toBe(false);
    expect(earlierAlike({ ...dated, date: null }, undated)).toBe(false);
  });
});

describe('matchIncident and an earlier attack one outlet left undated', () => {
  const stored: StoredIncident = {
    id: 'kiwanja-august',
    kind: 'attack',
    date: '2016-08',
    place: 'Kiwanja',
    participants: [],
    reported: ['2016-11-02'],
    killed: [7, 7],
  };
  const report = { kind: 'attack' as const, date: null, place: 'Kiwanja', killed: 7 };
  // Not its copy's lead, in copy filed on a day unknown (published null, unfiled false).
  const match = (r: typeof report, published: string | null = null, unfiled = false, named: string[] = []) =>
    matchIncident(r, named, [stored], published, false, published, false, unfiled)?.id ?? null;

  it('joins the stored attack at its place with the same dead', () => {
    expect(match(report)).toBe('kiwanja-august');
  });

  it('stays apart as its copy lead, filed on a known day, with other dead, or when the parties differ', () => {
    expect(match(report, null, true)).toBeNull();
    expect(match(report, '2016-11-03')).toBeNull();
    expect(match({ ...report, killed: 3 })).toBeNull();
    expect(matchIncident(report, ['mai-mai-group'], [{ ...stored, participants: ['adf'] }])).toBeNull();
  });

  it('joins from the other side too: a dated report meets the stored undated one', () => {
    const undated: StoredIncident = { ...stored, id: 'undated', date: null, reported: [] };
    const dated = { kind: 'attack' as const, date: '2016-08', place: 'Kiwanja', killed: 7 };
    expect(matchIncident(dated, [], [undated], '2016-11-02')?.id).toBe('undated');
    expect(matchIncident(dated, [], [{ ...undated, unfiledLead: true }], '2016-11-02')).toBeNull();
  });
});

describe('a party read from the place itself (notPlaces)', () => {
  it('drops an actor whose id is the name of either report place, global or article-scoped', () => {
    expect(notPlaces(['souk-al-ahad', 'hezbollah'], ['Souk al-Ahad', 'Tyre'])).toEqual(['hezbollah']);
    expect(notPlaces(['0123456789ab:souk-al-ahad'], ['Souk al-Ahad'])).toEqual([]);
    expect(notPlaces(['kiwanja', 'kiwanja-youth-league'], ['Kiwanja village'])).toEqual(['kiwanja-youth-league']);
  });

  it('keeps a state or its force named as the place, and every party when no place is told', () => {
    expect(notPlaces(['lebanon', 'lebanon-military'], ['Lebanon'])).toEqual(['lebanon', 'lebanon-military']);
    expect(notPlaces(['hezbollah'], [null, undefined])).toEqual(['hezbollah']);
  });

  it('lets two reports of one market shelling meet when one read the market as an actor', () => {
    const stored: StoredIncident = {
      id: 'market',
      kind: 'attack',
      date: '--04-11',
      place: 'Souk al-Ahad',
      participants: ['amal-movement'],
      reported: ['--04-11'],
    };
    const report = { kind: 'attack' as const, date: null, place: 'Souk al-Ahad' };
    expect(matchIncident(report, ['souk-al-ahad'], [stored], '--04-16')?.id).toBe('market');
    expect(matchIncident(report, ['hezbollah'], [stored], '--04-16')).toBeNull();
  });
});

describe('a place-type word alone is no place', () => {
  it('keys "the LGA", "the district", "the area" to nothing, and a named one to its name', () => {
    for (const p of [
      'the LGA',
      'LGA',
      'the district',
      'the village',
      'district',
      'the Local Government Area',
      'the area',
    ])
      expect(placeKey(p)).toBeNull();
    // Capitalised alone, a type word may be a town's own name.
    expect(placeKey('Division')).toBe('division');
    expect(placeKey('Mariga LGA')).toBe('mariga');
    expect(placeKey('Gaza City')).toBe('gaza city');
  });

  it('gives two same-day attacks "in the LGA" of unrelated stories no shared node id', () => {
    expect(incidentKeyId({ kind: 'attack', date: '2021-03-02', place: 'the LGA' })).toBeNull();
    expect(incidentKeyId({ kind: 'attack', date: '2021-03-02', place: 'Mariga' })).not.toBeNull();
  });
});
