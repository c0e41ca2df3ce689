// Session 19: a landmine blast and an air strike told in one township in one week were joined as one incident: the
// kind family (violence) and the place agreed, and nothing said how each was done. An incident now keeps a coarse
// manner (by air, a mine or planted bomb, artillery, a blade) read around its triggers, and two reports whose manners
// cannot be one act stay apart, in an article and across articles. Texts are invented, in the style of wire copy
// from places and outlets none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { mannersConflict } from '../../graph/incidents/manner.ts';
import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s19m-');

const manners = (text: string) =>
  extract({ source: 'm.txt', text }).incidents.map((i) => [i.place, i.manner ?? []] as const);

describe('the manner an article tells', () => {
  // Session 21: "guided aerial bombs struck the town" was an attack in one outlet and an airstrike in the other, so
  // one strike was two incidents across outlets. Bombs only aircraft drop tell the manner and the kind; a car bomb,
  // or "aerial" beside no bomb, does not.
  it('reads glide and aerial bombs as an attack from the air, not a car bomb or aerial footage', () => {
    const kinds = (text: string) =>
      extract({ source: 'g.txt', text }).incidents.map((i) => [i.kind, i.place, i.manner ?? []] as const);
    expect(
      kinds(
        'ZAPORIZHZHIA, May 7 (Reuters) - Russian guided aerial bombs struck the town of Vilniansk on Tuesday, ' +
          'killing two people and wounding nine, the regional governor said.',
      ),
    ).toEqual([['airstrike', 'Vilniansk', ['air']]]);
    expect(
      kinds(
        'SUMY, Oct 2 (AP) - Glide bombs hit the town of Krasnopillia on Wednesday, killing one woman, officials said.',
      ),
    ).toEqual([['airstrike', 'Krasnopillia', ['air']]]);
    expect(
      kinds(
        'MOGADISHU, Feb 9 (Reuters) - A car bomb exploded at a checkpoint in the town of Afgoye on Friday, ' +
          'killing four soldiers. Aerial footage showed the wreckage of the attack, police said.',
      ).map(([kind, , manner]) => [kind, manner]),
    ).toEqual([['attack', ['mine']]]);
  });

  it('reads a mine, an air strike, shelling and a stabbing from the words around the trigger', () => {
    expect(
      manners(
        'KABUL, June 3 (Reuters) - Two soldiers were killed on Monday when a landmine exploded under their vehicle ' +
          'on a road in Arghandab district, officials said.\n\nSeparately, an air strike hit a compound in Nad Ali ' +
          'district on Tuesday, killing four people.',
      ),
    ).toEqual([
      ['Arghandab', ['mine']],
      ['Nad Ali', ['air']],
    ]);
    expect(
      manners(
        'DONETSK, Aug 14 (AP) - Artillery shelling killed three civilians in the town of Toretsk on Wednesday, ' +
          'regional officials said.',
      ),
    ).toEqual([['Toretsk', ['artillery']]]);
  });

  it('tells none for a mining town or an attack told without its means', () => {
    expect(
      manners(
        'LUBUMBASHI, May 2 (Reuters) - Gunmen attacked a copper mine near Kolwezi on Friday, killing two guards, ' +
          'police said.',
      ),
    ).toEqual([['Kolwezi', []]]);
  });

  it('keeps a roadside bomb and an air raid told of one district and day apart', () => {
    const x = extract({
      source: 'helmand.txt',
      text:
        'LASHKAR GAH, Sept 9 (AFP) - A roadside bomb killed three policemen in Nad Ali district on Sunday, the ' +
        'provincial governor said.\n\nAn air raid in Nad Ali district on Sunday killed five militants, the army ' +
        'said.',
    });
    expect(x.incidents.map((i) => i.manner)).toEqual([['mine'], ['air']]);
  });
});

describe('manners that rule each other out', () => {
  it('are a mine and an air strike, or a blade and a blast, never air and artillery', () => {
    expect(mannersConflict(['mine'], ['air'])).toBe(true);
    expect(mannersConflict(['blade'], ['artillery'])).toBe(true);
    expect(mannersConflict(['air'], ['artillery'])).toBe(false);
    expect(mannersConflict(['mine', 'air'], ['air'])).toBe(false);
    expect(mannersConflict([], ['air'])).toBe(false);
    expect(mannersConflict(undefined, ['mine'])).toBe(false);
  });

  it('keep a stored air strike from a mine blast at the same place and day', () => {
    const stored: StoredIncident = {
      id: 'strike',
      kind: 'airstrike',
      date: '2024-03-11',
      place: 'Minbya',
      participants: [],
      reported: ['2024-03-12'],
      manner: ['air'],
    };
    const report = { kind: 'attack' as const, date: '2024-03-11', place: 'Minbya' };
    expect(matchIncident({ ...report, manner: ['mine'] }, [], [stored], '2024-03-12')).toBeNull();
    expect(matchIncident({ ...report, manner: ['air'] }, [], [stored], '2024-03-12')?.id).toBe('strike');
    expect(matchIncident(report, [], [stored], '2024-03-12')?.id).toBe('strike');
  });
});

describe('a mine blast and an air strike in one township, told by two outlets', () => {
  it('are two incidents, and the two reports of the air strike one', async () => {
    const wire = write(
      'minbya-wire.txt',
      "Air strike on village kills four in Myanmar's Rakhine\n\nYANGON, March 12 (Reuters) - A military air strike " +
        'hit a village in Minbya township on Monday, killing four civilians, residents said.\n\nThe Arakan Army said ' +
        'the strike targeted a school.',
    );
    const copy = write(
      'minbya-copy.txt',
      'Yangon, March 12 (Xinhua) - Three soldiers were killed when a landmine exploded on a road in Minbya township on ' +
        'Monday, state media said.\n\nIn a separate incident, an air strike killed four people in a village in ' +
        'Minbya township on Monday, local media reported.',
    );
    const store = new EmbeddedStore(path.join(dir, 'minbya.db'));
    await ingest([wire, copy], store);
    const nodes = await reportedPlaces(store);
    await store.close();
    expect(nodes).toEqual([
      ['Minbya', 1],
      ['Minbya', 2],
    ]);
  }, 60_000);
});
