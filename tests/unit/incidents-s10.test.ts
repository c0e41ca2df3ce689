// Classes the blind stories of 12-04 (cross-s9b, cross-s10) showed once read: incidents told by a blast or by armed
// men killing ("a car bomb exploded", "gunmen swept through X", "rebels killed 16 villagers") had no trigger; a place
// told after a building's name, as a named neighbourhood object, or one sentence after a country was lost; a strike
// told "Separately", "previously" or on another weekday was merged into the reported one; and outlets' spellings of
// one town ("Arbil"/"Erbil", "Dera Bugti"/"Dera Bughti") or an airport named after it never met across articles.
// Texts are invented, in the style of wire copy from places none of the fixtures use.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { type Origin, paraphrase } from '../../graph/claims/decide.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { placeKey, placeSound } from '../../graph/incidents/key.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';

const { dir, write } = tempArticles('kg-s10-');

const incidents = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    kind: i.kind,
    place: i.place,
    killed: i.killed,
    parties: i.participants,
  }));

describe('blasts and killings by armed men tell incidents', () => {
  it('reads a bomb that exploded, a vehicle that blew up and a bomber who rammed a car as attacks at their town', () => {
    expect(
      incidents(
        'KABUL, Aug 26 (Reuters) - A bomb hidden in a handcart exploded at a crowded market in the eastern city of ' +
          'Jalalabad on Thursday, killing five people, police said.',
      ),
    ).toEqual([{ kind: 'attack', place: 'Jalalabad', killed: 5, parties: [] }]);
    expect(
      incidents(
        'QUETTA, Pakistan, Jan 12 (Reuters) - Four policemen were killed when a vehicle loaded with explosives blew ' +
          'up outside a police station in Quetta on Tuesday, officials said.',
      ),
    ).toMatchObject([{ kind: 'attack', place: 'Quetta', killed: 4 }]);
    // A suicide bomber is no aircraft: the attack stays an attack.
    expect(
      incidents(
        'BEIRUT, Nov 12 (Reuters) - A suicide bomber rammed a car packed with explosives into a checkpoint in the ' +
          'northern town of Hermel on Sunday, killing three soldiers, the army said.',
      ),
    ).toMatchObject([{ kind: 'attack', place: 'Hermel', killed: 3 }]);
  });

  it('reads armed men killing or sweeping through a place as an attack, and nothing else that kills or explodes', () => {
    expect(
      incidents(
        'MEXICO CITY, June 3 (Reuters) - Gunmen killed seven miners in the village of Los Reyes in Guerrero state ' +
          'on Saturday, prosecutors said.',
      ),
    ).toMatchObject([{ kind: 'attack', place: 'Los Reyes', killed: 7 }]);
    expect(
      incidents('Gunmen swept through the Colonia Obrera neighborhood on Tuesday, shooting people in the street.'),
    ).toMatchObject([{ kind: 'attack', place: 'Colonia Obrera' }]);
    expect(
      incidents(
        'A gas cylinder exploded at a restaurant in the town of Puebla on Friday, the fire service said. Analysts ' +
          'said the new tariffs killed demand in the town of Leon.',
      ),
    ).toEqual([]);
  });
});

describe('where an incident was and which happening it is', () => {
  it('takes the town after a building, a named neighbourhood as the object, and the town told after a country', () => {
    expect(
      incidents(
        'KABUL (Reuters) - Militants stormed the Serena hotel in Kabul on Thursday, killing four guests, police said.',
      ),
    ).toMatchObject([{ place: 'Kabul', killed: 4 }]);
    expect(
      incidents('Gunmen killed six shoppers near the Westgate shopping mall in Nairobi on Saturday, police said.'),
    ).toMatchObject([{ place: 'Nairobi', killed: 6 }]);
    const refined = incidents(
      'ADDIS ABABA, July 5 (Reuters) - Armed men killed at least 12 villagers in a raid in western Ethiopia, ' +
        'officials said on Monday.\n\nThe attackers struck Gida, a farming village in the Oromia region, late on ' +
        'Saturday and set fire to houses, a local official said.',
    );
    expect(refined).toHaveLength(1);
    expect(refined[0]).toMatchObject({ place: 'Gida', killed: 12 });
  });

  it('does not place a strike where it was fired from', () => {
    expect(
      incidents(
        'ERBIL, Iraq, May 25 (Reuters) - Officials said the rockets that hit the city on Tuesday had been fired from ' +
          'a truck near the town of Qaraqosh, outside the city.',
      ).map((i) => i.place),
    ).not.toContain('Qaraqosh');
  });

  it('keeps apart a strike told "Separately", one done "previously", and one on another weekday', () => {
    const text =
      'PESHAWAR, March 4 (Reuters) - Militants attacked a checkpoint near the town of Bannu late on Sunday, ' +
      'killing two soldiers, the army said.\n\nOn Friday, militants ambushed a convoy near Bannu, killing three ' +
      'soldiers.\n\nSeparately on Sunday, a roadside bomb struck a police van in the town of Tank, wounding four ' +
      'officers, police said.';
    const got = incidents(text);
    expect(got.map((i) => i.place).sort()).toEqual(['Bannu', 'Bannu', 'Tank']);
    expect(got.map((i) => i.killed).sort()).toEqual([2, 3, null]);
  });
});

