// Incidents of kind other across articles (the twenty-fourth session): an arrest, a sentence or a weapons test keeps
// what it is (its act, stored as its manner) and meets another report only of the same act, naming the same party
// that is no state nor its force, at no other place, on one day. A toll told of a body whose name the tagger splits
// ("Three Red Cross workers were killed") is read. Sentences are invented, in wire style.
import { describe, expect, it } from 'vitest';

import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { extract } from '../../ingest/extract.ts';

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    kind: i.kind,
    place: i.place,
    killed: i.killed,
    manner: i.manner ?? [],
    participants: i.participants,
  }));

describe('an incident of kind other keeps its act', () => {
  it('an arrest names whom it took, after its verb', () => {
    const got = told(
      'NAIROBI, March 4 (Reuters) - Kenyan police arrested opposition leader Raila Odinga in Nairobi on Tuesday, ' +
        'his spokesman said.',
    );
    expect(got).toEqual([expect.objectContaining({ kind: 'other', place: 'Nairobi', manner: ['arrest'] })]);
    expect(got[0]!.participants).toContain('raila-odinga');
  });

  it('a detention told in the passive is an arrest too', () => {
    const got = told('Deputy minister Hakob Gevorgyan was detained in Yerevan on Thursday on charges of bribery.');
    expect(got).toEqual([
      expect.objectContaining({ kind: 'other', manner: ['arrest'], participants: ['hakob-gevorgyan'] }),
    ]);
  });

  it('a sentence passed and a weapons test are their own acts', () => {
    expect(
      told('A court in Cairo sentenced blogger Alaa Salem to five years in prison on Wednesday.')[0],
    ).toMatchObject({
      kind: 'other',
      manner: ['sentence'],
    });
    expect(told('North Korea test-fired two ballistic missiles off its east coast on Sunday.')[0]).toMatchObject({
      kind: 'other',
      manner: ['test'],
    });
  });

  it('is none when denied or only threatened', () => {
    expect(told('Police did not arrest anyone in Nairobi on Tuesday, a spokesman said.')).toEqual([]);
    expect(told('The minister threatened to arrest opposition leader Raila Odinga in Nairobi on Tuesday.')).toEqual([]);
  });
});

describe('two reports of kind other across articles', () => {
  const stored = (over: Partial<StoredIncident>): StoredIncident => ({
    id: 'n1',
    kind: 'other',
    date: null,
    place: 'Kisumu',
    participants: ['kenya-police', 'ochieng-odera'],
    reported: ['--07-08'],
    weekday: 1,
    manner: ['arrest'],
    ...over,
  });
  const report = (over: object = {}) => ({
    kind: 'other' as const,
    date: null,
    place: 'Kisumu',
    weekday: 1,
    manner: ['arrest' as const],
    ...over,
  });

  it('meet when one person is arrested at one town on one weekday, and say why', () => {
    const m = matchIncident(report(), ['kenya-police', 'ochieng-odera'], [stored({})], null);
    expect(m).toMatchObject({ id: 'n1' });
    expect(m!.reason).toContain('the same act (arrest)');
    expect(m!.reason).toContain('ochieng-odera');
  });

  it('meet when both are dated to the day and one names no place', () => {
    const m = matchIncident(
      report({ date: '2024-07-08', place: null }),
      ['ochieng-odera'],
      [stored({ date: '2024-07-08', reported: ['2024-07-09'] })],
      '2024-07-09',
    );
    expect(m).toMatchObject({ id: 'n1' });
  });

  it('stay apart when they share only the police that made them (another person arrested there that day)', () => {
    expect(matchIncident(report(), ['kenya-police', 'kevin-otieno'], [stored({})], null)).toBeNull();
  });

  it('stay apart when one is an arrest and the other a sentence of the same person', () => {
    const m = matchIncident(report({ manner: ['sentence'] }), ['ochieng-odera'], [stored({})], null);
    expect(m).toBeNull();
  });

  it('stay apart when stored before acts were kept (no act on one side)', () => {
    expect(matchIncident(report(), ['ochieng-odera'], [stored({ manner: undefined })], null)).toBeNull();
  });

  it('stay apart at two towns, or told months apart (an earlier arrest told in passing)', () => {
    expect(matchIncident(report({ place: 'Nairobi' }), ['ochieng-odera'], [stored({})], null)).toBeNull();
    const earlier = matchIncident(
      report({ date: '2024-03', weekday: undefined }),
      ['ochieng-odera'],
      [stored({ date: '--07-08' })],
      '--07-09',
    );
    expect(earlier).toBeNull();
  });

  it('stay apart when filed more than a day apart with no day to tell them one', () => {
    const m = matchIncident(
      report({ weekday: undefined }),
      ['ochieng-odera'],
      [stored({ weekday: undefined, reported: ['2024-07-01'] })],
      '2024-07-09',
    );
    expect(m).toBeNull();
  });

  it('never meet a strike, whatever they share', () => {
    const m = matchIncident(report(), ['ochieng-odera'], [stored({ kind: 'attack', manner: undefined })], null);
    expect(m).toBeNull();
  });
});

describe('a toll told of a body whose name the tagger splits', () => {
  it('counts the dead ("Three Red Cross workers were killed")', () => {
    const got = told('Three Red Cross workers were killed in an airstrike on Mekelle on Tuesday, the aid group said.');
    expect(got).toEqual([expect.objectContaining({ kind: 'airstrike', place: 'Mekelle', killed: 3 })]);
  });
});
