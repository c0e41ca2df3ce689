// Classes the fifteenth session found behind the fourteenth session's blind batches' missed incident pairs:
// - copy with no dateline day at all ("By JOHN SMITH" over the lead) tells its news as its first incident, dated at
//   most by "yesterday" or a weekday: two such copies at one village (spelled one letter apart in one district, or
//   at a town and the district it lies in) met nowhere. Each is now marked the news of copy filed on a day unknown
//   (the node's `unfiledLead`), and two of them meet when their dates are news dates (no month, as background has)
//   on no two different weekdays;
// - the lead of copy dated nowhere meets the one stored incident in the city it names, at a town the stored reports
//   put in that city, when that incident is its reports' news;
// - a capital named as a place ("in northern Niamey") is the city, not its state, and a headline's capital that the
//   lead's capital rules out ("..., junta points at Paris") is dropped, not kept as an area; a building's word after
//   a comma ("in northern Niamey, hospital sources said") says nothing of the place before it;
// - a site named with two words ("the Wadajir livestock market, in Hodan district") is inside the place after it, and
//   a long lead dates its event at its far end;
// - a massacre is an attack.
// Texts are invented, in the style of wire copy from places, outlets and years none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { placeKey, placeSound } from '../../graph/incidents/key.ts';
import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s15-');

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    place: i.place,
    date: i.date,
    areas: i.areas ?? [],
  }));

const reported = reportedPlaces;

async function nodesOf(files: string[], name: string): Promise<Array<[unknown, number]>> {
  const store = new EmbeddedStore(path.join(dir, `${name}.db`));
  await ingest(files, store);
  const nodes = await reported(store);
  await store.close();
  return nodes;
}

// Two papers with no dateline day, one village spelled two ways, both in Momo division.
const MBENGWI_POST =
  'Nine killed in Momo village raid\n\nBy EMMANUEL NDI\n\nNINE people were killed yesterday when armed separatist ' +
  'fighters raided Mbengwi village in Momo division, local officials said.\n\nThe divisional officer said soldiers ' +
  'had been sent to the village.';

const MBENGUI_RADIO =
  'Separatists kill 11 in North West village, officials say\n\nBy a correspondent\n\nGunmen attacked Mbengui, a ' +
  'village in Momo division, on Saturday night, killing at least 11 people, a local official said.\n\nThe ' +
  'government condemned the attack.';

// Another attack at the same village, told on another weekday by a paper that dates nothing either.
const MBENGUI_TUESDAY =
  'Soldier killed in Momo village\n\nBy a correspondent\n\nGunmen attacked Mbengui, a village in Momo division, on ' +
  'Tuesday, killing a soldier, the army said.';

// A paper with no dateline day tells an attack at the village long past, dated to its month.
const MBENGWI_PAST =
  'Momo farmers return home\n\nBy EMMANUEL NDI\n\nIn March 2021, armed separatist fighters raided Mbengwi village ' +
  'in Momo division, killing 14 people.\n\nFarmers said they were returning to their fields.';

describe('the first incidents of two copies filed on days unknown', () => {
  it('meet at one village spelled one letter apart in the same division, in either order', async () => {
    const files = [write('mbengwi-post.txt', MBENGWI_POST), write('mbengui-radio.txt', MBENGUI_RADIO)];
    for (const [n, order] of [files, [...files].reverse()].entries()) {
      const nodes = (await nodesOf(order, `mbengwi-${n}`)).filter(([p]) => /^Mbeng/.test(String(p)));
      expect(nodes.map(([, k]) => k)).toEqual([2]);
    }
  }, 60_000);

  it('stay apart when their weekdays differ, or when one is dated to a month long past', async () => {
    const weekdays = await nodesOf(
      [write('mbengui-radio2.txt', MBENGUI_RADIO), write('mbengui-tue.txt', MBENGUI_TUESDAY)],
      'mbengui-weekdays',
    );
    expect(weekdays.filter(([p]) => p === 'Mbengui').map(([, k]) => k)).toEqual([1, 1]);
    const past = await nodesOf(
      [write('mbengwi-past.txt', MBENGWI_PAST), write('mbengui-radio3.txt', MBENGUI_RADIO)],
      'mbengwi-past',
    );
    expect(past.filter(([p]) => /^Mbeng/.test(String(p))).map(([, k]) => k)).toEqual([1, 1]);
  }, 60_000);
});

