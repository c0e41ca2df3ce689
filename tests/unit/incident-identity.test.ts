// Incident identity across articles: wire datelines without a year, dates without a year meeting full ones, and
// the conservative matcher's near misses (another town, another week, other parties, no date at all); plus the
// extractor on short wire-style texts (a passive strike at a place, two strikes the same day in two towns, a toll
// that says which village, a day of the month that is no toll).
import { describe, expect, it } from 'vitest';

import { dateWindow, dayGap, matchIncident, type StoredIncident } from '../../graph/incidents/match.ts';
import { widenedIncident } from '../../graph/incidents/range.ts';
import { datelineDay, parseDateline } from '../../ingest/clean/dateline.ts';
import { findDates } from '../../ingest/events/dates.ts';
import { extract } from '../../ingest/extract.ts';

describe('wire datelines', () => {
  it('reads the place and the day, with or without the year', () => {
    const a = parseDateline('HARARE, Oct 9 (Reuters) - Police fired tear gas');
    expect(a).toEqual({ place: 'HARARE', month: 10, day: 9, year: null });
    expect(datelineDay(a)).toBe('--10-09');
    expect(datelineDay(a, 2017)).toBe('2017-10-09');
    expect(datelineDay(parseDateline('LA PAZ, 12 November 2019 (AFP) - Bolivia'))).toBe('2019-11-12');
    expect(parseDateline('QUITO, Ecuador, Sept. 3 (AP) — x')).toMatchObject({
      place: 'QUITO, Ecuador',
      month: 9,
      day: 3,
    });
    expect(parseDateline('CARACAS (AP) — Venezuelan troops')).toMatchObject({ place: 'CARACAS', month: null });
    // TASS's slashes, and a dateline whose place was left out.
    expect(datelineDay(parseDateline('MINSK, March 12. /TASS/. Belarus said'))).toBe('--03-12');
    expect(parseDateline('Aug 4 (Reuters) - A blast tore through')).toEqual({
      place: null,
      month: 8,
      day: 4,
      year: null,
    });
    expect(parseDateline('Aug 4 the army said - x')).toBeNull();
    // PTI and IANS write no dash after the agency.
    expect(datelineDay(parseDateline('Guwahati, Feb 6 (PTI) Two persons were killed'))).toBe('--02-06');
    expect(parseDateline('Guwahati, Feb 6 (PTI) two persons')).toBeNull();
  });
  it('takes no sentence for a dateline, and no impossible day', () => {
    expect(parseDateline('Troops fired - witnesses said')).toBeNull();
    expect(parseDateline('MANILA, Feb 30 (Reuters) - x')).toBeNull();
    expect(datelineDay(parseDateline('MANILA, Feb 29 (Reuters) - x'))).toBe('--02-29');
  });
  it('anchors "yesterday" to a year-less dateline, never a weekday', () => {
    const values = (s: string) => findDates(s, '--03-01').map((d) => d.value);
    expect(values('The blast yesterday killed two')).toEqual(['--02-28']);
    expect(values('Soldiers were attacked on Tuesday')).toEqual([null]);
    expect(values('The raid on Feb. 26 killed three')).toEqual(['--02-26']);
  });
});

describe('dates without a year', () => {
  it('measures days across a year end, in the full date’s year', () => {
    expect(dayGap('--12-31', '2020-01-01')).toBe(1);
    expect(dayGap('2021-03-01', '--02-28')).toBe(1);
    expect(dayGap('--06-13', '--06-20')).toBe(7);
  });
  it('looks up the neighbouring days with and without their year; a partial date by its place alone', () => {
    expect(dateWindow('2019-06-13')).toEqual([
      '2019-06-12',
      '2019-06-13',
      '2019-06-14',
      '--06-12',
      '--06-13',
      '--06-14',
    ]);
    expect(dateWindow('--06-13')).toEqual(['--06-13']);
  });
  it('a full date replaces a partial one on the node, never the other way', () => {
    expect(widenedIncident({ date: '--09-24' }, { date: '2023-09-24' }).date).toBe('2023-09-24');
    expect(widenedIncident({ date: '2023-09-24' }, { date: '--09-24' }).date).toBe('2023-09-24');
    expect(widenedIncident({ date: null }, { date: '--09-24' }).date).toBe('--09-24');
  });
});

