// Classes the twelfth session's blind stories (cross-s12c) showed once read: an earlier incident at the same place,
// told with its month and year ("the November 2024 attack near X", "an earlier clash in X"), lent the undated lead
// its date and toll, which kept other outlets' reports of the news away; a place told as the subject of what it
// suffered ("X was the scene of another clash") was no place; a lead telling the headline's toll with its day ("13
// were killed on the afternoon of February 7 in a confrontation in the sindicatura of X, in the municipality of Y")
// dated nothing and placed nothing; and two outlets' background incident of one month at one town stayed apart.
// Texts are invented, in the style of wire copy from places, outlets and years none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { matchIncident, type StoredIncident } from '../../graph/incidents/match.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';
import { reportedPlacesAndDates } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s13-');

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    place: i.place,
    date: i.date,
    killed: i.killed,
    ...(i.areas ? { areas: i.areas } : {}),
  }));

const reported = reportedPlacesAndDates;

const DJIBO_AFP =
  "Gunmen kill nine at cattle market in Burkina Faso's Djibo\n\nOUAGADOUGOU (AFP) - At least nine people, " +
  'including two volunteer fighters, were killed when gunmen attacked the cattle market in Djibo yesterday, ' +
  'security sources said.\n\nThe army said it had sent reinforcements to the town.\n\nThe market had reopened only ' +
  'in June after the February 2023 attack near Djibo, in which 51 traders were killed.';

describe('an earlier incident at the same place, told with its month and year', () => {
  it('stays its own incident and lends the undated lead neither its date nor its toll', () => {
    expect(told(DJIBO_AFP)).toEqual([
      { place: 'Djibo', date: null, killed: 9 },
      { place: 'Djibo', date: '2023-02', killed: 51 },
    ]);
  });

  it('"were killed in an earlier clash" is another clash, the "be" of its toll no predicate of the noun', () => {
    const text =
      'COTABATO CITY, Philippines - Seven gunmen were killed in a clash with soldiers in Datu Piang, the army ' +
      'said. In August 2021, four people were killed in an earlier clash in Datu Piang.';
    expect(told(text)).toEqual([
      { place: 'Datu Piang', date: null, killed: 7 },
      { place: 'Datu Piang', date: '2021-08', killed: 4 },
    ]);
  });

  it('keeps a lead dated to its day together with a later sentence of that same month', () => {
    const text =
      'Gunmen kill nine in Djibo\n\nOUAGADOUGOU, March 5, 2024 (AFP) - Gunmen killed nine people in Djibo on ' +
      'Monday, security sources said.\n\nThe attack in Djibo in March 2024 was the deadliest this year, they said.';
    expect(told(text)).toEqual([{ place: 'Djibo', date: '2024-03-04', killed: 9 }]);
  });
});

describe('a place told as the subject of what it suffered', () => {
  it('"X was the scene of another clash", "X, a village of ..., was among the settlements shelled"', () => {
    const scene =
      'Three soldiers killed in Philippine clash\n\nMANILA, Oct 9, 2023 (Reuters) - Three soldiers were killed on Sunday in ' +
      'a clash with militants near the town of Datu Piang, the army said.\n\nTuka was the scene of another clash in ' +
      'October 2019, when five soldiers died.';
    expect(told(scene).map((i) => [i.place, i.date])).toEqual([
      ['Datu Piang', '2023-10-08'],
      ['Tuka', '2019-10'],
    ]);
    const among =
      'Border village shelled\n\nTBILISI, May 2, 2024 (Reuters) - Two people were wounded when artillery shells ' +
      'hit the village of Ergneti on Wednesday, officials said.\n\nDvani, a village of about 800 people near the ' +
      'boundary line, was among the settlements shelled in August 2008.';
    expect(told(among).map((i) => [i.place, i.date])).toEqual([
      ['Ergneti', '2024-05-01'],
      ['Dvani', '2008-08'],
    ]);
  });

  it('takes no person or body read as an actor for a place', () => {
    const text =
      'Police post attacked\n\nKABUL, June 3, 2021 (Reuters) - Gunmen killed two policemen at a checkpoint in ' +
      'Kunduz on Tuesday, officials said.\n\nThe Taliban were attacked by government forces near Kunduz in April 2021.';
    expect(told(text).map((i) => i.place)).not.toContain('Taliban');
  });
});

