// Incident identity across articles (the twenty-fifth session): a weekday told under a dateline without its year ("GUSAU,
// May 16 (Reuters) - ... late on Sunday") dates the report to one day once the other report gives the full date, and rules
// it out when that date is another weekday, whichever of the two reports was stored first; a report naming only a state
// or its forces names no side apart from a report of the same week. The dates and places these need are read from
// wire-style sentences ("in the night from Sunday to Monday June 12", "late last night", "X village, in the Y district of
// Z province", "in Kani township"). Sentences are invented.
import { describe, expect, it } from 'vitest';

import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import type { Incident } from '../../graph/schema.ts';
import { findDates } from '../../ingest/events/dates.ts';
import { extract } from '../../ingest/extract.ts';

type Report = Parameters<typeof matchIncident>[0];

/** A report as link.ts passes it, and the node the same report becomes once stored (filed on `filed`). */
interface Side {
  report: Report;
  named: string[];
  filed: string | null;
}

const side = (
  over: Partial<Incident> & { areas?: string[]; killed?: number | null },
  filed: string | null,
  named: string[] = [],
): Side => ({
  report: { kind: 'attack', date: null, place: null, weekday: undefined, ...over } as Report,
  named,
  filed,
});

const storedOf = (s: Side, id: string): StoredIncident => ({
  id,
  kind: s.report.kind,
  date: s.report.date ?? null,
  place: s.report.place ?? null,
  areas: s.report.areas ?? [],
  participants: s.named,
  reported: s.filed ? [s.filed] : [],
  ...(s.report.weekday !== undefined && s.report.weekday !== null && !s.report.date
    ? { weekday: s.report.weekday }
    : {}),
});

/** The decision told each way: b met as the node a stored, and a met as the node b stored. */
const bothWays = (a: Side, b: Side): [boolean, boolean] => [
  matchIncident(b.report, b.named, [storedOf(a, 'a')], b.filed) !== null,
  matchIncident(a.report, a.named, [storedOf(b, 'b')], a.filed) !== null,
];

// "GUSAU, Nigeria, May 16 (Reuters) - Gunmen ... killed 23 people ... late on Sunday" at Dankurmi, in Maru.
const sunday = side({ place: 'Dankurmi', areas: ['Maru', 'Zamfara'], weekday: 0, killed: 23 }, '--05-16');

describe('a weekday under a year-less dateline and a full date', () => {
  it('are one day when the date is that weekday in the week up to the filing day, in either order', () => {
    // "KANO, May 17, 2023 (AFP) - ... in Maru district on May 14" (a Sunday), naming a gang leader.
    const afp = side({ place: 'Maru', areas: ['Zamfara'], date: '2023-05-14', killed: 25 }, '2023-05-17', [
      'dogo-gide',
    ]);
    expect(bothWays(sunday, afp)).toEqual([true, true]);
    expect(matchIncident(afp.report, afp.named, [storedOf(sunday, 'a')], afp.filed)?.reason).toContain(
      'on the weekday (Sunday)',
    );
  });

  it('are apart when the date is another weekday of that week, in either order', () => {
    // "GUSAU, May 13, 2023 - Bandits on Friday killed seven farmers ... in Maru": May 12, a Friday.
    const friday = side({ place: 'Maru', areas: ['Zamfara'], date: '2023-05-12', killed: 7 }, '2023-05-13');
    expect(bothWays(sunday, friday)).toEqual([false, false]);
  });

  it('are apart when the weekday falls in the week but the date is a week earlier', () => {
    const before = side({ place: 'Maru', areas: ['Zamfara'], date: '2023-05-07', killed: 23 }, '2023-05-09');
    expect(bothWays(sunday, before)).toEqual([false, false]);
  });
});

describe('a report naming only a state or its forces', () => {
  // "BANGKOK, March 6 (Reuters) - An air strike by Myanmar's military ... in Kani township ... on Monday".
  const army = side({ kind: 'airstrike', place: 'Kani', areas: ['Sagaing'], weekday: 1 }, '--03-06', [
    'myanmar-military',
  ]);

  it('names no side apart from a report whose day is in the week before its filing day, in either order', () => {
    // "Junta jets bombed Tha Pyay Kone village in Kani Township ... March 4", naming the local resistance group.
    const village = side(
      { kind: 'airstrike', place: 'Tha Pyay Kone', areas: ['Kani Township'], date: '--03-04' },
      null,
      ['kani-pdf'],
    );
    expect(bothWays(army, village)).toEqual([true, true]);
  });

  it('still stays apart from a report naming another group when no day brings them into one week', () => {
    const undated = side({ kind: 'airstrike', place: 'Tha Pyay Kone', areas: ['Kani Township'] }, null, ['kani-pdf']);
    expect(bothWays(army, undated)).toEqual([false, false]);
  });

  it('does not make two groups one side', () => {
    const a = side({ place: 'Dankurmi', areas: ['Maru'], weekday: 0 }, '--05-16', ['dogo-gide']);
    const b = side({ place: 'Maru', date: '--05-14' }, null, ['bello-turji']);
    expect(bothWays(a, b)).toEqual([false, false]);
  });
});

describe('dates of a night and of last night', () => {
  it('dates "the night from Sunday to Monday June 12" to its second day', () => {
    const [d] = findDates('were killed in the night from Sunday to Monday June 12 during an attack', null);
    expect(d?.value).toBe('--06-12');
  });

  it('dates "late last night" to the day before a year-less dateline, as "yesterday"', () => {
    const [d] = findDates('terrorists attacked a police checkpost late last night.', '--10-18');
    expect(d?.value).toBe('--10-17');
    expect(findDates('gunmen attacked the village last night.', '2023-10-18')[0]?.value).toBe('2023-10-17');
  });

  it('keeps a range that states its first day', () => {
    const [d] = findDates('fighting from June 10 to June 12 killed dozens', '2023-06-14');
    expect(d?.value).toBe('2023-06-10');
  });
});

describe('a village placed in its district', () => {
  const first = (text: string) => extract({ source: 'wire.txt', text }).incidents[0];

  it('reads "X village, in the Y district of Z province" with a name ending in a doubled consonant and i', () => {
    const inc = first(
      'PESHAWAR, Oct 18 (Reuters) - Militants stormed a police post late on Tuesday, killing six policemen. The ' +
        'attackers struck the post in Shahbaz Khel village, in the Lakki Marwat district of Khyber Pakhtunkhwa ' +
        'province, police said.',
    );
    expect(inc).toMatchObject({ place: 'Shahbaz Khel', weekday: 2 });
    expect(inc!.areas).toContain('Lakki Marwat');
  });

  it('reads a township as a place', () => {
    const inc = first('A military air strike killed 11 people in Kani township on Monday, residents said.');
    expect(inc?.place).toBe('Kani');
  });
});
