// Incidents not extracted at all (the s30 class, from session 29's batches): violence told in the words of crime
// reporting ("Saturday night's shooting on Faber's Road", "the murder of X last month"), an active "shot dead" by
// anyone, a crowd dispersed by force, a "fire" that is a verb ("police fire tear gas"), disasters dated by "of" ("the
// floods of May 2015"), and places read through multi-word demonyms and possessive street names. Each with a case
// that must stay no incident (or no place).
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const incidentsOf = (text: string) => extract({ source: 'wire.txt', text }).incidents;
const attacks = (text: string) => incidentsOf(text).filter((i) => i.kind === 'attack');

describe('a crime noun', () => {
  it('tells an attack dated by its possessor and placed on a possessive street', () => {
    const found = attacks(
      "KINGSTON, March 4, 2019 - Police said Saturday night's shooting on Ferry's Road left three people dead.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2019-03-02');
    expect(found[0]!.place).toBe("Ferry's Road");
  });

  it('tells a murder of one victim last month, off the news date', () => {
    const found = attacks(
      'LAGOS, May 4, 2020 - Residents said they had not forgotten the murder of trader Ade Bello last month on ' +
        'Ojuelegba Road.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2020-04');
    expect(found[0]!.killed).toBe(1);
  });

  it('keeps an act answered apart from the act answering it', () => {
    const found = attacks(
      'PORT MORESBY, June 3, 2021 - Police said the shooting in Gerehu on Saturday was a reprisal for the killing ' +
        'of a young man on Boroko Street a week earlier.',
    );
    expect(found.length).toBe(2);
    expect(found.map((i) => i.place).sort()).toEqual(['Boroko Street', 'Gerehu']);
  });

  it('leaves gains, statistics, charges and film shoots alone', () => {
    const texts = [
      'LONDON, May 4, 2020 - Traders made a killing on the markets on Monday, brokers in London said.',
      'PRETORIA, May 4, 2020 - Police recorded more than 19,000 murders in the year to March, figures showed.',
      'NAIROBI, May 4, 2020 - Two men were charged with murder in Nairobi on Monday, police said.',
      'MUMBAI, May 4, 2020 - The shooting of the film in Mumbai was halted on Monday after a dispute over fees.',
    ];
    for (const text of texts) expect(attacks(text), text).toEqual([]);
  });
});

describe('an active "shot dead"', () => {
  it('tells an attack whoever fired', () => {
    const found = attacks(
      'GEORGETOWN, March 18, 2019 (AFP) - The company said its security guards shot dead at least two informal ' +
        'miners on its concession near Mahdia on Saturday.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2019-03-16');
  });

  it('is no attack without people shot', () => {
    const found = attacks('KYIV, March 18, 2019 - Air defences shot down two drones near Kharkiv on Saturday.');
    expect(found.filter((i) => i.place === 'Kharkiv' && i.killed != null)).toEqual([]);
  });
});

describe('a crowd dispersed by force', () => {
  it('is a clash with who dispersed it', () => {
    const found = incidentsOf(
      'LUSAKA, Feb 3, 2017 - One person died on Thursday when police dispersed a protest by traders at Soweto ' +
        'market in Lusaka.',
    );
    expect(found.filter((i) => i.kind === 'clash')).toHaveLength(1);
    expect(found[0]!.date).toBe('2017-02-02');
  });

  it('is none when the crowd went home or money was dispersed', () => {
    const texts = [
      'LUSAKA, Feb 3, 2017 - The crowd dispersed by late afternoon and shops at Soweto market reopened on Thursday.',
      'LUSAKA, Feb 3, 2017 - The ministry dispersed the funds to councils in Lusaka on Thursday.',
    ];
    for (const text of texts) expect(incidentsOf(text), text).toEqual([]);
  });
});

describe('"fire" in a headline', () => {
  it('is the verb before what was fired', () => {
    const found = incidentsOf(
      'Zambian police fire tear gas at market traders\n\nLUSAKA, Feb 3, 2017 - Traders at Soweto market ' +
        'protested against new levies on Thursday.',
    );
    expect(found.filter((i) => i.manner?.includes('disaster'))).toEqual([]);
  });

  it('is still a fire that guts a market', () => {
    const found = incidentsOf('LUSAKA, Feb 3, 2017 - A fire gutted stalls at Soweto market in Lusaka on Thursday.');
    expect(found.filter((i) => i.manner?.includes('disaster'))).toHaveLength(1);
  });
});

describe('a disaster dated by "of"', () => {
  it('is a happening of its own, at its month', () => {
    const found = incidentsOf(
      'DHAKA, June 14, 2018 - The floods of July 2016 displaced more than 3,000 people in Kurigram.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2016-07');
    expect(found[0]!.place).toBe('Kurigram');
  });

  it('is no figure of a flood of people', () => {
    expect(incidentsOf('DHAKA, June 14, 2018 - A flood of refugees reached Kurigram on Sunday.')).toEqual([]);
  });
});

describe('a demonym before a place', () => {
  it('of several words is no place: the place after "of" is', () => {
    const found = attacks(
      'SAN SALVADOR, Oct 16, 2023 (AP) - Gunmen killed at least six people in the Honduran port city of La Ceiba ' +
        'over the weekend, police said.',
    );
    expect(found[0]!.place).toBe('La Ceiba');
    const region = attacks(
      'TEGUCIGALPA, Dec 8, 2019 (AFP) - Gunmen killed five people in the Central American country on Saturday.',
    );
    expect(region[0]!.place).toBeNull();
  });

  it('leaves a region named alone and a state with such a name', () => {
    const found = attacks('BANGUI, Dec 8, 2019 (AFP) - Gunmen killed five people in the Central African Republic.');
    expect(found[0]!.place).toBe('Central African Republic');
  });
});