describe('matching two copies filed on days unknown', () => {
  const stored = (over: Partial<StoredIncident>): StoredIncident => ({
    id: 'stored',
    kind: 'attack',
    date: null,
    place: 'Mbengwi',
    areas: ['Momo'],
    participants: [],
    reported: [],
    unfiledLead: true,
    ...over,
  });
  const report = { kind: 'attack' as const, date: null, place: 'Mbengui', areas: ['Momo'] };
  const match = (inc: typeof report & { weekday?: number; date: string | null }, c: StoredIncident) =>
    matchIncident(inc, [], [c], null, false, null, false, true);

  it('needs both to be the first incident of such copy', () => {
    expect(match(report, stored({}))?.reason).toContain('filed on days unknown');
    expect(match(report, stored({ unfiledLead: undefined }))).toBeNull();
    expect(matchIncident(report, [], [stored({})], null, false, null, false, false)).toBeNull();
  });

  it('keeps apart a month told as background, another weekday, and a stored report filed on a known day', () => {
    expect(match(report, stored({ date: '2021-03' }))).toBeNull();
    expect(match({ ...report, weekday: 6 }, stored({ weekday: 2 }))).toBeNull();
    expect(match(report, stored({ reported: ['2025-06-02'] }))).toBeNull();
  });

  it('joins neither of two stored incidents it could be', () => {
    expect(matchIncident(report, [], [stored({ id: 'a' }), stored({ id: 'b' })], null, false, null, false, true)).toBe(
      null,
    );
  });
});

// A dated report of a blast at a market in a neighbourhood of the city, then copy dated nowhere naming only the city.
const SATELLITE_REUTERS =
  'Bomb kills four at Quetta market\n\nQUETTA, Pakistan, Oct 3 (Reuters) - A bomb attack at a crowded market in ' +
  'Satellite Town, a neighbourhood in the north of Quetta, killed four people and wounded 20 on Thursday, police ' +
  'said.';

const QUETTA_AFP =
  'Pakistan: four dead in Quetta market bombing\n\nQuetta (AFP) - Four people were killed and 22 wounded in a bomb ' +
  'attack at a market in northern Quetta, hospital officials said.';

// The same city's paper, filed weeks later, tells a blast there in May of the year before as its background.
const SATELLITE_LATER =
  'Traders reopen Quetta market\n\nQUETTA, Pakistan, Nov 20 (Reuters) - Traders reopened a market in Satellite ' +
  'Town on Wednesday.\n\nIn May 2023, a bomb attack at a market in Satellite Town, a neighbourhood in the north of ' +
  'Quetta, killed 11 people.';

describe('the lead of copy dated nowhere, told at the city only', () => {
  it('meets the stored news at a neighbourhood its reports put in that city', async () => {
    const nodes = await nodesOf(
      [write('satellite-reuters.txt', SATELLITE_REUTERS), write('quetta-afp.txt', QUETTA_AFP)],
      'quetta',
    );
    expect(nodes.map(([, k]) => k)).toEqual([2]);
  }, 60_000);

  it('does not meet a blast in that neighbourhood its stored report tells as long past', async () => {
    const nodes = await nodesOf(
      [write('satellite-later.txt', SATELLITE_LATER), write('quetta-afp2.txt', QUETTA_AFP)],
      'quetta-later',
    );
    expect(nodes.filter(([p]) => p === 'Quetta').map(([, k]) => k)).toEqual([1]);
  }, 60_000);
});