describe('a place told after a perfect, in a relative clause, or as "a village in the municipality of"', () => {
  it('"the strike had hit a market in the village of X" places the strike in X, inside the province told first', () => {
    const text =
      "Drone strike kills six in Yemen's Marib\n\nADEN, June 2 (Reuters) - A drone strike hit a market in Yemen's " +
      "central Marib province on Sunday, killing six people, medics said.\n\nYemen's Information Ministry said the " +
      'strike had hit a crowded market in the village of Al-Juba at midday.';
    expect(told(text)).toEqual([{ place: 'Al-Juba', date: null, killed: 6, areas: ['Marib'] }]);
  });

  it('"X, a village in the mountainous municipality of Y" puts X in Y; a date after "where" is not the ambush\'s', () => {
    const text =
      'Three police officers killed in Mexico ambush\n\nMEXICO CITY (AP) - Gunmen killed three police officers ' +
      'on Feb. 9 near El Durazno, a village in the mountainous municipality of Coyuca de Catalan, officials said.' +
      '\n\nIn May 2022, two soldiers were killed in an ambush near El Durazno, where the army set up a base in ' +
      'March 2021.';
    expect(told(text)).toEqual([
      { place: 'El Durazno', date: '--02-09', killed: 3, areas: ['Coyuca de Catalan'] },
      { place: 'El Durazno', date: '2022-05', killed: 2, areas: ['Coyuca de Catalan'] },
    ]);
  });
});

describe('a camp struck, named after "of" or after shells fired by a body with its acronym', () => {
  it('"Shelling of X camp kills 12 in Y" over "gunners pounded X camp": one incident at the camp', () => {
    const text =
      'Shelling of Kaxda camp kills 12 in Mogadishu\n\nMOGADISHU – Militant gunners pounded Kaxda camp for the ' +
      "displaced on the city's outskirts, killing 12 people, camp leaders told Radio Dalsan.";
    expect(told(text)).toEqual([{ place: 'Kaxda', date: null, killed: 12 }]);
  });

  it('"shells fired by the Arakan Army (AA) slammed into the X camp": the acronym ends no clause', () => {
    const text =
      'YANGON, Jan 8 (Reuters) - Artillery shells fired by the Arakan Army (AA) slammed into the Thet Kay Pyin ' +
      'camp for displaced people near Sittwe on Monday, killing at least seven people, officials said.';
    expect(told(text).map((i) => [i.place, i.killed])).toEqual([['Thet Kay Pyin', 7]]);
  });
});

describe('"the X area of Y district" with a name ending like a demonym', () => {
  it("places the incident in X inside Y; a state's demonym or a people's adjective still describes the type", () => {
    const at = (where: string) =>
      told(`Gunmen ambushed a bus ${where} on Monday, killing 11 people, officials said.`).map((i) => [
        i.place,
        i.areas ?? [],
      ]);
    expect(at('in the Sangan area of Upper Orakzai district')).toEqual([['Sangan', ['Upper Orakzai']]]);
    expect(at('in the Kurdish region of Afrin')).toEqual([['Afrin', []]]);
    expect(at('in the Sudanese region of Darfur')).toEqual([['Darfur', []]]);
  });
});

const TUKA_LOCAL =
  'Clash in Tuka leaves seven dead; army reports three soldiers wounded\n\nCotabato City. - Seven armed men were ' +
  'killed and three soldiers were wounded on the afternoon of March 3 in a confrontation in the barangay of Tuka, ' +
  'in the municipality of Datu Piang, the army reported.\n\nIn October 2019, five soldiers were killed in an ' +
  'earlier clash in Tuka.';

describe("a lead telling the headline's toll with its day", () => {
  it('dates the headline incident, and "the barangay of X, in the municipality of Y" places it in X inside Y', () => {
    expect(told(TUKA_LOCAL)).toEqual([
      { place: 'Tuka', date: '--03-03', killed: 7, areas: ['Datu Piang'] },
      { place: 'Tuka', date: '2019-10', killed: 5, areas: ['Datu Piang'] },
    ]);
  });
});

