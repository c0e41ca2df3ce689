// Session 18: copy filed on a day unknown whose lead joined a stored incident was filed when that incident's reports
// were; its other incidents ("On Saturday, a roadside bomb ... near Ansongo") then meet the ones those reports told
// ("a day after a roadside bomb hit a UN convoy near Ansongo") as news of the same week. None of them joins the
// stored incident its lead joined: the copy told them apart. Texts are invented, in the style of wire copy from
// places and outlets none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s18l-');

const WIRE =
  "Suicide car bomb kills nine at hotel in Mali's Gao\n\nBAMAKO, Sept 14 (Reuters) - A suicide bomber drove a car " +
  'packed with explosives into the gate of a hotel in the northern Malian town of Gao on Sunday, killing at least ' +
  'nine people, security sources said.\n\nThe bombing came a day after a roadside bomb hit a UN convoy near ' +
  'Ansongo, south of Gao, killing two peacekeepers, according to residents.';

const COPY =
  'Mali: suicide attack on Gao hotel kills 11\n\nBamako (AFP) - At least 11 people were killed when a suicide ' +
  'bomber blew up an explosives-laden vehicle outside a hotel in Gao in northern Mali, officials said Monday.\n\n' +
  'The blast on Sunday afternoon tore through the entrance of the hotel, where local officials were meeting.\n\n' +
  'On Saturday, three UN peacekeepers were killed when a roadside bomb struck their vehicle near Ansongo, a ' +
  "security source said.\n\nIn March, a car bomb outside the governor's office in Gao killed six people.";

describe('copy filed on a day unknown, its lead joined to a dated wire', () => {
  it("meets the wire's other incident at its place, and keeps its own earlier bombing apart from the news", async () => {
    const store = new EmbeddedStore(path.join(dir, 'gao.db'));
    await ingest([write('gao-wire.txt', WIRE), write('gao-copy.txt', COPY)], store);
    const nodes = await reportedPlaces(store);
    await store.close();
    expect(nodes).toEqual([
      ['Ansongo', 2],
      ['Gao', 1],
      ['Gao', 2],
    ]);
  }, 60_000);
});
