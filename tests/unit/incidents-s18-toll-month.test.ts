// Session 18: an earlier happening that two reports tell as background by its month and its many dead ("In August
// 2019, jihadists stormed the base at Koutougou and killed 24 soldiers" / "the army's heaviest losses, in August
// 2019, when an attack killed 24 soldiers") never met when one report named a wider place or none. Texts are
// invented, in the style of wire copy from places and outlets none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { ingest } from '../../graph/load.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s18t-');

describe('a background happening told by its month and its many dead', () => {
  const stored: StoredIncident = {
    id: 'koutougou',
    kind: 'attack',
    date: '2019-08',
    place: 'Koutougou',
    areas: ['Soum'],
    participants: [],
    reported: ['2021-05-10'],
    killed: [24, 24],
  };
  type Report = Parameters<typeof matchIncident>[0];
  const report: Report = { kind: 'attack', date: '2019-08', place: null, weekday: undefined, killed: 24 };
  const match = (over: Partial<Report>) =>
    matchIncident({ ...report, ...over }, [], [stored], '2023-02-02')?.id ?? null;

  it('meets the stored one at its wider place or at none, its toll told alike (a tenth either way)', () => {
    expect(match({ place: 'Soum' })).toBe('koutougou');
    expect(match({})).toBe('koutougou');
    expect(match({ killed: 26 })).toBe('koutougou');
  });

  it('stays apart with a few dead, another toll, another month, another kind or another town', () => {
    expect(matchIncident({ ...report, killed: 12 }, [], [{ ...stored, killed: [12, 12] }], '2023-02-02')).toBeNull();
    expect(match({ killed: 40 })).toBeNull();
    expect(match({ date: '2019-09' })).toBeNull();
    expect(match({ kind: 'clash' })).toBeNull();
    expect(match({ place: 'Arbinda' })).toBeNull();
  });
});

const REUTERS =
  'Jihadists kill five soldiers in northern Burkina Faso\n\nOUAGADOUGOU, May 10, 2021 (Reuters) - Suspected ' +
  'jihadists killed five soldiers in an attack on an army patrol near Djibo on Sunday, security sources said.\n\n' +
  'The region has seen some of the worst violence of the insurgency. In August 2019, jihadists stormed the army ' +
  'base at Koutougou and killed 24 soldiers.';

const afp = (dead: string) =>
  'Burkina army post attacked in Soum province\n\nOUAGADOUGOU, Feb 2, 2023 (AFP) - Gunmen attacked an army post in ' +
  'the northern town of Arbinda on Wednesday, killing seven gendarmes, the army said.\n\nThe army suffered its ' +
  `heaviest losses in August 2019, when an attack killed ${dead} soldiers.`;

describe('two reports years apart recalling one attack', () => {
  it('meet on it by its month and its dead, the place told by one only', async () => {
    const store = new EmbeddedStore(path.join(dir, 'koutougou.db'));
    await ingest([write('k-reuters.txt', REUTERS), write('k-afp.txt', afp('24'))], store);
    const nodes = await reportedPlaces(store);
    await store.close();
    expect(nodes).toContainEqual(['Koutougou', 2]);
  }, 60_000);

  it('stay apart when the dead told differ', async () => {
    const store = new EmbeddedStore(path.join(dir, 'koutougou-12.db'));
    await ingest([write('k-reuters.txt', REUTERS), write('k-afp-12.txt', afp('12'))], store);
    const nodes = await reportedPlaces(store);
    await store.close();
    expect(nodes).toContainEqual(['Koutougou', 1]);
  }, 60_000);
});
