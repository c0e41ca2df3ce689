// Actor recall classes the session-24 read-set analysis showed (scripts/eval/actor-misses.ts over every read set):
// a person's name after a post ending in an administrative unit or a chamber, or after a local title; the national
// legislature written lower case; a body's description glued before its name in a source phrase. Wire sentences of
// our own, other places and outlets than the read sets and tests/fixtures/cross-titledbodies24.
import { describe, expect, it } from 'vitest';

import { resolvedStory as nodes } from './resolved-story.ts';

describe('a person named after a post that ends in a unit or a chamber', () => {
  it('starts the name after "Region" or "Oblast", and after "member of Parliament"', () => {
    const x = nodes(
      'ODESA, Aug 3 (Ukrinform) - Head of the Main Department of the National Police in Odesa Region Ivan ' +
        'Vyhivskyi said two people were detained. Chief of the Patrol Police of Odesa Oblast Oleh Kravets said roads ' +
        'were closed.',
    );
    // "y" between consonants of an East Slavic family name keys as "i" (names.ts cyrillicLetters).
    expect(x.at('Ivan Vyhivskyi')).toEqual(['ivan-vihivsky']);
    expect(x.at('Oleh Kravets')).toEqual(['oleg-kravets']);
    const y = nodes(
      'LUSAKA (Zambia Daily Mail) - Mandevu member of Parliament Jonas Phiri said the road would be finished by June.',
    );
    expect(y.at('Jonas Phiri')).toEqual(['jonas-phiri']);
  });

  it('leaves a body named after a unit a body ("Kherson Region Military Administration")', () => {
    const x = nodes(
      'KHERSON, May 2 (Ukrinform) - The Kherson Region Military Administration said shelling hit a school on Friday.',
    );
    expect(x.actors.some((a) => a.kind === 'person')).toBe(false);
  });

  it('reads "Menteri Besar" and "Comptroller" as titles, not words of the name', () => {
    const x = nodes('IPOH, Malaysia (Bernama) - Perak Menteri Besar Saarani Mohamad said the dam would reopen.');
    expect(x.at('Saarani Mohamad')).toEqual(['saarani-mohammed']);
    const y = nodes('BOGOTA (EFE) - Comptroller Carlos Hernán Rodríguez said the audit of the contract had begun.');
    expect(y.actors.find((a) => a.kind === 'person')?.name).not.toMatch(/^Comptroller/);
  });
});

describe('"parliament" in lower case', () => {
  it("is the story state's legislature after a verb or preposition", () => {
    const x = nodes(
      'ACCRA, Feb 4 (Reuters) - Ghana’s finance minister told parliament on Tuesday that the budget deficit would ' +
        'narrow, and the opposition said it would vote against the bill in parliament.',
    );
    expect(x.at('parliament on Tuesday')).toEqual(['ghana-parliament']);
    expect(x.at('parliament.')).toEqual(['ghana-parliament']);
  });

  it('is no legislature when a word qualifies it or it qualifies a noun', () => {
    const x = nodes(
      'ACCRA, Feb 4 (Reuters) - Ghana’s regional parliament speaker met the chiefs, and a parliament committee ' +
        'visited the mine.',
    );
    expect(x.within('parliament speaker')).toEqual([]);
    expect(x.within('parliament committee')).toEqual([]);
  });
});

describe("a body's description before its name in a source phrase", () => {
  it('is no part of the name: "the monitoring group Deep South Watch" is Deep South Watch', () => {
    const x = nodes(
      'BANGKOK, May 3 (Reuters) - A bomb killed two rangers in Yala on Friday. More than 7,000 people have been ' +
        'killed since 2004, according to the monitoring group Deep South Watch.',
    );
    expect(x.within('Deep South Watch')).toEqual(['deep-south-watch']);
  });

  it('keeps a person\'s lower-case role apart, as before ("engineer Tom Hale")', () => {
    const x = nodes('HOUSTON (AP) - The pipe burst without warning, engineer Tom Hale said on Monday.');
    expect(x.within('Tom Hale')).toEqual(['thomas-hale']);
  });
});
