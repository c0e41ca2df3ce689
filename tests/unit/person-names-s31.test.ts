// Session 31 (persons): one person written two ways by two outlets is one key, two people stay two. Malay and Brunei
// patronymics with the father's honorifics, an Arabic family name's opening vowel after an unwritten ayn, a capitalized
// inner article, Georgian "-ia" / Russian "-iya", Romanian "h" / Russian "kh", Malay compound given names
// (graph/names.ts); and the extractor's reading of such names in running text (ingest/actors/).
import { describe, expect, it } from 'vitest';

import { personKey } from '../../graph/names.ts';
import { extract } from '../../ingest/extract.ts';

const people = (text: string) =>
  extract({ source: 'wire.txt', text })
    .actors.filter((a) => a.kind === 'person' && !a.anonymous)
    .map((a) => a.name);

describe('Malay and Brunei patronymic names', () => {
  it('keys a name with "bin", its honorifics and the father\'s as the name without them', () => {
    const key = personKey('Zulkifli Mansor');
    expect(personKey('Zulkifli bin Mansor')).toBe(key);
    expect(personKey('Datuk Haji Zulkifli bin Haji Mansor')).toBe(key);
    expect(personKey('Pengiran Haji Ismail bin Pengiran Haji Abdul Rahman')).toBe(
      personKey('Pengiran Ismail Abdul Rahman'),
    );
    expect(personKey('Hajah Siti Norhayati binti Haji Ismail')).toBe(personKey('Siti Norhayati Ismail'));
  });

  it("keeps brothers and sisters who share their father's name apart", () => {
    expect(personKey('Pengiran Haji Ahmad bin Pengiran Haji Abdul Rahman')).not.toBe(
      personKey('Pengiran Haji Ismail bin Pengiran Haji Abdul Rahman'),
    );
    expect(personKey('Siti Aminah Ismail')).not.toBe(personKey('Siti Norhayati Ismail'));
    expect(personKey('Nurul Izzah binti Anwar')).not.toBe(personKey('Nurul Nuha binti Anwar'));
  });

  it('keeps a father\'s name that is also a title ("bin Sultan")', () => {
    expect(personKey('Khalid bin Sultan')).toBe('khalid sultan');
    expect(personKey('Pg Hj Ismail')).toBeNull();
  });

  it("reads the whole name in running text, the father's honorifics inside it", () => {
    const names = people(
      'Pengiran Haji Ismail bin Pengiran Haji Abdul Rahman was jailed on Monday. His brother, Pengiran Haji Ahmad ' +
        'bin Pengiran Haji Abdul Rahman, was also jailed. Judge Hajah Nurul Fatimah binti Haji Abdullah said so.',
    );
    expect(names).toContain('Ismail bin Pengiran Haji Abdul Rahman');
    expect(names).toContain('Ahmad bin Pengiran Haji Abdul Rahman');
    expect(names).toContain('Nurul Fatimah binti Haji Abdullah');
  });

  it('keeps two full names with one given name, one family name and other middle names apart in one article', () => {
    const names = people(
      'Judge Siti Norhayati Ismail heard the case. A villager, Siti Aminah Ismail, said it was late.',
    );
    expect(names).toContain('Siti Norhayati Ismail');
    expect(names).toContain('Siti Aminah Ismail');
  });
});

describe('Arabic family names', () => {
  it('reads the opening vowel after an unwritten ayn alike', () => {
    expect(personKey('Saleh al-Enezi')).toBe(personKey('Saleh Al-Anezi'));
    expect(personKey('Saleh Al-Enizi')).toBe(personKey('Saleh Al-Anezi'));
    expect(personKey('Nasser al-Adwani')).toBe(personKey('Nasser Al-Edwani'));
    expect(personKey('Moammar al-Eryani')).toBe(personKey('Muammar al-Iryani'));
  });

  it('keeps an opening "u" apart: Asadi is not Usaidi', () => {
    expect(personKey('Ali al-Asadi')).not.toBe(personKey('Ali al-Usaidi'));
  });

  it('reads a capitalized article inside a name as the article ("Mutlaq Al Dosari")', () => {
    expect(personKey('Mutlaq Al Dosari')).toBe(personKey('Mutlaq al-Dosari'));
    expect(personKey('Mohammed Bin Salman')).toBe(personKey('Mohammed bin Salman'));
    expect(personKey('Al Gore')).toBe('al gore');
  });
});

