// Session 29: news outlets not read as outlets. A local outlet's name the gazetteer does not know was a person
// ("he told Al-Watwan"), or nothing ("told Haveeru"), its own page named no publisher ("Haveeru Online | 12 October
// 2014 | By ..."), and "Radio Free Asia" was cut to "Radio Free" at the continent. Wire sentences of our own.
import { describe, expect, it } from 'vitest';

import { actorIdentity } from '../../graph/identity.ts';
import { GAZETTEER_IDS } from '../../graph/load.ts';
import type { Actor } from '../../graph/schema.ts';
import { outletSlots } from '../../ingest/actors/outlet-slots.ts';
import { creditLineNames, datelineAgency, isCreditLine } from '../../ingest/clean/credit-line.ts';
import { clean } from '../../ingest/clean/index.ts';
import { extract } from '../../ingest/extract.ts';

/** The kind and id of the actor whose mention covers `form` (its first occurrence) in `text`, or null. */
function actorAt(text: string, form: string): { kind: string; id: string } | null {
  const x = extract({ source: 't', text });
  const at = text.indexOf(form);
  const a = x.actors.find((d) => d.mentions.some(([s, e]) => s <= at && e >= at + form.length));
  return a ? { kind: a.kind, id: a.id } : null;
}

describe('outlet-shaped slots', () => {
  it('counts a name told to, cited or reporting, and its own voice', () => {
    const slots = outletSlots(
      'A farmer told Kloop that the road was closed. According to Setopati, the deal was rigged. ' +
        'Setopati reported the bids in January. Demerara Waves understands that charges will follow. ' +
        'Kabar quoted the minister as saying order was restored. The monk told RFA’s Tibetan Service he fled.',
    );
    expect(slots.get('Kloop')).toEqual({ told: 1, cited: 0, strong: 0 });
    expect(slots.get('Setopati')).toEqual({ told: 0, cited: 2, strong: 0 });
    expect(slots.get('Demerara Waves')).toEqual({ told: 0, cited: 0, strong: 1 });
    expect(slots.get('Kabar')).toEqual({ told: 0, cited: 0, strong: 1 });
    expect(slots.get('RFA')?.strong).toBe(1);
  });

  it('holds no pronoun, determiner or plural of people', () => {
    const slots = outletSlots('They reported that. Police reported two deaths. He told The Hill. Officials told them.');
    for (const n of ['They', 'Police', 'He', 'Officials', 'The']) expect(slots.has(n)).toBe(false);
  });
});

describe('a name the story uses as an outlet', () => {
  it('is an outlet when told to or cited, one word the lexicon does not hold', () => {
    const text = 'Residents fled the town on Sunday. "We saw the flames," a farmer told Setopati by phone.';
    expect(actorAt(text, 'Setopati')?.kind).toBe('outlet');
    const acronym = 'Soldiers were deployed, an officer told ATPE on Monday.';
    expect(actorAt(acronym, 'ATPE')?.kind).toBe('outlet');
  });

  it('is no outlet when cited once only: a firm is cited and reports too', () => {
    const text = 'Power was cut in three regions, according to Ukrenergo, and repairs began at dawn.';
    expect(actorAt(text, 'Ukrenergo')?.kind).not.toBe('outlet');
  });

  it('is no outlet when the story named a person so, or the word is a given name', () => {
    const person =
      'Tourism Minister Yogesh Bhattarai defended the deal on Monday. According to Bhattarai, the aircraft were ' +
      'bought on the advice of a technical committee.';
    expect(actorAt(person, 'According to Bhattarai') ?? actorAt(person, 'Bhattarai,')).not.toMatchObject({
      kind: 'outlet',
    });
    const given = 'The suspect confessed, the officer told Maria in the corridor.';
    expect(actorAt(given, 'Maria')?.kind).not.toBe('outlet');
    const named = 'Sergeant Amina Yusuf led the raid. "He ran," a neighbour told Amina after the arrest.';
    expect(extract({ source: 't', text: named }).actors.filter((d) => d.kind === 'outlet')).toEqual([]);
  });

  it('takes a name of several words only on a strong slot (a person is told things twice)', () => {
    const strong = 'Demerara Waves understands that the file will go to the prosecutor this week.';
    expect(actorAt(strong, 'Demerara Waves')?.kind).toBe('outlet');
    const person =
      'Anita Persaud said the family wanted justice. She told Anita Persaud’s lawyer nothing. Neighbours told ' +
      'Anita Persaud that the police had left.';
    expect(actorAt(person, 'Anita Persaud')?.kind).toBe('person');
  });

  it('keys a proper one-word outlet across articles, an acronym in its article', () => {
    const outlet = (name: string): Actor => ({
      id: name.toLowerCase(),
      name,
      kind: 'outlet',
      aliases: [],
      anonymous: false,
      affiliation: null,
      mentions: [[0, name.length]],
    });
    expect(actorIdentity(outlet('Setopati'), 'a1', GAZETTEER_IDS)).toMatchObject({ id: 'setopati', global: true });
    expect(actorIdentity(outlet('ATPE'), 'a1', GAZETTEER_IDS).global).toBe(false);
    expect(actorIdentity(outlet('Mirror'), 'a1', GAZETTEER_IDS).global).toBe(false);
  });
});

