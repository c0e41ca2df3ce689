// The class the fourteenth session's breakdown of missed incident pairs found largest: an outlet whose copy carries
// no date at all ("Yaounde (AFP) -", "BAMA, Nigeria (AP) -") tells the news by a weekday only ("late Saturday"), and
// another outlet dates the same attack to its day or by a year-less dateline. Filed on days unknown, the two met
// nowhere. The weekday is now kept on such a report (Incident.weekday) and on the node it makes, and two reports at
// one place that put it on the same weekday are one week's news; another weekday stays apart. A statement's weekday
// ("the government confirmed the attack on Wednesday") dates the statement, not the attack.
// Texts are invented, in the style of wire copy from places, outlets and years none of the fixtures use.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-s14-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    place: i.place,
    date: i.date,
    weekday: i.weekday ?? null,
  }));

/** Incident nodes in a store as [place, date, how many articles report it], sorted. */
async function reported(store: EmbeddedStore): Promise<Array<[unknown, unknown, number]>> {
  const g = await store.subgraph({ limit: 100_000 });
  const reports = (id: string) => g.edges.filter((e) => e.type === 'MENTIONED_IN' && e.source === id).length;
  return g.nodes
    .filter((n) => n.labels.includes('Incident'))
    .map((n): [unknown, unknown, number] => [n.props.place, n.props.date, reports(n.id)])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
}

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