describe('incident matching with partial dates', () => {
  const stored = (over: Partial<StoredIncident>): StoredIncident => ({
    id: 'n1',
    kind: 'attack',
    date: '2018-07-22',
    place: 'Kidal',
    participants: [],
    reported: ['2018-07-23'],
    ...over,
  });
  it('joins a day without its year to the full date at the same place, and says why', () => {
    const m = matchIncident({ kind: 'clash', date: '--07-22', place: 'Kidal' }, [], [stored({})], '--07-24');
    expect(m).toMatchObject({ id: 'n1', score: 0.75 });
    expect(m!.reason).toContain('a year unknown');
  });
  it('reports of one kind filed a day apart at one town join though they name other parties', () => {
    // One outlet names the target ("a car bomb attack on the army base"), another whom the government blames.
    const m = matchIncident(
      { kind: 'attack', date: null, place: 'Kidal' },
      ['mnla'],
      [stored({ participants: ['mali-military'] })],
      '--07-24',
    );
    expect(m).toMatchObject({ id: 'n1' });
    expect(
      matchIncident(
        { kind: 'attack', date: null, place: 'Kidal' },
        ['mnla'],
        [stored({ participants: ['mali-military'] })],
        '--07-25',
      ),
    ).toBeNull();
  });
  it('an undated report filed within a week of the stored one joins it at the same place', () => {
    const m = matchIncident({ kind: 'attack', date: null, place: 'Kidal' }, ['mali-military'], [stored({})], '--07-25');
    expect(m!.reason).toContain('filed within a week');
  });
  it('keeps apart: two days apart, another town, another week, other parties, and reports with no date at all', () => {
    const inc = (date: string | null, place = 'Kidal') => ({ kind: 'attack' as const, date, place });
    expect(matchIncident(inc('--07-24'), [], [stored({})], '--07-24')).toBeNull();
    expect(matchIncident(inc('--07-22', 'Gao'), [], [stored({})], '--07-23')).toBeNull();
    expect(matchIncident(inc(null), [], [stored({})], '--08-05')).toBeNull();
    expect(matchIncident(inc(null), ['france'], [stored({ participants: ['mali-military'] })], '--07-26')).toBeNull();
    expect(
      matchIncident(
        { ...inc(null), kind: 'clash' },
        ['france'],
        [stored({ participants: ['mali-military'] })],
        '--07-23',
      ),
    ).toBeNull();
    // Neither article dated: only a named party in common joins them.
    expect(matchIncident(inc(null), [], [stored({ date: null, reported: [] })], null)).toBeNull();
    expect(
      matchIncident(inc(null), ['mnla'], [stored({ date: null, reported: [], participants: ['mnla'] })], null),
    ).toMatchObject({ id: 'n1' });
  });
});

const text = (s: string) => extract({ source: 'test.txt', text: s });
const brief = (s: string) => text(s).incidents.map((i) => [i.kind, i.place, i.date, i.killed]);

describe('incidents in wire copy', () => {
  it('a passive strike at a named place is an incident, dated by the year-less dateline only when stated', () => {
    const x = text(
      'Ferry attacked off Mozambique coast\n\nPEMBA, Mozambique, Aug 11 (Reuters) - A passenger ferry was attacked near the island of Ibo on Aug. 10, setting it ablaze, the navy said.\n',
    );
    expect(x.article.dateline).toEqual({ place: 'PEMBA, Mozambique', day: '--08-11' });
    expect(x.incidents.map((i) => [i.place, i.date])).toContainEqual(['Ibo', '--08-10']);
  });
  it('two strikes the same day in two towns stay two incidents; a day of the month is no toll', () => {
    const got = brief(
      'Drone strikes hit two towns\n\nKHARTOUM, June 4, 2023 (AFP) - A drone strike on a market in the town of Omdurman on June 3 killed 17 people, medics said. In a separate incident, an air strike hit a clinic in the city of Bahri on June 3, killing four, residents said.\n',
    );
    expect(got).toContainEqual(['airstrike', 'Omdurman', '2023-06-03', 17]);
    expect(got).toContainEqual(['airstrike', 'Bahri', '2023-06-03', 4]);
  });
  it('a toll told just after says which village; a statement’s own date is not the event’s', () => {
    const x = text(
      'Armenia reports deadly clash\n\nYEREVAN, 14 September 2022 (AFP) - Armenia on Wednesday said Azerbaijan had started a deadly clash in Armenia, the defence ministry said.\n\nSix soldiers were killed near the village of Jermuk, officials said.\n',
    );
    expect(x.incidents.map((i) => [i.kind, i.place, i.date, i.killed])).toContainEqual(['clash', 'Jermuk', null, 6]);
  });
});