describe('places and dates of a lead', () => {
  it('takes a capital named as a place for the city, and drops a headline place the lead rules out', () => {
    const text =
      'Niger: three dead in Niamey grenade attack, junta points at Paris\n\nNiamey (AFP) - Three people were ' +
      'killed and 12 wounded in a grenade attack at a bus station in northern Niamey, hospital sources said.';
    expect(told(text)).toEqual([{ place: 'Niamey', date: null, areas: [] }]);
  });

  it('puts a two-word site inside the places after it, and dates the event at the far end of a long lead', () => {
    const text =
      'Two killed in grenade attack at Wadajir market\n\nBy a staff reporter\n\nTwo people were killed and 14 ' +
      'wounded when unidentified men threw a grenade into a crowd of traders at the Wadajir livestock market, in ' +
      'Hodan district in the south of Mogadishu, on the evening of Saturday, March 2.';
    expect(told(text)).toEqual([{ place: 'Wadajir', date: '--03-02', areas: ['Hodan', 'Mogadishu'] }]);
  });

  it('tells a massacre as an attack, at the village the next sentence names', () => {
    const text =
      'Police say 31 killed in Benue massacre\n\nBy a correspondent\n\nAt least 31 people have been killed in a ' +
      "massacre in Nigeria's Benue state, police said.\n\nGunmen attacked Ukpam, a village near Makurdi, on " +
      'Friday night, burning homes and shooting residents as they fled.';
    const found = told(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Ukpam');
  });
});

describe('Somali spellings and places told at the edge of a town', () => {
  it("hears a Somali name's written ʿayn as nothing, as English spellings have it", () => {
    expect(placeSound('Ceerigaabo')).toBe(placeSound('Erigavo'));
    expect(placeSound('Goojacade')).toBe(placeSound("Goja'ade"));
    // A name with no doubled vowel keeps its "c": "Bacolod" is no "Baolod".
    expect(placeSound('Bacolod')).not.toBe(placeSound('Baolod'));
    expect(placeKey('Laascaanood')).toBe(placeKey('Las Anod'));
    expect(placeKey('Es-Semara')).toBe(placeKey('Smara'));
  });

  it('puts a place on the edge of a town, or west of it, in that town', () => {
    const edge =
      'Clan fighting kills 12 near Erigavo\n\nBy a staff writer\n\nAt least 12 people were killed yesterday when ' +
      'clan militias shelled positions held by rival fighters at Dhabardalool, on the northern edge of Ceerigaabo, elders said.';
    expect(told(edge)).toEqual([{ place: 'Dhabardalool', date: null, areas: ['Ceerigaabo'] }]);
    const west =
      'HARGEISA, March 9 (Reuters) - At least 15 people were killed when clan militias clashed at Dabardalool, a ' +
      'village west of the town of Erigavo, on March 8, a local official said.';
    expect(told(west)).toEqual([{ place: 'Dabardalool', date: '--03-08', areas: ['Erigavo'] }]);
  });
});

describe('a report meeting the lead of copy dated nowhere, stored before it', () => {
  const lead: StoredIncident = {
    id: 'lead',
    kind: 'attack',
    date: null,
    place: "Goja'ade",
    areas: ['Laascaanood'],
    participants: [],
    reported: [],
    unfiledLead: true,
  };
  const report = { kind: 'attack' as const, date: '--05-14', place: 'Goojacade', areas: ['Las Anod'] };

  it('joins it when its own news, dated in the week before it was filed, is at the same place', () => {
    expect(matchIncident(report, [], [lead], '--05-15')?.id).toBe('lead');
  });

  it('stays apart when dated weeks before it was filed, or at a short sound in no wider place the lead gives', () => {
    expect(matchIncident({ ...report, date: '--04-20' }, [], [lead], '--05-15')).toBeNull();
    expect(matchIncident({ ...report, areas: ['Sool'] }, [], [lead], '--05-15')).toBeNull();
    expect(matchIncident(report, [], [{ ...lead, unfiledLead: undefined }], '--05-15')).toBeNull();
    // Met by its copy's news alone, a lead is met by one of its kind only.
    expect(matchIncident({ ...report, kind: 'clash' }, [], [lead], '--05-15')).toBeNull();
  });
});

describe('a strike placed by a bearing, a typed object or a fall, and a month inside a name', () => {
  it('places shells that fell some kilometres east of a town at that town, on the weekday told', () => {
    const text =
      'Shells fall near Ber Gara, no casualties\n\nBy a staff reporter\n\nThree shells fell on Thursday night in a ' +
      'farming area about eight kilometres east of Ber Gara, causing no casualties, local officials said.';
    expect(extract({ source: 'wire.txt', text }).incidents.map((i) => [i.place, i.weekday])).toEqual([['Ber Gara', 4]]);
  });

  it('places a strike on "residential districts of X" at X', () => {
    const text =
      'In June 2022, rockets fired by the militia hit residential districts of Kadugli, killing two civilians, ' +
      'officials said.';
    expect(told(text)).toEqual([{ place: 'Kadugli', date: '2022-06', areas: [] }]);
  });

  it('reads "Green March" in a headline as a name, so the headline meets the lead of November 5', () => {
    const text =
      'Rockets hit near Sahel town as Niger marks Green March anniversary\n\nNiamey (AFP) - Rockets struck close to ' +
      'the town of Tillia on November 5, lightly injuring one soldier, a local source said.';
    expect(told(text)).toEqual([{ place: 'Tillia', date: '--11-05', areas: ['Sahel'] }]);
  });
});

// Copy with no dateline day tells clan shelling "yesterday" at a village on the edge of a town; a wire report filed the
// next day dates it and spells both names otherwise; another report, filed weeks later, tells other shelling there.
const DHABAR_PAPER =
  'Clan fighting kills 12 near Erigavo\n\nBy a staff writer\n\nAt least 12 people were killed yesterday when clan ' +
  'militias shelled positions held by rival fighters at Dhabardalool, on the northern edge of Ceerigaabo, elders said.';

const DABAR_REUTERS =
  'Clan clashes kill 15 in Somaliland\n\nHARGEISA, March 9 (Reuters) - At least 15 people were killed when clan ' +
  'militias shelled positions at Dabardalool, a village west of the town of Erigavo, on March 8, a local official said.';

const DABAR_LATER =
  'Fresh shelling near Erigavo\n\nHARGEISA, April 2 (Reuters) - Four people were killed when clan militias shelled ' +
  'positions at Dabardalool, a village west of the town of Erigavo, on March 30, a local official said.';

describe('a dated report and the lead of copy dated nowhere stored before it', () => {
  it('meet at one village spelled two ways in one town; shelling there weeks later stays apart', async () => {
    const nodes = await nodesOf(
      [
        write('dhabar-paper.txt', DHABAR_PAPER),
        write('dabar-reuters.txt', DABAR_REUTERS),
        write('dabar-later.txt', DABAR_LATER),
      ],
      'dhabar',
    );
    expect(nodes.map(([, k]) => k).sort()).toEqual([1, 2]);
  }, 60_000);
});
