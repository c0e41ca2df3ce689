// Session 19, second round: places the incident stage misread or could not meet. A warplane that "struck" a market
// told no attack at all; a river the town stands on was taken for the place; a state's short name before "village"
// ("attack on Burkina village") was; and a Somali name written with its "x" ("Xaafuun") never met the English "h"
// ("Hafun"). Texts are invented, in the style of wire copy from places and outlets none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { placeKey, placeLookups } from '../../graph/incidents/key.ts';
import { spelledAlike } from '../../graph/incidents/spelling.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s19b-');

const incidentsOf = (text: string) =>
  extract({ source: 'test.txt', text }).incidents.map((i) => ({ kind: i.kind, place: i.place, killed: i.killed }));

describe('a warplane that struck', () => {
  it('tells an airstrike at the town it struck', () => {
    const text =
      'Air strike on market kills nine\n\nBEIRUT, May 2 (Reuters) - A Syrian air force jet struck a crowded market ' +
      'in the town of Hajin on Tuesday, killing nine people, a monitor said.\n\nThe monitor said the strike hit ' +
      'the market in the centre of the town, on the Euphrates river about 90 km from the border.';
    expect(incidentsOf(text)).toEqual([{ kind: 'airstrike', place: 'Hajin', killed: 9 }]);
  });

  it('is no attack when a jet struck nothing but a chord', () => {
    expect(incidentsOf('The airline said its new jet struck a chord with travellers in Dubai on Monday.')).toEqual([]);
  });
});

describe('a river named in passing', () => {
  it('is no place: a strike told only there stays unplaced', () => {
    const text =
      'Air strike on eastern market kills nine\n\nAn air strike hit the vegetable market in the centre of the ' +
      'town, on the Euphrates river, killing nine people, a monitor said.';
    expect(incidentsOf(text)).toEqual([{ kind: 'airstrike', place: null, killed: 9 }]);
  });
});

describe("a state's short name before a settlement word", () => {
  it('places nothing: the village the body names is the place', () => {
    const text =
      'Gunmen kill 14 in attack on Burkina village\n\nOUAGADOUGOU, May 4, 2025 (AFP) - Gunmen killed 14 ' +
      'people in an attack on Friday on a village in eastern Burkina Faso, security sources said.\n\nDozens of ' +
      'attackers on motorbikes stormed Tanwalbougou, a village near the town of Fada NGourma, a source said.';
    expect(incidentsOf(text)[0]?.place).toBe('Tanwalbougou');
  });
});

describe('a Somali name spelled with its "x" and with an "h"', () => {
  const alike = (a: string, b: string) => spelledAlike(placeKey(a), placeKey(b));

  it('is one name, and is looked up by one key', () => {
    expect(alike('Bulo Xaawo', 'Bulo Hawo')).toBe(true);
    expect(alike('Xaafuun', 'Hafun')).toBe(true);
    const shared = placeLookups('Qansax Dheere').filter((k) => placeLookups('Qansahdhere').includes(k));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('is not a name with an "x" outside Somali spelling, nor another name', () => {
    expect(alike('Texas', 'Tehas')).toBe(false);
    expect(alike('Bulo Xaawo', 'Bulo Burte')).toBe(false);
  });

  it('meets across two reports of one raid; an attack at another town stays apart', async () => {
    const reuters = write(
      'qansahdhere-reuters.txt',
      'Al Shabaab attacks Somali base, killing nine\n\nMOGADISHU, July 8, 2025 (Reuters) - Al Shabaab militants ' +
        'attacked a Somali army base in the town of Qansahdhere on Monday, killing nine soldiers, an officer said.',
    );
    const local = write(
      'qansax-dheere-local.txt',
      'Death toll in Qansax Dheere raid rises\n\nBAIDOA, July 9, 2025 - The number of soldiers killed in the ' +
        'Al-Shabaab raid on a military base in Qansax Dheere on Monday has risen to eleven, the district commissioner said.',
    );
    const other = write(
      'wajid-local.txt',
      'Mortars hit Wajid\n\nBAIDOA, July 9, 2025 - Al-Shabaab fighters fired mortars at the airstrip in the town ' +
        'of Wajid on Monday, killing two civilians, residents said.',
    );
    const store = new EmbeddedStore(path.join(dir, 'qansax.db'));
    await ingest([reuters, local, other], store);
    const nodes = await reportedPlaces(store);
    await store.close();
    expect(nodes.map(([, n]) => n).sort()).toEqual([1, 2]);
  }, 60_000);
});
