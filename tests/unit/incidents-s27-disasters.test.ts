// Disasters, accidents and verdicts (the twenty-seventh session): a fire, a collapse, a crash or a landslide is an
// incident of kind other whose act is a disaster, with its place, day and toll and no party; a verdict told by
// "found ... guilty", "convicted" or "handed a sentence to" is a sentence. Across articles two disasters meet only at
// one place (or one inside the other), on one day, never in a whole country. Sentences are invented, in wire style.
import { describe, expect, it } from 'vitest';

import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { extract } from '../../ingest/extract.ts';

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    kind: i.kind,
    date: i.date,
    place: i.place,
    killed: i.killed,
    manner: i.manner ?? [],
    participants: i.participants,
    year: i.year,
  }));

describe('a disaster is an incident of kind other', () => {
  it('a fire at a factory, with its place, day and toll', () => {
    const got = told(
      'LAGOS, Feb 3, 2021 (Reuters) - A fire swept through a plastics factory in Ikeja on Tuesday, killing 11 ' +
        'workers, emergency officials said.',
    );
    expect(got).toEqual([
      expect.objectContaining({ kind: 'other', manner: ['disaster'], place: 'Ikeja', date: '2021-02-02', killed: 11 }),
    ]);
  });

  it('a landslide, a collapse and a crash are disasters', () => {
    expect(
      told('A landslide buried a village in Sindhupalchok district on Monday, killing 23 people.')[0],
    ).toMatchObject({
      manner: ['disaster'],
    });
    expect(
      told('Part of a five-storey building collapsed in Mombasa on Friday, killing four people.')[0],
    ).toMatchObject({ manner: ['disaster'] });
    expect(told('A bus crashed into a ravine near Huancayo on Sunday, killing 14 passengers.')[0]).toMatchObject({
      manner: ['disaster'],
    });
  });

  it('is none as a figure, as gunfire or as a kind of happening', () => {
    expect(told('The talks collapsed in Geneva on Monday after the delegations walked out.')).toEqual([]);
    expect(told('The ruling party won a landslide victory in the vote in Colombo on Sunday.')).toEqual([]);
    expect(told('Fires in crowded workshops are common in the old quarter of Karachi.')).toEqual([]);
    expect(
      told('Gunmen opened fire on a market in Maiduguri on Friday, killing six people, police said.').every(
        (i) => !i.manner.includes('disaster'),
      ),
    ).toBe(true);
  });

  it('a fire told again by a definite noun is one; one of another year is another', () => {
    const got = told(
      'A fire tore through a shoe factory in Valenzuela on Wednesday, killing 19 workers. The blaze started near a ' +
        'storage room on the ground floor. In 2015, a fire at another factory in Manila killed 72 people.',
    );
    expect(got.filter((i) => i.manner.includes('disaster'))).toHaveLength(2);
  });
});

describe('a verdict is a sentence', () => {
  it('"found X guilty" names whom it found', () => {
    const got = told('A court in Baku on Thursday found journalist Elnur Aliyev guilty of smuggling, his lawyer said.');
    expect(got[0]).toMatchObject({ kind: 'other', manner: ['sentence'] });
    expect(got[0]!.participants).toContain('elnur-aliyev');
  });

  it('"handed a sentence to X" names X', () => {
    const got = told('A court in Minsk on Monday handed a three-year prison sentence to blogger Ihar Losik.');
    expect(got[0]).toMatchObject({ kind: 'other', manner: ['sentence'] });
    expect(got[0]!.participants).toContain('ihar-losik');
  });
});

describe('a death toll risen to', () => {
  const killed = (text: string) => extract({ source: 'w.txt', text }).incidents[0]?.killed ?? null;
  it('is the dead; a toll only put by someone is not read', () => {
    expect(killed('The death toll from the fire at a market in Kano has risen to 17, officials said on Friday.')).toBe(
      17,
    );
    expect(killed('A fire at a market in Kano on Friday; traders put the death toll at 17.')).toBeNull();
  });
});

describe('two reports of a disaster across articles', () => {
  const stored = (over: Partial<StoredIncident>): StoredIncident => ({
    id: 'n1',
    kind: 'other',
    date: '2021-02-02',
    place: 'Ikeja',
    participants: [],
    reported: ['2021-02-03'],
    manner: ['disaster'],
    ...over,
  });
  const report = (over: object = {}) => ({
    kind: 'other' as const,
    date: '2021-02-02',
    place: 'Ikeja',
    manner: ['disaster'],
    ...over,
  });

  it('meet at one place on one day, with no party, and say why', () => {
    const m = matchIncident(report(), [], [stored({})], '2021-02-03');
    expect(m).toMatchObject({ id: 'n1' });
    expect(m!.reason).toContain('the same act (disaster)');
  });

  it('meet at a place inside the other report’s wider place', () => {
    const m = matchIncident(report({ place: 'Lagos' }), [], [stored({ areas: ['Lagos'] })], '2021-02-03');
    expect(m).toMatchObject({ id: 'n1' });
  });

  it('never at two places, in a whole country, on days apart, or with a verdict', () => {
    expect(matchIncident(report({ place: 'Kano' }), [], [stored({})], '2021-02-03')).toBeNull();
    expect(
      matchIncident(report({ place: 'Nigeria' }), [], [stored({ place: 'Nigeria' })], '2021-02-03', true),
    ).toBeNull();
    expect(matchIncident(report({ date: '2021-01-20' }), [], [stored({})], '2021-02-03')).toBeNull();
    expect(matchIncident(report({ manner: ['sentence'] }), [], [stored({})], '2021-02-03')).toBeNull();
  });

  it('never without a place on either side', () => {
    expect(matchIncident(report({ place: null }), [], [stored({})], '2021-02-03')).toBeNull();
  });
});
