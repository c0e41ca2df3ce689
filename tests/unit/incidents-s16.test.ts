// Classes the sixteenth session found behind incidents no article's extraction told (the scorer's "unmapped"):
// - "gunmen shot dead two officers", "militants shot at a patrol": the tagger takes "shot" for a noun, and shooting
//   was no verb of armed men killing;
// - "a grenade thrown at a police post", "hurled a pipe bomb at": throwing an explosive is a blast's verb;
// - armed men torching, razing or sacking a village, and a passive told with armed men after "by" ("the town was
//   sacked by insurgents"); "armed men" are armed men;
// - the fighting told as a noun ("In May 2021, fighting along the frontier killed ...", "the fighting of May 2021"),
//   "an exchange of fire between ...", a shootout or a gunbattle: clashes;
// - "a similar attack" is another happening, and "the same prison" is the place of the story's news;
// - "In April last year" is April of the year before the report's, even when April comes before its month;
// - a strike told only with its wounded ("another strike hit a motorcycle ..., wounding two") is force;
// - "the commune of Djibo" and "the central Haitian town of Mirebalais" name places (a commune is a place's type,
//   and a demonym may follow a bearing before the type word);
// - "Barangay Lininding" is the village Lininding (a place-type word opening the name).
// Texts are invented, in the style of wire copy from places, outlets and years none of the fixtures use.
import { describe, expect, it } from 'vitest';

import { placeKey } from '../../graph/incidents/key.ts';
import { findDates } from '../../ingest/events/dates.ts';
import { extract } from '../../ingest/extract.ts';

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({ kind: i.kind, place: i.place, date: i.date }));

describe('shooting by armed men', () => {
  it('tells an attack of gunmen who shot people dead, or shot at a patrol, at a named place', () => {
    const dead =
      'Gunmen kill three farmers in Borno\n\nMAIDUGURI, Nigeria, Aug 3, 2027 (Reuters) - Gunmen shot dead three ' +
      'farmers in their fields near Gubio on Sunday, police said.';
    expect(told(dead)).toEqual([{ kind: 'attack', place: 'Gubio', date: '2027-08-01' }]);
    const at =
      'PORT MORESBY, May 9, 2029 (AFP) - Tribal fighters shot at a police patrol near Tari on Tuesday, a police ' +
      'commander said, adding that no one was hurt.';
    expect(told(at).map((i) => i.place)).toEqual(['Tari']);
  });

  it('tells no attack of fighters who shot down drones', () => {
    const text =
      'KHARTOUM, May 3, 2029 (Reuters) - RSF fighters had shot down two army drones over the town of Kabkabiya, ' +
      'the group said.';
    expect(told(text)).toEqual([]);
  });

  it('tells none of a shot that is a noun, or of shooting by no armed men', () => {
    expect(told('MADRID, June 2, 2028 (AP) - The striker had a shot at goal in the first minute in Madrid.')).toEqual(
      [],
    );
    expect(
      told('LIMA, March 4, 2029 (Reuters) - The photographer shot dozens of portraits in Cusco on Monday.'),
    ).toEqual([]);
  });
});

describe('an explosive thrown', () => {
  it('tells an attack of a grenade thrown or a bomb hurled, at the place it struck', () => {
    const thrown =
      'KISMAYO, Somalia, Jan 12, 2028 (Reuters) - A grenade thrown at a market in Kismayo wounded four people on ' +
      'Friday, police said.';
    expect(told(thrown)).toEqual([{ kind: 'attack', place: 'Kismayo', date: '2028-01-07' }]);
    const hurled =
      'YALA, Thailand, Oct 2, 2029 (Bangkok Post) - Insurgents hurled a pipe bomb at a ranger base in Bannang Sata ' +
      'district on Monday night, wounding two rangers.';
    expect(told(hurled).map((i) => [i.kind, i.place])).toEqual([['attack', 'Bannang Sata']]);
  });

  it('tells none of stones thrown at police', () => {
    expect(
      told('QUITO, Sept 8, 2029 (Reuters) - Protesters threw stones at police outside the congress in Quito.'),
    ).toEqual([]);
  });
});

describe('villages torched and sacked', () => {
  it('tells an attack of armed men torching homes, and of a town sacked by insurgents', () => {
    const torched =
      'BAMENDA, Cameroon, Feb 3, 2029 (AFP) - Separatist fighters torched dozens of homes in Bali Nyonga on ' +
      'Saturday, residents said.';
    expect(told(torched)).toEqual([{ kind: 'attack', place: 'Bali Nyonga', date: '2029-02-03' }]);
    const sacked =
      'GAO, Mali, July 1, 2028 (Reuters) - Traders returned to the market on Friday.\n\nThe town of Ansongo was sacked by ' +
      'jihadists in May 2019, when dozens of shops were looted.';
    expect(told(sacked).map((i) => [i.place, i.date])).toContainEqual(['Ansongo', '2019-05']);
  });

  it('tells no attack of a minister sacked by the president, nor of farmers burning stubble', () => {
    expect(
      told('HARARE, April 2, 2029 (Reuters) - The finance minister was sacked by the president in Harare on Monday.'),
    ).toEqual([]);
    expect(told('LAHORE, Nov 5, 2028 (AP) - Farmers burned stubble in fields near Lahore on Sunday.')).toEqual([]);
  });
});

