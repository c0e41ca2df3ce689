// Session 30 (persons): one person styled two ways by two outlets stays one node, two people stay two. Baltic and
// Finnish transliterations of Russian names read as English ones (graph/name-spellings.ts englishDigraphs,
// slavicLetters), Tibetan-script name words by spelling and skeleton (TibetanSpellings), local titles and a place +
// office before a name dropped (graph/data/titles.json), a title + family name keyed by its full alias.
import { describe, expect, it } from 'vitest';

import { TibetanSpellings, englishDigraphs, slavicLetters, tibetanSkeleton } from '../../graph/name-spellings.ts';
import { actorIdentity } from '../../graph/identity.ts';
import { personKey, unfoldedPersonKey } from '../../graph/names.ts';
import type { Actor } from '../../graph/schema.ts';

describe('East Slavic names in Baltic and Finnish transliteration', () => {
  it('reads háček letters as English digraphs and Estonian "tš" as "ch"', () => {
    expect(englishDigraphs('Koržov')).toBe('Korzhov');
    expect(englishDigraphs('Šestakova')).toBe('Shestakova');
    expect(englishDigraphs('Tšumakov')).toBe('Chumakov');
    expect(englishDigraphs('Čistjakov')).toBe('Chistjakov');
  });

  it('reads an opening or intervocalic "j" as "y" and "ss" between vowels as "s"', () => {
    expect(slavicLetters('jakovlev')).toBe('yakovlev');
    expect(slavicLetters('sergejev')).toBe('sergeyev');
    expect(slavicLetters('ossipov')).toBe('osipov');
    expect(slavicLetters('dmitri')).toBe('dmitri');
  });

  it('keys the Estonian and the English spelling of one name alike', () => {
    expect(personKey('Dmitri Koržov')).toBe(personKey('Dmitri Korzhov'));
    expect(personKey('Sergei Jakovlev')).toBe(personKey('Sergei Yakovlev'));
    expect(personKey('Jevgeni Ossipov')).toBe(personKey('Yevgeny Osipov'));
    expect(personKey('Jelena Šestakova')).toBe(personKey('Yelena Shestakova'));
  });

  it('keeps "ч" apart from "ц" and "ж" apart from "з": Tšumakov is not Tsumakov, Koržov not Korzov', () => {
    expect(personKey('Jegor Tšumakov')).toBe(personKey('Yegor Chumakov'));
    expect(personKey('Jegor Tšumakov')).not.toBe(personKey('Yegor Tsumakov'));
    expect(personKey('Dmitri Koržov')).not.toBe(personKey('Dmitri Korzov'));
  });

  it('leaves Czech, Slovak and Polish names as English outlets write them', () => {
    expect(personKey('Andrej Babiš')).toBe(personKey('Andrej Babis'));
    expect(personKey('Šárka Kašparová')).toBe(personKey('Sarka Kasparova'));
    expect(personKey('Joanna Kowalska')).toBe('joanna kowalska');
  });

  it('reads none of this in the strict key of two people of one article', () => {
    expect(unfoldedPersonKey('Sergei Jakovlev')).not.toBe(unfoldedPersonKey('Sergei Yakovlev'));
  });
});

describe('Tibetan-script names', () => {
  it('reads vowels and "tsh" alike in a skeleton', () => {
    expect(tibetanSkeleton('kuenzang')).toBe(tibetanSkeleton('kinzang'));
    expect(tibetanSkeleton('gyaltshen')).toBe(tibetanSkeleton('gyeltsen'));
    expect(tibetanSkeleton('namgay')).not.toBe(tibetanSkeleton('namgyal'));
  });

  it('keys each word of a name whose words are all Tibetan by its group, and nothing else', () => {
    const t = new TibetanSpellings([['kunzang', 'kinzang'], ['namgyal'], ['karma'], ['nima']]);
    expect(t.name(['kinzang', 'namgyel'])).toEqual(['kunzang', 'namgyal']);
    // Neither word a listed spelling: no reading by skeletons alone.
    expect(t.name(['kuenzang', 'namgyel'])).toBeNull();
    // No word a listed spelling: "Nama Karim" is read as no Tibetan name.
    expect(t.name(['nama', 'karim'])).toBeNull();
    // A short word reads as a listed one only when spelled as one.
    expect(t.name(['karma', 'nemi'])).toBeNull();
    expect(t.name(['karma', 'smith'])).toBeNull();
  });

  it('drops a skeleton two listed names share', () => {
    const t = new TibetanSpellings([['kinley'], ['kunley'], ['dorji']]);
    expect(t.name(['dorji', 'kanley'])).toBeNull();
  });

  it("keys outlets' spellings of one Bhutanese or Ladakhi name alike, another name apart", () => {
    expect(personKey('Kuenzang Namgyel')).toBe(personKey('Kinzang Namgyal'));
    expect(personKey('Dawa Gyaltshen')).toBe(personKey('Dawa Gyeltsen'));
    expect(personKey('Ugyen Namgay')).not.toBe(personKey('Ugyen Namgyal'));
    expect(personKey('Rigzin Namgyal')).not.toBe(personKey('Rigzin Wangyal'));
    expect(unfoldedPersonKey('Kuenzang Namgyel')).not.toBe(unfoldedPersonKey('Kinzang Namgyal'));
  });
});

describe("titles kept in a person's name", () => {
  it('drops local titles and a place + office before two name words', () => {
    expect(personKey('Punakha Dzongdag Kuenzang Namgyel')).toBe(personKey('Kuenzang Namgyel'));
    expect(personKey('Wangdue Dzongdag Sonam Dorji')).toBe(personKey('Sonam Dorji'));
    expect(personKey('Lyonpo Dawa Gyaltshen')).toBe(personKey('Dawa Gyaltshen'));
    expect(personKey('Kapitein Ronny Asaiti')).toBe('ronny asaiti');
    expect(personKey('ComPol Chester Williams')).toBe('chester williams');
    expect(personKey('Lawyer Ousainou Darboe')).toBe('ousainou darboe');
    expect(personKey('Kano Governor Abba Yusuf')).toBe(personKey('Abba Yusuf'));
  });

  it('keeps an honorific inside a name, and gives a place + office + one word no key', () => {
    expect(personKey('Hassan Sheikh Mohamud')).toBe(personKey('Hassan Mohamud'));
    expect(personKey('Punakha Dzongdag Namgyel')).toBeNull();
  });

  const person = (name: string, aliases: string[]): Actor =>
    ({ id: 'p', name, kind: 'person', aliases, anonymous: false, mentions: [], affiliation: null }) as unknown as Actor;
  const ctx = { isKnownId: () => false } as never;

  it("keys a title + family name by its one full alias of that family name, not another family's", () => {
    expect(actorIdentity(person('Lawyer Kamara', ['Ibrahim Sorie Kamara', 'Kamara']), 'a1', ctx).id).toBe(
      'ibrahim-kamara',
    );
    expect(actorIdentity(person('Lawyer Kamara', ['Ibrahim Sesay', 'Kamara']), 'a1', ctx).global).toBe(false);
  });
});
