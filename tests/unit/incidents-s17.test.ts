// Classes the seventeenth session found behind incidents two or three outlets told and the graph kept apart:
// - "Bignona, 12 March (APS) -": a title-case dateline with the day before the month dates the copy, so that its
//   "yesterday" is a day;
// - "stormed the locality of Kérawa in the Kolofata Subdivision": a locality (or hamlet) is a settlement's type
//   word, and the place struck is the locality, inside the subdivision;
// - "Kolofata Subdivision", "Kpendjal Prefecture", "Bosso Department": the unit's type word closing a name is no
//   part of the key another outlet's "Kolofata" meets;
// - "Gunmen killed six people ... on Saturday" under "Mexico City (AFP) -": the lead of copy dated nowhere that tells a
//   weekday is still that copy's news; it meets the stored news at its place when its weekday does not rule the
//   stored day out (a day without its year has no weekday to compare; a full date must fall on it);
// - "an army patrol and insurgents exchanged fire near Chai", two dead, and "insurgents attacked an army patrol near
//   Chai", two dead: a lead of another kind meets the stored news when its toll is one the stored reports told;
// - "in Rumā of Bandarban": "of" after a town's name says where it lies; only a feature's word ("the Gulf of Aden",
//   "the Democratic Republic of Congo") opens a name that goes on after "of";
// - "an attack on the police station of Tacueyó, in the municipality of Toribío": a station, a post, an outpost or a
//   garrison "of" a town is in that town (as a market or a hospital "of" it);
// - "fought the attackers for more than two hours": a span of hours is no figure a claim counts.
// Texts are invented, in the style of wire copy from places, outlets and years none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { digitsFor } from '../../graph/claims/numbers.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { placeKey } from '../../graph/incidents/key.ts';
import { ingest } from '../../graph/load.ts';
import { datelineDay, parseDateline } from '../../ingest/clean/dateline.ts';
import { extract } from '../../ingest/extract.ts';
import { reportedPlacesAndDates } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s17-');

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    place: i.place,
    date: i.date,
    areas: i.areas ?? [],
  }));

async function nodesOf(articles: Record<string, string>, name: string) {
  const store = new EmbeddedStore(path.join(dir, `${name}.db`));
  await ingest(
    Object.entries(articles).map(([file, text]) => write(file, text)),
    store,
  );
  const nodes = await reportedPlacesAndDates(store);
  await store.close();
  return nodes;
}

describe('a title-case dateline with the day before the month', () => {
  it('dates the copy, and its "yesterday" the day before', () => {
    const d = parseDateline('Kayes, 3 April (AMAP) - Two gendarmes were killed');
    expect(d?.place).toBe('Kayes');
    expect(datelineDay(d)).toBe('--04-03');
    expect(datelineDay(parseDateline('Tahoua, 14 Sept 2027 (ANP) - Gunmen'))).toBe('2027-09-14');
    const text =
      'Two gendarmes killed near Diéma\n\nKayes, 3 April (AMAP) - Two gendarmes were killed yesterday when armed ' +
      'men attacked their post in the village of Lakamané, the army said in a statement.';
    expect(told(text).map((i) => [i.place, i.date])).toEqual([['Lakamané', '--04-02']]);
  });

  it('takes no sentence opening with a number for a dateline', () => {
    expect(parseDateline('Kayes, 3 April was a quiet day in the town.')).toBeNull();
    expect(parseDateline('Police, 12 March marchers said, fired tear gas (AFP) - none')).toBeNull();
  });
});

describe('a locality and the unit it lies in', () => {
  it('puts the strike at the locality, inside the unit', () => {
    const text =
      'Terrorists of the Boko Haram sect stormed the locality of Toumour in the Bosso Department, killing six ' +
      'people, among them the village chief.\n\nThe prefect said the assailants fled towards Lake Chad.';
    expect(told(text).map((i) => i.place)).toEqual(['Toumour']);
    const hamlet =
      'MAROUA, June 2, 2028 (Reuters) - Gunmen attacked the hamlet of Gance in the Mora district on Sunday, killing ' +
      'four herders, officials said.';
    expect(told(hamlet).map((i) => i.place)).toEqual(['Gance']);
  });

  it("keys a unit's name without its type word", () => {
    expect(placeKey('Bosso Department')).toBe(placeKey('Bosso'));
    expect(placeKey('Kpendjal Prefecture')).toBe('kpendjal');
    expect(placeKey('Tokombere Subdivision')).toBe('tokombere');
    expect(placeKey('Mayo-Tsanaga Division')).toBe(placeKey('Mayo-Tsanaga'));
    expect(placeKey('Oulampane Commune')).toBe('oulampane');
    // A type word that is the name's own stays: a town called "Division" is not emptied.
    expect(placeKey('Division')).toBe('division');
  });
});