describe('fighting told as a noun', () => {
  it('tells a clash of fighting along a frontier, dated to its month, and of an exchange of fire', () => {
    const along =
      'OSH, Kyrgyzstan, June 3, 2029 (AKIpress) - Border talks resumed on Monday.\n\nIn May 2021, fighting along ' +
      'the frontier near Vorukh killed about 50 people on both sides.';
    expect(told(along)).toContainEqual({ kind: 'clash', place: 'Vorukh', date: '2021-05' });
    const exchange =
      'ISFARA, Tajikistan, April 9, 2029 (TASS) - One border guard was killed in an exchange of fire between the ' +
      'border guards of the two countries near Chorkuh on Tuesday, officials said.';
    expect(told(exchange)).toEqual([{ kind: 'clash', place: 'Chorkuh', date: '2029-04-03' }]);
  });

  it('tells no clash of rebels fighting for autonomy', () => {
    expect(
      told('MANILA, Jan 4, 2029 (Reuters) - Rebels fighting for autonomy in Mindanao met negotiators in Davao.'),
    ).not.toContainEqual(expect.objectContaining({ kind: 'clash' }));
  });
});

describe('a similar attack at the same prison', () => {
  it('is another incident, at the place of the story news, on its own date', () => {
    const text =
      'Gunmen attack Honduran prison, kill three guards\n\nTEGUCIGALPA, March 12, 2029 (Reuters) - Gunmen armed ' +
      'with rifles attacked the Tamara prison near Tegucigalpa on Monday, killing three guards, officials said.\n\n' +
      'In June 2023, a similar attack on the same prison killed 46 inmates.';
    const found = told(text);
    expect(found).toHaveLength(2);
    expect(found[1]).toEqual({ kind: 'attack', place: found[0]!.place, date: '2023-06' });
  });
});

describe('the next sentence telling how a happening unfolded, and a place told as "the town"', () => {
  const GOMA =
    'Grenade blasts kill three at Goma bus station\n\nGOMA, Congo, Feb 16, 2029 (Reuters) - Grenade blasts at a ' +
    'crowded bus station in Goma killed three people and wounded 20 on Friday, police said.\n\nAssailants hurled ' +
    'grenades at passengers waiting for buses in the Birere district shortly after dusk, a police spokesman said.';

  it('joins a next sentence that names no party, no day and no toll to the happening before it', () => {
    expect(told(GOMA)).toHaveLength(1);
  });

  it('keeps apart a second grenade told as such', () => {
    const second = `${GOMA}\n\nA second grenade thrown at a market in the Katindo district wounded four people.`;
    expect(told(second)).toHaveLength(2);
  });

  it('puts an attack on "the town", dated long before, at the story place', () => {
    const text =
      'MAIDUGURI, Nigeria, Nov 20, 2029 (Reuters) - Suicide bombers killed 12 people at a cattle market in Dikwa on ' +
      'Tuesday, a militia leader said.\n\nThe town was sacked by insurgents in March 2015 and its market reopened ' +
      'only last year.';
    expect(told(text)).toEqual([
      { kind: 'attack', place: 'Dikwa', date: '2029-11-20' },
      { kind: 'attack', place: 'Dikwa', date: '2015-03' },
    ]);
  });
});

describe('a place-type word opening a name', () => {
  it('keys "Barangay Tumbagaan" and "Brgy. Tumbagaan" as "Tumbagaan", and leaves other names alone', () => {
    expect(placeKey('Barangay Tumbagaan')).toBe(placeKey('Tumbagaan'));
    expect(placeKey('Brgy. Tumbagaan')).toBe(placeKey('Tumbagaan'));
    expect(placeKey('Barangay')).toBe('barangay');
    expect(placeKey('Sitio Maharlika')).toBe(placeKey('Maharlika'));
  });
});

describe('a month told with "last year"', () => {
  const dated = (text: string) => findDates(text, '2029-09-10').map((d) => d.value);

  it('dates "In April last year" and "in September of last year" to the year before the report', () => {
    expect(dated('In April last year, an air raid on the village killed 30 people.')).toEqual(['2028-04']);
    expect(dated('The crossing was closed in September of last year.')).toEqual(['2028-09']);
    expect(dated('Lyop was attacked in October last year.')).toEqual(['2028-10']);
  });

  it('keeps "in March this year" and a plain month in the report year', () => {
    expect(dated('Talks resumed in March this year.')).toEqual(['2029-03']);
    expect(dated('Talks resumed in March.')).toEqual(['2029-03']);
  });
});

describe('a strike told only with its wounded', () => {
  it('tells an attack of "a strike hit a bus near the town of X, wounding three"', () => {
    const text =
      'KHARKIV, Ukraine, June 5, 2029 (Reuters) - On Monday a Russian strike hit a bus near the town of Kupiansk, ' +
      'wounding three people, the regional governor said.';
    expect(told(text).map((i) => i.place)).toEqual(['Kupiansk']);
  });
});

describe('communes and towns told with a bearing and a demonym', () => {
  it('places an attack on "the commune of X" and on "the central Malian town of X"', () => {
    const commune =
      'OUAGADOUGOU, Aug 12, 2029 (AFP) - Jihadists attacked the commune of Barsalogho on Monday, killing 20 soldiers.';
    expect(told(commune).map((i) => i.place)).toEqual(['Barsalogho']);
    const town =
      'BAMAKO, May 3, 2029 (Reuters) - Armed men stormed the central Malian town of Diafarabe on Tuesday, killing at ' +
      'least 11 people, officials said.';
    expect(told(town).map((i) => i.place)).toEqual(['Diafarabe']);
  });
});