describe('Georgian, Russian and Romanian spellings', () => {
  it('reads the Russian "-iya" of a Georgian family name as "-ia", Georgian given names as their Russian ones', () => {
    expect(personKey('Levan Shengeliya')).toBe(personKey('Levan Shengelia'));
    expect(personKey('Georgy Kvaratskheliya')).toBe(personKey('Giorgi Kvaratskhelia'));
    expect(personKey('David Gogiya')).toBe(personKey('Davit Gogia'));
    expect(personKey('Nino Gogia')).not.toBe(personKey('Davit Gogia'));
  });

  it('reads a final "kh" after a vowel as "h" in a name of Cyrillic script, not "ykh"', () => {
    expect(personKey('Irina Vlakh')).toBe(personKey('Irina Vlah'));
    expect(personKey('Bashkan Irina Vlakh')).toBe(personKey('Irina Vlah'));
    expect(personKey('Sergei Chernykh')).not.toBe(personKey('Sergei Cherny'));
  });
});

describe('names the extractor used to cut or glue', () => {
  it('keeps "Jean" opening a compound given name written without a hyphen', () => {
    expect(people('Jean Robert Pierre was deported on Monday, officials said.')).toEqual(['Jean Robert Pierre']);
    expect(personKey('Jean Robert Pierre')).toBe(personKey('Jean-Robert Pierre'));
  });

  it('reads a short form in brackets as an alias of the person around it, never an acronym', () => {
    const actors = extract({ source: 'wire.txt', text: 'Giorgi (Gia) Kvaratskhelia told reporters on Monday.' }).actors;
    const p = actors.find((a) => a.kind === 'person');
    expect(p?.name).toBe('Giorgi Kvaratskhelia');
    expect(p?.aliases).toContain('Gia');
    expect(people('Abdullah (ISIS) Ali said.')).not.toContain('Abdullah Ali');
  });

  it('reads the holder named after "the head of the union," as a person, no body', () => {
    const actors = extract({
      source: 'wire.txt',
      text: 'The head of the trade union, John Smith, said on Monday.',
    }).actors;
    expect(actors.find((a) => a.name === 'John Smith')?.kind).toBe('person');
    const firm = extract({ source: 'wire.txt', text: 'The company, Acme Holdings, said on Monday.' }).actors;
    expect(firm.find((a) => a.name === 'Acme Holdings')?.kind).toBe('organization');
  });

  it('cuts a portfolio joined to a matched title by "and" from the name', () => {
    expect(people('Talks were held with Minister of Finance and Economy Davit Gogia.')).toEqual(['Davit Gogia']);
  });

  it("keeps another state's king apart from the dateline state's crown prince of the same given name", () => {
    const actors = extract({
      source: 'wire.txt',
      text:
        'MANAMA, Nov 11 (AFP) - King Hamad appointed Crown Prince Salman bin Hamad Al Khalifa as prime minister on ' +
        "Wednesday. Saudi Arabia's King Salman sent a cable of condolence.",
    }).actors;
    const prince = actors.find((a) => a.name === 'Salman bin Hamad Al Khalifa');
    expect(prince?.mentions).toHaveLength(1);
    expect(actors.filter((a) => a.kind === 'person' && a.mentions.length)).toHaveLength(3);
    const succeeded = extract({
      source: 'wire.txt',
      text: 'RIYADH, Jan 23 (Reuters) - Crown Prince Salman bin Abdulaziz became king on Friday. King Salman said so.',
    }).actors;
    expect(succeeded.find((a) => a.name === 'Salman bin Abdulaziz')?.aliases).toContain('Salman');
  });
});