describe("a page's credit line", () => {
  it('names the outlet besides its date and byline, site words cut', () => {
    expect(creditLineNames('Haveeru Online | 12 October 2014, 21:40 | By Aminath Shifa')).toEqual(['Haveeru']);
    expect(creditLineNames('By Rita Molisale | Vanuatu Daily Post | Thursday, 14 November 2019')).toEqual([
      'Vanuatu Daily Post',
    ]);
    expect(creditLineNames('Al-Watwan, 17 July 2019 - By our correspondent in Anjouan')).toEqual(['Al-Watwan']);
    expect(creditLineNames('Defimedia.info | Jeudi 17 mars 2022 - 18:40 | By Priya Ramsurrun')).toEqual(['Defimedia']);
    expect(creditLineNames('Pacific Beat / By Liam Forde')).toEqual(['Pacific Beat']);
  });

  it('is no credit line without a date or a byline, and names no desk or place', () => {
    expect(isCreditLine('Floods kill 12 in Kenya as rains continue')).toBe(false);
    expect(isCreditLine('Kenya - Police kill three in Nairobi slum')).toBe(false);
    expect(creditLineNames('By Staff Writer | 12 March 2020')).toEqual([]);
    expect(creditLineNames('Kenya | 12 March 2020')).toEqual([]);
  });

  it('is never the headline, and gives the page its publisher', () => {
    const page =
      'ACC raids tourism ministry over island lease\n\nHaveeru Online | 12 October 2014, 21:40 | By Aminath Shifa\n\n' +
      'The Anti-Corruption Commission on Sunday searched the offices of the Tourism Ministry in Male.\n\n' +
      'A spokesperson told Haveeru that the commission was investigating the lease.\n';
    const c = clean({ source: 't', text: page });
    expect(c.title).toBe('ACC raids tourism ministry over island lease');
    expect(c.outletName).toBe('Haveeru');
    const x = extract({ source: 't', text: page });
    expect(x.article.outlet).toBe('haveeru');
  });

  it('reads an agency in a dateline the gazetteer may not know, never a place', () => {
    expect(datelineAgency("N'DJAMENA, 26 April 2021 (ATPE) - The council named a prime minister.")).toBe('ATPE');
    expect(datelineAgency('Tirana, 4 February 2015 /ATA/ - Prime Minister Edi Rama said')).toBe('ATA');
    expect(datelineAgency('ERBIL (Iraq) - Two soldiers were killed')).toBeNull();
  });
});

describe("an outlet's name holding a place or a demonym", () => {
  it('is never cut at the place: "Radio Free Africa", "Radio Television Kosovo"', () => {
    const text = 'Radio Free Africa reported that two villagers were detained.';
    expect(actorAt(text, 'Radio Free Africa')).toEqual({ kind: 'outlet', id: 'radio-free-africa' });
    expect(actorAt('A resident told Radio Free Asia that police fired.', 'Radio Free Asia')?.kind).toBe('outlet');
  });

  it('"The Namibian police" is the police, not the newspaper The Namibian', () => {
    const text = 'The Namibian police on Thursday denied shooting a protester in Windhoek.';
    expect(actorAt(text, 'Namibian police')?.kind).toBe('organization');
    expect(actorAt('The Namibian reported that the talks failed.', 'The Namibian')?.kind).toBe('outlet');
  });
});

describe("an outlet's acronym the article spells out for another body", () => {
  /** The actor whose mention is exactly the `nth` "ANP" of `text`. */
  const anpAt = (text: string, nth: number) => {
    const at = [...text.matchAll(/ANP/g)][nth]!.index!;
    return extract({ source: 't', text }).actors.find((a) => a.mentions.some(([s, e]) => s === at && e === at + 3));
  };

  it('is that body: "National Ports Administration (ANP)" is not the Dutch news agency ANP', () => {
    const text =
      'Montevideo, Aug 9 (EFE).- Uruguay’s Administrative Court on Tuesday heard a lawsuit filed by a container ' +
      'operator against the National Ports Administration (ANP) over a terminal concession. The president of the ' +
      'ANP rejected the accusation.';
    const [first, later] = [anpAt(text, 0), anpAt(text, 1)];
    expect(first?.kind).toBe('organization');
    expect(first?.name).toBe('National Ports Administration');
    expect(later?.id).toBe(first?.id);
  });

  it('stays the outlet where nothing in the article spells it otherwise', () => {
    const text = 'THE HAGUE, March 3 (ANP) - Dutch police arrested two men, ANP reported.';
    expect(anpAt(text, 1)?.id).toBe('algemeen-nederlands-persbureau');
  });
});
