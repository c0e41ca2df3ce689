// The class the fourteenth session's breakdown of missed incident pairs found largest: an outlet whose copy carries
// no date at all ("Yaounde (AFP) -", "BAMA, Nigeria (AP) -") tells the news by a weekday only ("late Saturday"), and
// another outlet dates the same attack to its day or by a year-less dateline. Filed on days unknown, the two met
// nowhere. The weekday is now kept on such a report (Incident.weekday) and on the node it makes, and two reports at
// one place that put it on the same weekday are one week's news; another weekday stays apart. A statement's weekday
// ("the government confirmed the attack on Wednesday") dates the statement, not the attack.
// Texts are invented, in the style of wire copy from places, outlets and years none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';
import { reportedPlacesAndDates } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s14-');

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    place: i.place,
    date: i.date,
    weekday: i.weekday ?? null,
  }));

const reported = reportedPlacesAndDates;

const SINAK_AFP =
  "Gunmen kill four bridge workers in Indonesia's Papua\n\nJAYAPURA, Indonesia (AFP) - Separatist gunmen killed " +
  "four construction workers at a bridge site in the village of Sinak in Indonesia's Papua region late Saturday, " +
  'police said.\n\nThe government confirmed the attack on Wednesday and said troops had been sent to the area.';

const SINAK_REUTERS =
  'Four workers killed in attack on Papua bridge site, police say\n\nJAKARTA, Aug 14 (Reuters) - Rebels killed four ' +
  'workers building a bridge in the village of Sinak on Saturday, a police spokesman said, the latest in a string of attacks on ' +
  'infrastructure projects in the restive region.';

// Another attack at the same village that week, told on another weekday by an outlet that dates nothing either.
const SINAK_ANTARA =
  'Soldier killed in Sinak\n\nJAYAPURA (Antara) - Gunmen attacked an army post guarding a bridge in Sinak on ' +
  'Tuesday, killing a soldier, a military spokesman said.';

describe('a report dated by a weekday only, in copy that carries no date', () => {
  it('keeps the weekday of the attack, not of the statement confirming it', () => {
    expect(told(SINAK_AFP)).toEqual([{ place: 'Sinak', date: null, weekday: 6 }]);
  });

  it('meets the report of that weekday at the same village, in either order; another weekday stays apart', async () => {
    const files = [
      write('sinak-afp.txt', SINAK_AFP),
      write('sinak-reuters.txt', SINAK_REUTERS),
      write('sinak-antara.txt', SINAK_ANTARA),
    ];
    for (const [n, order] of [files, [...files].reverse()].entries()) {
      const store = new EmbeddedStore(path.join(dir, `sinak-${n}.db`));
      await ingest(order, store);
      const nodes = (await reported(store)).filter(([place]) => place === 'Sinak').map(([, , k]) => k);
      expect(nodes.sort()).toEqual([1, 2]);
      await store.close();
    }
  }, 60_000);
});

describe('matching by the weekday when no filing day is known', () => {
  const stored = (id: string, date: string | null, weekday?: number): StoredIncident => ({
    id,
    kind: 'attack',
    date,
    place: 'Sinak',
    participants: [],
    reported: [],
    ...(weekday !== undefined ? { weekday } : {}),
  });
  const saturday = { kind: 'attack' as const, date: null, place: 'Sinak', weekday: 6 };

  it('joins a stored report dated to a day of that weekday, or told with that weekday, at the same place', () => {
    // 2024-08-10 was a Saturday, 2024-08-13 a Tuesday.
    expect(matchIncident(saturday, [], [stored('sat', '2024-08-10')])?.reason).toContain('same weekday (Saturday)');
    expect(matchIncident(saturday, [], [stored('told', null, 6)])?.id).toBe('told');
    expect(
      matchIncident({ ...saturday, date: '2024-08-10', weekday: undefined }, [], [stored('told', null, 6)])?.id,
    ).toBe('told');
  });

  it('another weekday, another place, or reports filed weeks apart stay apart', () => {
    expect(matchIncident(saturday, [], [stored('tue', '2024-08-13')])).toBeNull();
    expect(matchIncident(saturday, [], [stored('tue', null, 2)])).toBeNull();
    expect(matchIncident({ ...saturday, place: 'Ilaga' }, [], [stored('sat', '2024-08-10')])).toBeNull();
    const filed = { ...stored('sat', null, 6), reported: ['2024-06-02'] };
    expect(matchIncident(saturday, [], [filed], '2024-08-14')).toBeNull();
  });

  it('a weekday is no day: a report of the wider region still needs the days themselves', () => {
    const town = { ...stored('sat', '2024-08-10'), areas: ['Puncak regency'] };
    expect(matchIncident({ ...saturday, place: 'Puncak regency' }, [], [town])).toBeNull();
  });
});

// Copy dated nowhere: no date, no weekday, no dateline day. Its lead is its news, which can only be an incident that
// other reports tell as the news of the day they were filed.
const KADAWA_REUTERS =
  'Gunmen kill 17 in northwest Nigeria village, police say\n\nGUSAU, Nigeria, July 9 (Reuters) - Gunmen killed at ' +
  "least 17 villagers in an attack on the village of Kadawa in northwestern Nigeria's Zamfara state, police said.";

