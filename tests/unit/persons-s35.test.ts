// Person identity, session 35: one person's name romanized or shortened differently by two outlets keys alike:
// Japanese long vowels ("Ohno" / "Ono", "Itoh" / "Ito"), the Hausa "Muhammadu" of Muhammad, Italian hypocoristics
// ("Nichi" Vendola, "Gianni", "Peppe"), the Tuareg particle "ag" and the Arab "ould" (capitalized or not), Arabic
// script's "gh" / "g" and "-allah" / "-alla"; and a name with "ag" inside is a person's, never a firm's "AG".
import { describe, expect, it } from 'vitest';

import { personKey } from '../../graph/names.ts';
import { findActors } from '../../ingest/actors/index.ts';
import { clean } from '../../ingest/clean/index.ts';
import { analyze } from '../../ingest/nlp/index.ts';

const same = (a: string, b: string) => expect(personKey(a), `${a} / ${b}`).toBe(personKey(b));
const apart = (a: string, b: string) => expect(personKey(a), `${a} / ${b}`).not.toBe(personKey(b));

/** The actors stage's actors of a text: name → kind. */
function kindsIn(text: string): Map<string, string> {
  const c = clean({ source: 't', text });
  return new Map(findActors(analyze(c), c).actors.map((a) => [a.name, a.kind]));
}

describe('Japanese long vowels', () => {
  it('reads "oh", "ou", "oo" and "uu" short in a Japanese name', () => {
    same('Yuko Ohno', 'Yuko Ono');
    same('Yuuko Oono', 'Yuko Ono');
    same('Hiroshi Itoh', 'Hiroshi Ito');
    same('Masako Ohta', 'Masako Ota');
    same('Kouichi Satou', 'Koichi Sato');
    same('Shinzou Abe', 'Shinzo Abe');
  });
  it('keeps people apart: another given name, "Inoue", and names that are not Japanese', () => {
    apart('Hiroshi Ito', 'Kenta Ito');
    apart('Taro Inoue', 'Taro Ino');
    // No Japanese given name: a Western, West African or Korean name is read as before.
    apart('Ken Moulton', 'Ken Molton');
    apart('Jean Dupouy', 'Jean Dupoy');
    apart('Mousa Kone', 'Mosa Kone');
    // A given name of the list, a family name in no Hepburn syllables.
    apart('Yoko Moulton', 'Yoko Molton');
  });
});

describe('given names of one name in other languages', () => {
  it('reads the Hausa "Muhammadu" as Muhammad', () => {
    same('Muhammadu Danladi', 'Mohammed Danladi');
    same('Muhammadu Garba Yantumaki', 'Mohammed Garba Yantumaki');
    apart('Mahmud Garba', 'Muhammadu Garba');
    apart('Hasan Garba', 'Hassan Garba');
  });
  it('reads Italian hypocoristics as the formal name, not names that stand for several', () => {
    same('Nichi Vendola', 'Nicola Vendola');
    same('Gianni Pittau', 'Giovanni Pittau');
    same('Peppe Sanna', 'Giuseppe Sanna');
    same('Peppino Sanna', 'Giuseppe Sanna');
    same('Mimmo Lucano', 'Domenico Lucano');
    apart('Giovanna Pittau', 'Gianni Pittau');
    apart('Pino Sanna', 'Giuseppe Sanna');
    apart('Gigi Riva', 'Luigi Riva');
    apart('Enzo Ferrari', 'Vincenzo Ferrari');
  });
});

describe('Tuareg and Arab name particles', () => {
  it('reads "ag" and "ould" as particles, written capitalized or not', () => {
    same('Alghabass Ag Intalla', 'Alghabass ag Intallah');
    same('Alghabass Ag Intalla', 'Algabass Ag Intalla');
    same('Alhassane Ag Ghabdallah', 'Alhassane ag Gabdalla');
    same('Mohamed Ould Sidati', 'Mohamed ould Sidati');
    expect(personKey('Alghabass ag Intallah')).not.toBeNull();
  });
  it('keeps brothers apart, and "gh" outside Arabic-script names', () => {
    apart('Aghali Ag Ghabdallah', 'Alhassane Ag Ghabdallah');
    apart('Luca Ghini', 'Luca Gini');
    same('Mohammad Shtayyeh', 'Mohammed Shtayyah');
  });
  it('types a name with "ag" inside as a person, a firm closed by "AG" as a body', () => {
    const kinds = kindsIn(
      'The spokesman, Moussa ag Gabdalla, told RFI the group was ready. Another rebel, Aghali Ag Ghabdallah, ' +
        'was among the commanders. Local mediator Mohamed ould Sidati said the soldiers were well. ' +
        'Separately, Siemens AG said it would build a plant.',
    );
    expect(kinds.get('Moussa ag Gabdalla')).toBe('person');
    expect(kinds.get('Aghali Ag Ghabdallah')).toBe('person');
    expect([...kinds].find(([n]) => n.endsWith('Mohamed ould Sidati'))?.[1]).toBe('person');
    expect([...kinds].find(([n]) => n.startsWith('Siemens'))?.[1]).not.toBe('person');
  });
});