describe('"of" after a name', () => {
  it("says where a town lies, while a feature's name goes on after it", () => {
    const town =
      'SRINAGAR, June 3, 2028 (PTI) - Two militants were killed in a gunfight with security forces in Sopore of ' +
      'Baramulla on Monday, police said.';
    expect(told(town).map((i) => i.place)).toEqual(['Sopore']);
    const gulf =
      'ADEN, June 3, 2028 (Reuters) - Houthi forces attacked a cargo ship in the Gulf of Aden on Monday, the ' +
      'British maritime agency said.';
    expect(told(gulf).map((i) => i.place)).toEqual(['Gulf of Aden']);
    const state =
      'KINSHASA, June 3, 2028 (Reuters) - Rebels attacked an army base in the Democratic Republic of Congo on ' +
      'Monday, killing five soldiers, the army said.';
    expect(told(state).map((i) => i.place)).toEqual(['Democratic Republic of Congo']);
  });
});

describe('a station of a town', () => {
  it('puts the attack at the town, inside the unit told after it', () => {
    const text =
      'LIMA, Aug 4, 2028 (Reuters) - Rebels attacked the police station of Llochegua, in the province of Huanta, on ' +
      'Saturday, killing three officers, authorities said.';
    expect(told(text).map((i) => [i.place, i.areas])).toEqual([['Llochegua', ['Huanta']]]);
    const post =
      'OUAGADOUGOU, Aug 4, 2028 (AFP) - Jihadists attacked the army post of Djibasso, in the province of Kossi, on ' +
      'Thursday, killing six soldiers, security sources said.';
    expect(told(post).map((i) => i.place)).toEqual(['Djibasso']);
  });
});

// A wire report dated by its dateline and a paper with no dateline telling the same raid at the locality, each with
// its own toll; an earlier raid at the same locality the paper tells as background stays apart.
const NIAMEY_XINHUA =
  'Seven killed in Boko Haram raid in southeast Niger\n\nNIAMEY, March 5 (Xinhua) -- Seven people were killed when ' +
  'suspected Boko Haram militants stormed Toumour, a village in the Bosso department of Diffa region, on March 4, ' +
  'a local official said Thursday.\n\nThe militants torched the market and looted food stocks, the official said.';

const DIFFA_SAHEL =
  'Diffa: defence forces repel terrorists in Toumour\n\nTerrorists of the Boko Haram sect stormed the locality of ' +
  'Toumour in the Bosso Department, killing six people, among them the village chief.\n\nThe Defence and Security ' +
  'Forces intervened and forced the assailants to flee towards Lake Chad.\n\nIn December 2026, eleven people were ' +
  'killed when the same locality was attacked by Boko Haram.';

describe('one raid told at a locality by a dated wire and an undated paper', () => {
  it('is one incident with both tolls, the earlier raid apart', async () => {
    const nodes = await nodesOf({ 'a-xinhua.txt': NIAMEY_XINHUA, 'b-sahel.txt': DIFFA_SAHEL }, 'toumour');
    expect(nodes).toContainEqual(['Toumour', '--03-04', 2]);
    expect(nodes.filter((n) => n[2] === 2)).toHaveLength(1);
  }, 60_000);

  it('is one incident in the other order too', async () => {
    const nodes = await nodesOf({ 'a-sahel.txt': DIFFA_SAHEL, 'b-xinhua.txt': NIAMEY_XINHUA }, 'toumour-rev');
    expect(nodes.filter((n) => n[0] === 'Toumour' && n[2] === 2)).toHaveLength(1);
  }, 60_000);
});

// A dated wire (its dateline gives no year) and copy dated nowhere telling the raid "on Saturday", each its own toll.
const TLACOTEPEC_REUTERS =
  'Gunmen kill five in Guerrero village\n\nCHILPANCINGO, Mexico, May 13 (Reuters) - Gunmen killed five people in ' +
  'the village of Tlacotepec in the southern state of Guerrero late on May 12, state prosecutors said.\n\nThe ' +
  'prosecutors blamed a local drug gang.';

const TLACOTEPEC_AFP =
  'Six killed in attack on Mexican village\n\nMexico City (AFP) - Gunmen killed six people in an attack on the ' +
  'village of Tlacotepec in the southern state of Guerrero on Saturday, a local official told AFP.\n\nSoldiers ' +
  'were deployed to the area.';

// The same village dated to a Saturday with its year, and copy dated nowhere telling an attack there on Tuesday.
const TLACOTEPEC_DATED =
  'CHILPANCINGO, Mexico, May 13, 2029 (Reuters) - Gunmen killed five people in the village of Tlacotepec in the ' +
  'southern state of Guerrero late on May 12, state prosecutors said.';