const KADAWA_AFP =
  "Bandits kill 20 in Nigeria village raid\n\nKano (AFP) - Armed bandits stormed the village of Kadawa in Nigeria's " +
  'Zamfara state, killing at least 20 people, residents told AFP.\n\nIn a separate attack, gunmen killed four ' +
  'farmers in the village of Dansadau.';

// A paper filed weeks later tells an attack on Kadawa in March of the year before as its background.
const KADAWA_LATER =
  'Zamfara villagers flee fresh violence\n\nGUSAU, Nigeria, Aug 28 (Premium Times) - Gunmen killed six farmers in ' +
  'the village of Maru on Tuesday, residents said.\n\nKadawa was attacked in March 2025, when 30 villagers were ' +
  'killed.';

describe('the lead of copy dated nowhere', () => {
  it('meets the report, stored before it, that tells the same attack at the same village as its news', async () => {
    const store = new EmbeddedStore(path.join(dir, 'kadawa.db'));
    await ingest([write('kadawa-reuters.txt', KADAWA_REUTERS), write('kadawa-afp.txt', KADAWA_AFP)], store);
    const nodes = await reported(store);
    expect(nodes.filter(([place]) => place === 'Kadawa').map(([, , k]) => k)).toEqual([2]);
    expect(nodes.filter(([place]) => place === 'Dansadau').map(([, , k]) => k)).toEqual([1]);
    await store.close();
  }, 60_000);

  it('does not meet an attack at that village that the stored reports tell as long past', async () => {
    const store = new EmbeddedStore(path.join(dir, 'kadawa-later.db'));
    await ingest([write('kadawa-later.txt', KADAWA_LATER), write('kadawa-afp2.txt', KADAWA_AFP)], store);
    const nodes = await reported(store);
    expect(nodes.filter(([place]) => place === 'Kadawa').map(([, date, k]) => [date, k])).toEqual([
      ['2025-03', 1],
      [null, 1],
    ]);
    await store.close();
  }, 60_000);

  const stored = (over: Partial<StoredIncident>): StoredIncident => ({
    id: 'kadawa',
    kind: 'attack',
    date: null,
    place: 'Kadawa',
    participants: [],
    reported: ['--07-09'],
    ...over,
  });
  const lead = { kind: 'attack' as const, date: null, place: 'Kadawa' };

  it('only as its lead, of the same kind, and not with a stored incident no report dates', () => {
    expect(matchIncident(lead, [], [stored({})], null, false, null, true)?.reason).toContain(
      'lead of copy dated nowhere',
    );
    expect(matchIncident(lead, [], [stored({})], null, false, null, false)).toBeNull();
    expect(matchIncident({ ...lead, kind: 'clash' }, [], [stored({})], null, false, null, true)).toBeNull();
    expect(matchIncident(lead, [], [stored({ reported: [] })], null, false, null, true)).toBeNull();
    // Dated in the week before its report was filed: news; a month before: not.
    expect(matchIncident(lead, [], [stored({ date: '--07-08' })], null, false, null, true)).not.toBeNull();
    expect(matchIncident(lead, [], [stored({ date: '--06-01' })], null, false, null, true)).toBeNull();
  });

  it("meets neither of two stored attacks at its village that are each their reports' news", () => {
    const two = [stored({ id: 'a', date: '--07-08' }), stored({ id: 'b', date: '--06-28', reported: ['--06-29'] })];
    expect(matchIncident(lead, [], two, null, false, null, true)).toBeNull();
    expect(matchIncident(lead, [], two.slice(0, 1), null, false, null, true)?.id).toBe('a');
  });
});

describe('a headline and its lead (s13e post-mortem classes, Cameroon copy)', () => {
  const incidentsOf = (text: string) =>
    extract({ source: 'w.txt', text }).incidents.map((i) => ({ place: i.place, areas: i.areas, killed: i.killed }));

  it('meets the lead though the headline names a wider place the text never puts the lead in', () => {
    const found = incidentsOf(
      'Seven dead as Cameroon troops clash with separatists near Nigerian border\n\nBAMENDA, Cameroon, Oct 8 ' +
        '(Reuters) - Separatist fighters ambushed soldiers patrolling Batibo, a town in Momo division, on Tuesday, ' +
        'killing three soldiers and four fighters, the army said.\n',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.killed).toBe(7);
    expect(found[0]!.place).not.toBe('Nigerian');
  });

  it('follows the places an article nests: a village in a division of a region', () => {
    const found = incidentsOf(
      'Gunmen kill four in Fako village raid, governor says\n\nBUEA, Cameroon, May 12 (AFP) - Gunmen killed four ' +
        "farmers in an attack on the village of Ekona, in Fako division of Cameroon's South-West region, on Sunday, " +
        'the regional governor said on Monday.\n',
    );
    expect(found).toEqual([{ place: 'Ekona', areas: ['Fako', 'South-West'], killed: 4 }]);
  });
});
