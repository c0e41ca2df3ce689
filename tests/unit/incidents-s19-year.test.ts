// Session 19: "In 2018, soldiers torched dozens of homes in Ndop" was joined with the bar attack in Ndop told that week
// ("on Saturday night"): a year with no month was read as no date, so the background and the news at one town were one
// incident, in the article and across articles. A year told alone now keeps an incident (`year`) apart from the news
// and from another year. Texts are invented, in the style of wire copy from places none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s19y-');

const told = (text: string) => extract({ source: 'y.txt', text }).incidents.map((i) => [i.place, i.year ?? null]);

describe('a year told alone', () => {
  it('keeps a past raid apart from the news at the same town', () => {
    expect(
      told(
        'BAMAKO, March 4 (Reuters) - Gunmen killed six traders at a market in Niono on Sunday, local officials ' +
          'said.\n\nIn 2019, jihadists burned dozens of granaries in Niono during a siege of the town, according ' +
          'to a UN report.',
      ),
    ).toEqual([
      ['Niono', null],
      ['Niono', 2019],
    ]);
  });

  it('is not taken from another clause of the sentence', () => {
    expect(
      told(
        'KADUNA, Nigeria (AP) - Bandits attacked the village of Kauru on Tuesday, killing nine people, a year after ' +
          'a raid in 2023 displaced thousands.',
      )[0],
    ).toEqual(['Kauru', null]);
  });
});

describe('a report dated by its year alone', () => {
  const stored = (date: string | null, year?: number): StoredIncident => ({
    id: 'stored',
    kind: 'attack',
    date,
    place: 'Niono',
    participants: [],
    reported: ['2025-03-04'],
    ...(year ? { year } : {}),
  });
  const report = { kind: 'attack' as const, date: null, place: 'Niono', year: 2019 };
  const match = (c: StoredIncident) => matchIncident(report, [], [c], '2025-03-05')?.id ?? null;

  it('meets no undated news nor a report of another year', () => {
    expect(match(stored(null))).toBeNull();
    expect(match(stored('2021-06-02'))).toBeNull();
    expect(match(stored(null, 2018))).toBeNull();
  });

  it('meets one told in that year', () => {
    expect(match(stored(null, 2019))).toBe('stored');
  });
});

describe('a market attack told by two outlets, one recalling a raid of years before at the town', () => {
  it('are one incident for the news and one for the past raid', async () => {
    const wire = write(
      'niono-wire.txt',
      'Gunmen kill six at market in central Mali\n\nBAMAKO, March 4 (Reuters) - Gunmen killed six traders at a ' +
        'market in the town of Niono on Sunday, local officials said.\n\nNo group claimed the attack.',
    );
    const copy = write(
      'niono-copy.txt',
      'Bamako, March 4 (AFP) - Six people were killed when armed men opened fire at the weekly market in Niono on ' +
        'Sunday, a local official told AFP.\n\nIn 2019, jihadists burned dozens of granaries in Niono during a ' +
        'siege of the town, according to a UN report.',
    );
    const store = new EmbeddedStore(path.join(dir, 'niono.db'));
    await ingest([wire, copy], store);
    const nodes = await reportedPlaces(store);
    await store.close();
    expect(nodes).toEqual([
      ['Niono', 1],
      ['Niono', 2],
    ]);
  }, 60_000);
});