const TLACOTEPEC_TUESDAY =
  'Two police officers killed in Guerrero\n\nMexico City (AFP) - Gunmen killed two police officers in an attack ' +
  'on the village of Tlacotepec in the southern state of Guerrero on Tuesday, a local official told AFP.';

describe('the lead of copy dated nowhere, with a weekday', () => {
  it('meets the stored news at its place, in either order', async () => {
    const one = await nodesOf({ 'a.txt': TLACOTEPEC_REUTERS, 'b.txt': TLACOTEPEC_AFP }, 'tlaco');
    expect(one).toEqual([['Tlacotepec', '--05-12', 2]]);
    const two = await nodesOf({ 'a.txt': TLACOTEPEC_AFP, 'b.txt': TLACOTEPEC_REUTERS }, 'tlaco-rev');
    expect(two).toEqual([['Tlacotepec', '--05-12', 2]]);
  }, 60_000);

  it('stays apart from a stored full date on another weekday', async () => {
    const nodes = await nodesOf({ 'a.txt': TLACOTEPEC_DATED, 'b.txt': TLACOTEPEC_TUESDAY }, 'tlaco-tue');
    expect(nodes).toEqual([
      ['Tlacotepec', '2029-05-12', 1],
      ['Tlacotepec', null, 1],
    ]);
  }, 60_000);
});

// A clash told by copy dated nowhere (a weekday) and an attack told by a dated wire, at one village, two dead each.
const CHAI_AP =
  'Two soldiers killed in clash with insurgents in Cabo Delgado\n\nPEMBA, Mozambique (AP) — Two Mozambican soldiers ' +
  'were killed on Tuesday when an army patrol and insurgents exchanged fire near the village of Chai, in Macomia ' +
  'district, local officials said.\n\nThe army did not comment.';

const chaiLusa = (dead: string) =>
  `Insurgents kill ${dead} soldiers in Macomia\n\nPEMBA, Oct 16 (Lusa) - Insurgents attacked an army patrol near ` +
  `the village of Chai, in Macomia district, on Oct. 15, killing ${dead} soldiers, a local source told Lusa.\n\n` +
  'Residents fled towards the district headquarters.';

describe('a lead of another kind with the stored toll', () => {
  it('is the stored attack when it tells its dead', async () => {
    const nodes = await nodesOf({ 'a.txt': CHAI_AP, 'b.txt': chaiLusa('two') }, 'chai');
    expect(nodes).toEqual([['Chai', '--10-15', 2]]);
  }, 60_000);

  it('stays apart with another toll', async () => {
    const nodes = await nodesOf({ 'a.txt': CHAI_AP, 'b.txt': chaiLusa('five') }, 'chai-five');
    expect(nodes).toEqual([
      ['Chai', '--10-15', 1],
      ['Chai', null, 1],
    ]);
  }, 60_000);
});

// One raid: a wire tells how long the villagers fought, a paper the colonel's count of attackers killed.
const HOURS_WIRE =
  'BAMAKO, Sept 3 (Xinhua) -- Suspected jihadists attacked the village of Dioura in central Mali on Sept. 2, ' +
  'killing eight people, a local official said.\n\nLocal sources said members of the self-defence group fought the ' +
  'attackers for more than two hours with hunting rifles before soldiers arrived.';

const HOURS_PAPER =
  'Dioura: the army repels terrorists\n\nTerrorists stormed the locality of Dioura in the Tenenkou Cercle, killing ' +
  "six people.\n\nColonel Souleymane Dembele told L'Essor that two of the assailants were neutralised and that " +
  'weapons were recovered.';

describe('a span of hours in a claim', () => {
  it('is a figure of its own kind, while counts, days and years stay counts', () => {
    expect(digitsFor('fought the attackers for more than two hours')).toMatch(/\b2h hours\b/);
    expect(digitsFor('the shelling lasted 45 minutes')).toMatch(/\b45h minutes\b/);
    expect(digitsFor('two of the assailants were neutralised')).toContain('2 of the assailants');
    expect(digitsFor('a three-day ceasefire')).toContain('3-day');
    expect(digitsFor('five years in prison')).toContain('5 years');
  });

  it('does not make a claim telling how long a fight lasted one with a toll of the same figure', async () => {
    const store = new EmbeddedStore(path.join(dir, 'hours.db'));
    await ingest([write('h1.txt', HOURS_WIRE), write('h2.txt', HOURS_PAPER)], store);
    const g = await store.subgraph({ limit: 100_000 });
    await store.close();
    expect(g.edges.filter((e) => e.type === 'PARAPHRASES')).toEqual([]);
  }, 60_000);
});
