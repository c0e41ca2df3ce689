// The article's main incident (the twenty-eighth session): found in more wordings ("killed in an encounter with
// security forces", "an earthquake struck", "floodwaters rushing through") and never glued to a background incident
// told later by a day weeks before the report, by a date of its own conjunct or by a year inside its noun phrase.
// Sentences are invented, in wire style, from other regions and years than the batches read.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    kind: i.kind,
    date: i.date,
    place: i.place,
    killed: i.killed,
    manner: i.manner ?? [],
    participants: i.participants,
    year: i.year,
  }));

describe('a background incident dated weeks before the report', () => {
  // The raid is told at a place the text puts inside the news place ("west of Kismayo"): only the dates tell them apart.
  const text =
    "Nine killed, 30 injured in car bomb attack in Somalia's Kismayo\n\n" +
    'MOGADISHU, Sept 9 (Xinhua) -- At least nine people were killed and 30 others wounded on Thursday when a car ' +
    "bomb went off in a market in Somalia's southern port city of Kismayo, a local police source said.\n\n" +
    'The death toll could rise, the source added.\n\n' +
    'Violence has soared across Somalia since a deadly raid by security forces on a camp in Gobweyn, west of ' +
    'Kismayo, on August 12.';

  it('is not the news told by its weekday, even at a place inside the news place', () => {
    const got = told(text);
    expect(got.find((i) => i.date === '--08-12')).toMatchObject({ place: 'Gobweyn' });
    expect(got.find((i) => i.killed === 9)).toMatchObject({ place: 'Kismayo', date: null });
  });

  it('still joins a day told in the report week', () => {
    const got = told(
      'Car bomb kills nine in Somali port city\n\n' +
        'MOGADISHU, Sept 9 (Reuters) - A car bomb exploded near a market in Kismayo on Thursday, killing nine ' +
        'people, police said.\n\n' +
        'The blast on September 8 was the deadliest in the city this year, officials said.',
    );
    expect(got.filter((i) => i.kind === 'attack')).toHaveLength(1);
  });
});

describe('two events coordinated in one sentence', () => {
  it('each take their own date', () => {
    const got = told(
      'GUWAHATI, India, March 3, 2019 (AFP) - The group has been blamed for a string of killings, including the ' +
        'massacre of 30 villagers in Sonitpur in May 2017 and an attack on a bus in Tinsukia in January that left 9 ' +
        'dead.',
    );
    expect(got.map((i) => i.date).sort()).toEqual(expect.arrayContaining(['2017-05', '2019-01']));
  });
});

describe('a year inside the noun phrase', () => {
  it('keeps "the 2010 earthquake" apart from the news', () => {
    const got = told(
      'PORT-AU-PRINCE, Aug 15, 2021 (AP) - A magnitude 7.2 earthquake struck southwestern Haiti on Saturday, ' +
        'killing at least 300 people. The country is still recovering from the 2010 earthquake, which killed more ' +
        'than 200,000 people.',
    );
    expect(got.filter((i) => i.manner.includes('disaster'))).toHaveLength(2);
    expect(got.find((i) => i.killed === 300)!.year ?? null).toBeNull();
  });
});

describe('a background told by a year alone', () => {
  it('is not the undated news at the same place, even in the passive', () => {
    const got = told(
      'Rebels say they killed four soldiers in an attack on a military post in Hitadipa earlier this week.\n\n' +
        'Residents have fled to Sugapa.\n\n' +
        'In 2019, a teacher was shot dead in Hitadipa, a killing blamed on soldiers.',
    );
    expect(got.filter((i) => i.place === 'Hitadipa')).toHaveLength(2);
    expect(got.find((i) => i.year === 2019)).toBeDefined();
  });
});

describe('an encounter', () => {
  it('is a clash when a death is told with it', () => {
    const got = told(
      'Srinagar, Jul 8 (PTI) Two militants were killed in an encounter with security forces in Kulgam district ' +
        'early today, police said.',
    );
    expect(got).toEqual([expect.objectContaining({ kind: 'clash', place: 'Kulgam' })]);
  });

  it('is none with the press or with no death', () => {
    expect(
      told('The minister, in a brief encounter with the press in Dhaka on Monday, praised the police officers.'),
    ).toEqual([]);
    expect(told('Her first encounter with the army chief in Lahore on Friday was cordial, aides said.')).toEqual([]);
  });
});

describe('a force of nature', () => {
  it('that struck a country is a disaster, never an attack on it', () => {
    const got = told(
      'A magnitude-6.4 earthquake struck Ecuador on Saturday, killing at least 12 people and damaging hundreds of ' +
        'homes, officials said.',
    );
    expect(got.every((i) => i.kind === 'other' && i.manner.includes('disaster'))).toBe(true);
    expect(got.every((i) => !i.participants.includes('ecuador'))).toBe(true);
  });

  it('measured by its magnitude is one with no toll, placed by what it jolted', () => {
    const got = told(
      'QUITO, April 20, 2016 (ANDES) - The government declared an emergency in six provinces on Wednesday after ' +
        'the magnitude 7.8 earthquake that jolted Manabi province on Saturday (April 16).',
    );
    expect(got).toEqual([expect.objectContaining({ kind: 'other', date: '2016-04-16', place: 'Manabi' })]);
  });

  it('floodwaters and flooding with a toll are disasters; a flood of calls is none', () => {
    expect(
      told(
        'Four people died after heavy rains sent floodwaters rushing through parts of Bulawayo on Sunday, police said.',
      )[0],
    ).toMatchObject({ kind: 'other', manner: ['disaster'], killed: 4 });
    expect(told("The death toll from Tuesday's flooding in Blantyre rose to six, officials said.")[0]).toMatchObject({
      manner: ['disaster'],
      killed: 6,
    });
    expect(told('The council said it received a flood of calls from residents in Harare on Monday.')).toEqual([]);
  });

  it('a structure that gave way is a disaster; gave way to is none', () => {
    expect(
      told('A dam gave way near Saddle Dam village on Monday night, killing 11 people, officials said.')[0],
    ).toMatchObject({ manner: ['disaster'] });
    expect(told('Protests gave way to talks in Yerevan on Monday, officials said.')).toEqual([]);
  });
});

describe('a blast told after a bomb attack', () => {
  it('is that attack, however many sentences later', () => {
    const got = told(
      'A car bomb killed eight people in a market in Baqubah on Tuesday morning, police said.\n\n' +
        'The governor said security would be tightened.\n\n' +
        'Residents said shops were closed.\n\n' +
        'Local officials said 11 people died in the blast.',
    );
    expect(got.every((i) => !i.manner.includes('disaster'))).toBe(true);
  });
});