describe('two outlets, each with the news and an earlier clash at the same town', () => {
  it('meet on both: the town inside the municipality the other names, and the month of the earlier one', async () => {
    const wire = write(
      'tuka-afp.txt',
      'Seven killed in clash near Datu Piang\n\nCOTABATO CITY, Philippines, March 4, 2024 (AFP) - At least seven ' +
        'gunmen were killed on Sunday in a clash with soldiers in the hills near Datu Piang, the army said.\n\nTuka ' +
        'was the scene of another clash in October 2019, when five soldiers died.',
    );
    // Undated and filed on no known day, a third report tells of an attack at Tuka: it does not join the clash of
    // 2019, which the other reports tell as long past.
    const undated = write(
      'tuka-x.txt',
      'Soldiers attacked in Tuka\n\nCOTABATO CITY - Gunmen attacked an army patrol in Tuka, killing two soldiers, ' +
        'the army said.',
    );
    const store = new EmbeddedStore(path.join(dir, 'tuka.db'));
    await ingest([wire, write('tuka-local.txt', TUKA_LOCAL), undated], store);
    const nodes = await reported(store);
    expect(nodes).toContainEqual(['Datu Piang', '2024-03-03', 2]);
    expect(nodes).toContainEqual(['Tuka', '2019-10', 2]);
    expect(nodes.filter(([place]) => place === 'Tuka').map(([, date, n]) => [date, n])).not.toContainEqual([
      '2019-10',
      3,
    ]);
    await store.close();
  }, 60_000);
});

describe('matching an undated report filed on no known day', () => {
  const stored = (id: string, date: string): StoredIncident => ({
    id,
    kind: 'clash',
    date,
    place: 'Tuka',
    participants: ['philippine-army'],
    reported: ['2024-03-04'],
  });
  const undated = { kind: 'attack' as const, date: null, place: 'Tuka' };

  it("joins the stored incident its reports tell as their week's news, by a party in common", () => {
    expect(matchIncident(undated, ['philippine-army'], [stored('news', '2024-03-03')])?.id).toBe('news');
  });

  it('does not join one its reports tell as long past, nor one of a month before they were filed', () => {
    expect(matchIncident(undated, ['philippine-army'], [stored('old', '2019-10')])).toBeNull();
    expect(matchIncident(undated, ['philippine-army'], [stored('old', '2024-01-20')])).toBeNull();
  });

  it('an incident its own report tells as background does not join an undated one no report dates', () => {
    const undatedStored: StoredIncident = { ...stored('undated', '2024-03-03'), date: null, reported: [] };
    const background = { kind: 'attack' as const, date: '2019-10-12', place: 'Tuka' };
    // The report's news is of March 3 (its first incident's day, its filing day unknown): October 2019 is background.
    expect(matchIncident(background, ['philippine-army'], [undatedStored], null, false, '--03-03')).toBeNull();
    // Its news itself still joins by the party in common.
    const lead = { ...background, date: '--03-03' };
    expect(matchIncident(lead, ['philippine-army'], [undatedStored], null, false, '--03-03')?.id).toBe('undated');
  });

  it('two background tellings of one month at one town meet, however far apart they were filed', () => {
    const month = { kind: 'clash' as const, date: '2019-10', place: 'Tuka' };
    const day: StoredIncident = { ...stored('oct', '2019-10-12'), participants: [], reported: ['2026-01-02'] };
    expect(matchIncident(month, [], [day], '2024-03-04')?.reason).toContain('same month 2019-10');
    // Another town, or another month, is another incident.
    expect(matchIncident({ ...month, place: 'Datu Piang' }, [], [day], '2024-03-04')).toBeNull();
    expect(matchIncident({ ...month, date: '2019-11' }, [], [day], '2024-03-04')).toBeNull();
  });
});

describe('an earlier incident "at the same base"', () => {
  it("takes the place of the story's news, keeping its own date and toll", () => {
    const text =
      'GAO, Mali, Aug 8, 2024 (AFP) - Jihadists attacked the army camp at Tessit on Wednesday, killing 11 soldiers, ' +
      'the army said. In August 2019, an attack on the same camp killed 20 soldiers.';
    expect(told(text).map((i) => [i.place, i.date, i.killed])).toEqual([
      ['Tessit', '2024-08-07', 11],
      ['Tessit', '2019-08', 20],
    ]);
  });
});
