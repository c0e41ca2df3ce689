// One person's name romanized by different systems keys alike (session 27): the letters Russian, Ukrainian, Belarusian
// and Uzbek Latin spellings of one Cyrillic letter disagree on (names.ts cyrillicLetters), Swahili and Bengali forms of
// Arabic given names (name-variants.json), an Arabic family name's long vowels and diphthongs (names.ts longVowels). Two people stay apart: another given name with the same family name, a
// family name one real letter away, and two people one article tells apart whom only the folding makes one name.
import { describe, expect, it } from 'vitest';

import { cyrillicLetters, personKey, unfoldedPersonKey } from '../../graph/names.ts';
import { resolvedStory as nodes } from './resolved-story.ts';

describe('letters romanizations of Cyrillic disagree on', () => {
  it('read alike in East Slavic and Central Asian family names', () => {
    // Russian "g", Ukrainian and Belarusian "h" for one letter; "y" and "i" between consonants.
    expect(personKey('Pavel Grishchenko')).toBe(personKey('Pavlo Hryshchenko'));
    expect(personKey('Vitaly Bogdanovich')).toBe(personKey('Vitali Bohdanovych'));
    expect(personKey('Oleksandr Lytvynenko')).toBe(personKey('Alexander Litvinenko'));
    // Uzbek Latin "x" for "kh" at the start or before a consonant; the Belarusian ending "-enka".
    expect(personKey('Shavkat Xolmurodov')).toBe(personKey('Shavkat Kholmurodov'));
    expect(personKey('Rustam Maxmudov')).toBe(personKey('Rustam Makhmudov'));
    expect(personKey('Mikalai Kovalenka')).toBe(personKey('Nikolai Kovalenko'));
  });

  it('are folded, never rewritten: "x" between vowels, "kh", "zh", and non-Slavic names stay', () => {
    expect(cyrillicLetters('alexandrov')).toBe('alexandrov');
    expect(cyrillicLetters('khromov')).not.toBe(cyrillicLetters('hromov'));
    expect(personKey('Sergei Khromov')).not.toBe(personKey('Sergei Gromov'));
    expect(personKey('Ivan Zhukov')).not.toBe(personKey('Ivan Gukov'));
    // No East Slavic given name or ending: an English "Gill" is not "Hill".
    expect(personKey('David Gill')).not.toBe(personKey('David Hill'));
    expect(personKey('Maria Gomez')).not.toBe(personKey('Maria Homez'));
  });

  it('keeps another given name or another family name apart', () => {
    expect(personKey('Andrei Grinevich')).not.toBe(personKey('Yuri Hrynevich'));
    expect(personKey('Andrei Grinevich')).not.toBe(personKey('Andrei Grinkevich'));
    expect(personKey('Oleg Bykov')).not.toBe(personKey('Oleg Bobkov'));
  });
});

describe('Swahili and Bengali forms of Arabic given names', () => {
  it('key as the Arabic name', () => {
    expect(personKey('Selemani Jafo')).toBe(personKey('Suleiman Jafo'));
    expect(personKey('Athumani Kihamia')).toBe(personKey('Othman Kihamia'));
    expect(personKey('Hamisi Kigwangalla')).toBe(personKey('Khamis Kigwangalla'));
    expect(personKey('Anowar Hossain')).toBe(personKey('Anwar Hussain'));
  });

  it('keep two men of one family name apart', () => {
    expect(personKey('Hamisi Mwinyi')).not.toBe(personKey('Selemani Mwinyi'));
    expect(personKey('Ramadhani Dau')).not.toBe(personKey('Rashidi Dau'));
  });
});

describe('long vowels and diphthongs of an Arabic family name', () => {
  it('read alike however outlets write them', () => {
    expect(personKey('Khalid Mansour')).toBe(personKey('Khaled Mansur'));
    expect(personKey('Ahmed Obeid')).toBe(personKey('Ahmad Ubaid'));
    expect(personKey('Hussein al-Sheikh')).toBe(personKey('Hussein al-Shaikh'));
    expect(personKey('Nabil Abu Rudeineh')).toBe(personKey('Nabil Abu Rudaineh'));
  });

  it('keep another family name, a nisba or a doubled consonant apart', () => {
    expect(personKey('Khalid Mansour')).not.toBe(personKey('Khalid Mansouri'));
    expect(personKey('Ali Hassan')).not.toBe(personKey('Ali Hassoun'));
    expect(personKey('Ali Hamoud')).not.toBe(personKey('Ali Hammoud'));
    // No Arabic-script name: an English "Moore" is not "Muir", a "Boon" not "Bun".
    expect(personKey('Roger Moore')).not.toBe(personKey('Roger Muure'));
    expect(personKey('David Boon')).not.toBe(personKey('David Bun'));
  });
});

describe('two people of one article whom only the folding makes one name', () => {
  it('keep the ids of their names as written', () => {
    const story = nodes(
      'KHARKIV, Ukraine (AP) - Ukrainian police chief Ihor Hrytsenko said a drone hit a school. Across the ' +
        'border, Igor Gritsenko, a Russian district head, said shelling had cut power to three villages.',
    );
    const [ukrainian, russian] = [story.at('Ihor Hrytsenko'), story.at('Igor Gritsenko')];
    expect(ukrainian).toHaveLength(1);
    expect(russian).toHaveLength(1);
    expect(ukrainian).not.toEqual(russian);
    expect(ukrainian[0]).toBe(unfoldedPersonKey('Ihor Hrytsenko')!.replace(/ /g, '-'));
  });

  it('and one person of an article keeps the folded id other articles give', () => {
    const a = nodes('MINSK (BelTA) - Judge Andrei Grinevich read the verdict on Tuesday, the court said.');
    const b = nodes('Prague (RFE/RL) - Andrey Hrynevich, the judge, read the verdict on Tuesday, Viasna said.');
    expect(a.at('Andrei Grinevich')).toHaveLength(1);
    expect(a.at('Andrei Grinevich')).toEqual(b.at('Andrey Hrynevich'));
  });
});