describe('the second blind batch: more ways wire copy tells a strike', () => {
  it('reads a bomber who blew himself up, bombers who struck a market, a blast in a bomb story, bombs dropped on a village', () => {
    expect(
      incidents(
        'KANDAHAR, Afghanistan, Oct 3 (Reuters) - A suicide bomber blew himself up at a crowded livestock market in ' +
          'the town of Spin Boldak on Friday, killing 11 people, police said.',
      ),
    ).toMatchObject([{ kind: 'attack', place: 'Spin Boldak', killed: 11 }]);
    expect(
      incidents(
        'At least 9 people were killed when suicide bombers struck a busy market in the town of Dikwa on Tuesday, ' +
          'officials said.',
      ),
    ).toMatchObject([{ kind: 'attack', place: 'Dikwa', killed: 9 }]);
    expect(
      incidents(
        "The toll from Sunday's explosion at the Kasiba fish market in Pader district rose to six, police said. " +
          'Officers said a bomb had been hidden in a sack.',
      ),
    ).toMatchObject([{ kind: 'attack', place: 'Kasiba' }]);
    const village = incidents(
      'An air strike killed at least 14 people in a village in the central Magway region on Friday, residents said. ' +
        'A fighter jet dropped two bombs on Sin Phyu village in Pauk township during a funeral, they said.',
    );
    expect(village).toHaveLength(1);
    expect(village[0]).toMatchObject({ kind: 'airstrike', place: 'Sin Phyu', killed: 14 });
  });

  it('finds the place in "the rebel-held town of X", "the Libyan capital, X" and after "fighting broke out"', () => {
    expect(
      incidents(
        'Shells slammed into a crowd waiting for water in the rebel-held town of Kafr Nabl on Sunday, killing five.',
      ),
    ).toMatchObject([{ place: 'Kafr Nabl', killed: 5 }]);
    expect(
      incidents(
        'At least seven people were killed after fighting broke out between two armed groups in the Sudanese ' +
          'capital, Khartoum, on Monday night, medics said.',
      ),
    ).toMatchObject([{ kind: 'clash', place: 'Khartoum', killed: 7 }]);
  });

  it('keeps a strike told with a weekday apart from one in a month years before, and a gas blast out', () => {
    const got = incidents(
      'Gunmen attacked a market in the village of Gamboru on Tuesday, killing 12 people, residents said.\n\n' +
        'Gamboru was the scene of a massacre in May 2014, when gunmen stormed the village and killed 300 people.',
    );
    expect(got.map((i) => i.killed).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([12, 300]);
    // A site named after its place, as the subject of a passive strike: "The Uri camp was also attacked in 2016".
    const past = incidents(
      'Militants stormed an army camp in the town of Uri on Thursday, killing three soldiers.\n\nThe Uri camp was ' +
        'also attacked in September 2016, when 19 soldiers were killed.',
    );
    expect(past.map((i) => [i.place, i.killed])).toEqual([
      ['Uri', 3],
      ['Uri', 19],
    ]);
    // A gas blast is no attack: it is a disaster, an incident of kind other with no party (ingest/events/disasters.ts).
    expect(
      incidents('A gas explosion at a bakery in the town of Leon killed two people on Friday. The blast shook homes.'),
    ).toEqual([{ kind: 'other', place: 'Leon', killed: 2, parties: [] }]);
    // A verb the tagger may take for a noun, and an explosion far from any bomb or armed men.
    expect(incidents('Senators blast Pentagon over delayed report on missile test in Nevada.')).toEqual([]);
    expect(
      incidents(
        'Soldiers guarded the border, officials said.\n\nThe plan was debated for months. Critics recalled older ' +
          'disasters. There was the explosion at the Chernobyl reactor.',
      ),
    ).toEqual([]);
  });

  it('keys a place without its type word and in its other language', () => {
    expect(placeKey('Nyaung Gone Village')).toBe(placeKey('Nyaung Gone'));
    expect(placeKey('Gorlovka')).toBe(placeKey('Horlivka'));
    expect(placeKey('Gaza City')).not.toBe(placeKey('Gaza'));
    expect(placeSound('Kauwri')).toBe(placeSound('Kawuri'));
  });
});

describe('one town, however outlets spell it', () => {
  it('keys transliterations, a leading "al" and an airport named after its town alike', () => {
    expect(placeKey('Arbil')).toBe(placeKey('Erbil'));
    expect(placeKey('Erbil International Airport')).toBe('erbil');
    expect(placeKey('Kiev')).toBe(placeKey('Kyiv'));
    expect(placeKey('al-Hudaydah')).toBe(placeKey('Hodeidah'));
    expect(placeKey('Ben Gurion Airport')).not.toBe(placeKey('Tel Aviv'));
    // How it sounds: vowels and voicing aside, three consonants at least.
    expect(placeSound('Dera Bugti')).toBe(placeSound('Dera Bughti'));
    expect(placeSound('Gaza')).toBeNull();
    expect(placeSound('Kandahar')).not.toBe(placeSound('Kunduz'));
  });

  it('joins two outlets\' reports of one blast in "Dera Bugti" / "Dera Bughti", not a blast there weeks later', async () => {
    const a = write(
      'a-reuters.txt',
      "Bomb kills six at market in Pakistan's Baluchistan\n\nQUETTA, Pakistan, Jan 12 (Reuters) - A bomb hidden " +
        'in a motorcycle exploded at a vegetable market in the town of Dera Bugti on Tuesday, killing six people ' +
        'and wounding 11, police said.\n\nNo group claimed responsibility for the blast.',
    );
    const b = write(
      'b-afp.txt',
      'Six dead in Pakistan market blast\n\nQuetta (AFP) - Jan 12, 2016 - At least six people were killed when a ' +
        'bomb went off at a crowded market in Dera Bughti on Tuesday, officials said.\n\nThe blast wounded eight ' +
        'others, a local administrator said.',
    );
    const c = write(
      'c-reuters.txt',
      'Second market bomb in a month hits Baluch town\n\nQUETTA, Pakistan, Feb 9 (Reuters) - A bomb exploded at a ' +
        'market in the town of Dera Bugti on Monday, killing two people, police said.\n\nIt was the second blast in ' +
        'the town in a month.',
    );
    const store = new EmbeddedStore(path.join(dir, 'g.db'));
    await ingest([a, b, c], store);
    const g = await store.subgraph({ limit: 100_000 });
    const incidentIds = g.nodes.filter((n) => n.labels.includes('Incident')).map((n) => n.id);
    const reports = (id: string) => g.edges.filter((e) => e.type === 'MENTIONED_IN' && e.source === id).length;
    expect(incidentIds.map(reports).sort()).toEqual([1, 2]);
    await store.close();
  }, 60_000);
});

describe('claims of close origins telling one incident', () => {
  const origin = (speaker: string, affiliation: string | null = null): Origin => ({
    type: 'CLAIMS',
    speaker,
    affiliation,
    via: [],
    outlet: null,
    publishedAt: null,
  });
  const group = [origin('tehrik-i-taliban')];
  const spokesman = [origin('anon-ttp-spokesman', 'tehrik-i-taliban')];
  const told = (ts: string[]) => [...ts, '^x:attack-bannu'].sort();
  // "its fighters had killed more than 30 soldiers" / "it killed more than thirty soldiers in the Bannu attack".
  const a = ['#30', 'soldi', '~forces', '~kill'];
  const b = ['#30', 'bannu', 'canto', 'soldi', '~attack', '~kill'];

  it('are one assertion when they give the same figure for the same act', () => {
    const p = paraphrase(
      { text: 'a', terms: told(a), origins: spokesman },
      { text: 'b', terms: told(b), origins: group },
    );
    expect(p?.reason).toMatch(/tells the same incident/);
  });

  it('are not with another figure, another incident, or a party only one names', () => {
    const other = ['#12', 'bannu', 'canto', 'soldi', '~attack', '~kill'];
    expect(
      paraphrase({ text: 'a', terms: told(a), origins: spokesman }, { text: 'b', terms: told(other), origins: group }),
    ).toBeNull();
    expect(
      paraphrase({ text: 'a', terms: told(a), origins: spokesman }, { text: 'b', terms: b, origins: group }),
    ).toBeNull();
    expect(
      paraphrase(
        { text: 'a', terms: told(a), origins: spokesman },
        { text: 'b', terms: told([...b, '@afghanistan']), origins: group },
      ),
    ).toBeNull();
  });
});

describe('a capital is a city where fighting happens, not the whole country', () => {
  it("joins two outlets' reports of clashes in Sanaa, which one article also writes for the government", async () => {
    const file = (name: string, text: string) => {
      const f = path.join(dir, name);
      writeFileSync(f, text);
      return f;
    };
    const a = file(
      'sanaa-reuters.txt',
      'SANAA, Aug 4 (Reuters) - Clashes between rival armed groups in the Yemeni capital, Sanaa, killed six people ' +
        'on Monday, residents said.\n\nSanaa said on Tuesday it would investigate the fighting.',
    );
    const b = file(
      'sanaa-afp.txt',
      'Sanaa (AFP) - Aug 4, 2015 - Seven people were killed when fighting broke out between two armed groups in ' +
        'the Yemeni capital, Sanaa, on Monday night, medics said.',
    );
    const store = new EmbeddedStore(path.join(dir, 'sanaa.db'));
    await ingest([a, b], store);
    const g = await store.subgraph({ limit: 100_000 });
    const clashes = g.nodes.filter((n) => n.labels.includes('Incident') && n.props.kind === 'clash');
    expect(clashes.map((n) => n.props.place)).toEqual(['Sanaa']);
    await store.close();
  }, 60_000);
});
