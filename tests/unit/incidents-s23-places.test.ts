// Session 23: one attack told at different places. The wider places a text tells right after a place's name (its
// unit "of" a region, a region in brackets, a place after a comma, a bearing from a town) are kept among the
// incident's areas, and a report meets another whose areas hold its place however either spells it ("west of
// Dhuusamarreeb" / "near Dusamareb"). Texts are invented, in the style of wire copy from places none of the fixtures
// use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { placeKey } from '../../graph/incidents/key.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s23p-');

const placed = (text: string) => extract({ source: 't.txt', text }).incidents.map((i) => [i.place, i.areas ?? []]);

describe('wider places told right after the place', () => {
  it('keeps a unit "of" a region, through a possessor', () => {
    const text =
      "Gunmen killed nine people in Dogo, a village in the Koro circle of Mali's central Mopti region, on Tuesday, " +
      'officials said.';
    expect(placed(text)).toEqual([['Dogo', ['Koro', 'Mopti']]]);
  });

  it('keeps a region in brackets, a place after a comma, and a town a bearing is told from', () => {
    const bracket =
      'Gunmen attacked a gendarmerie post in Nano, in the Tone prefecture (Savanes region), on Friday, killing four ' +
      'gendarmes.';
    const comma =
      'Soldiers clashed with gunmen in Kalingalan village, Sulu province on Monday, killing three, the army said.';
    const bearing = 'A roadside bomb struck a convoy near Tessit, east of Gao, on Saturday, killing two peacekeepers.';
    expect([placed(bracket), placed(comma), placed(bearing)]).toEqual([
      [['Nano', ['Tone', 'Savanes']]],
      [['Kalingalan', ['Sulu']]],
      [['Tessit', ['Gao']]],
    ]);
  });

  it('takes no list of places for a wider one', () => {
    const text = 'Shells hit Beni, Butembo and Oicha on Sunday, killing 12 people, officials said.';
    expect(placed(text).flatMap(([, areas]) => areas)).toEqual([]);
  });
});

describe('unit words closing a place name', () => {
  it('key a local government area, a woreda, a circle and a state by their name', () => {
    expect(
      ['Dutsin-Ma Local Government Area', 'Dutsin-Ma LGA', 'Kafta Humera woreda', 'Koro circle', 'Borno State'].map(
        placeKey,
      ),
    ).toEqual(['dutsin ma', 'dutsin ma', 'kafta humera', 'koro', 'borno']);
  });
});

const VILLAGE =
  'Eight soldiers killed in attack on Galgaduud base\n\nDhuusamarreeb (Hiiraan Online) - Eight Somali soldiers ' +
  'were killed late on Thursday when militants attacked a military base in Ceel Garas village, west of ' +
  'Dhuusamarreeb town, local officials said.\n\nIn 2022, militants killed 11 soldiers in an attack on a base in ' +
  'Ceel Dheer, on the coast.';
const TOWN =
  'Militants kill eight Somali soldiers in base attack\n\nMogadishu (AFP) - Islamist militants killed eight ' +
  'Somali soldiers in an assault on an army base near Dusamareb in central Somalia, an officer said on Friday.';

describe('a village told "west of" a town, and the town spelled otherwise', () => {
  it('is one attack either way round; the earlier attack elsewhere stays apart', async () => {
    const rows = [];
    for (const [name, order] of [
      ['a', [VILLAGE, TOWN]],
      ['b', [TOWN, VILLAGE]],
    ] as const) {
      const store = new EmbeddedStore(path.join(dir, `${name}.db`));
      await ingest(
        order.map((t, k) => write(`${name}${k}.txt`, t)),
        store,
      );
      rows.push((await reportedPlaces(store)).map(([, n]) => n).sort());
      await store.close();
    }
    expect(rows).toEqual([
      [1, 2],
      [1, 2],
    ]);
  }, 60_000);
});
