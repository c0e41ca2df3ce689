// One person styled or romanized differently by two outlets keys alike (session 28): "-al-Din" given names, a
// capitalized "Al-" opening a name, role words and Malay and Fijian titles before a name, an abbreviated "Mohd", Kachin
// names. Two people stay apart: a Spanish father and son, and two men one story tells apart whom only an Arabic family
// name's vowel readings make one name.
import { describe, expect, it } from 'vitest';

import { personKey } from '../../graph/names.ts';
import { resolvedStory as nodes } from './resolved-story.ts';

describe('name structure outlets write differently', () => {
  it('"-al-Din" given names, joined or apart, assimilated or not', () => {
    const key = personKey('Najmaldin Karim');
    expect(personKey('Najmuddin Karim')).toBe(key);
    expect(personKey('Najmeddine Karim')).toBe(key);
    expect(personKey('Jamal Eddine Ghoul')).toBe(personKey('Jamaleddine Ghoul'));
    expect(personKey('Jamal al-Din Ghoul')).toBe(personKey('Jamaluddin al-Ghoul'));
    expect(personKey('Salah Eddine Bakri')).toBe(personKey('Salahuddin Bakri'));
    expect(personKey('Sergei Baldin')).toBe('sergei baldin');
  });

  it('a capitalized "Al-" opening a name is its article', () => {
    expect(personKey('Al-Sawarmi Khalid Saad')).toBe(personKey('Sawarmi Khaled Saad'));
    expect(personKey('Al Gore')).toBe('al gore');
  });

  it('role words and courtesy or chiefly titles before a name', () => {
    expect(personKey('Member Hagrama Mahilary')).toBe(personKey('Hagrama Mahilary'));
    expect(personKey('Ratu Epeli Nailatikau')).toBe(personKey('Epeli Nailatikau'));
    expect(personKey('Tan Sri Bernard Gimbang')).toBe(personKey('Bernard Gimbang'));
    expect(personKey('Datuk Seri Panglima Rahim Jemadi')).toBe(personKey('Rahim Jemadi'));
    // "Tan" is a Chinese family name too: only "Tan Sri" is a title.
    expect(personKey('Tan Cheng Bock')).toBe('tan cheng bock');
  });

  it('an abbreviated Muhammad before a given and a family name', () => {
    expect(personKey('Mohd Rizal Othman')).toBe(personKey('Rizal Othman'));
    expect(personKey('Md Shahidul Islam')).toBe(personKey('Shahidul Islam'));
    expect(personKey('Mohammed Rizal Othman')).not.toBe(personKey('Rizal Othman'));
  });

  it('every word of a Kachin name keys it', () => {
    expect(personKey('Maran Zau Awng')).toBe('maran zau awng');
    expect(personKey('Maran Zau Awng')).not.toBe(personKey('Maran Brang Seng'));
  });

  it("an Andean name keys on both surnames, never on the mother's alone", () => {
    expect(personKey('Wilber Quispe Mamani')).toBe('wilber quispe mamani');
    expect(personKey('Wilber Quispe Mamani')).not.toBe(personKey('Wilber Mamani'));
    expect(personKey('Hilario Condori Apaza')).not.toBe(personKey('Hilario Condori Mamani'));
  });
});

describe("two men of one story whom only an Arabic family name's vowels make one name", () => {
  it('stay two', () => {
    const story = nodes(
      'BASRA, Iraq (Reuters) - Police officer Ahmed Karim said two men were arrested. A lawyer for the men, ' +
        'Ahmed Kareem, said they had been beaten in custody.',
    );
    expect(story.at('Ahmed Karim')).toHaveLength(1);
    expect(story.at('Ahmed Karim')).not.toEqual(story.at('Ahmed Kareem'));
  });
});
