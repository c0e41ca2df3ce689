// More junk classes of issue #10 (hand-labelled PolNeAR sample, seed 3031), on short wire-style articles of other
// regions and years: contributor lines, names cut at a hyphen or named by their last words, firms joined by "&",
// gatherings and programmes named after a body, US states and capitals used as places.
import { describe, expect, it } from 'vitest';

import { actorsOf, names } from './helpers.ts';

describe('junk actor classes, second round (issue #10)', () => {
  it('names nobody who only contributed reporting', () => {
    const found = names(
      "LIMA (Reuters) - Peru's President Dina Boluarte said on Monday she would not resign. Congressman Jorge " +
        'Montoya said he would file a motion. Montoya reported from Cusco that the mood was tense.\n' +
        'Carla Vega and Luis Ortiz contributed reporting from Cusco. Mario Soto reported from Arequipa.\n',
    );
    expect(found.filter((n) => n.startsWith('person:'))).toEqual(['person:Dina Boluarte', 'person:Jorge Montoya']);
  });

  it('keeps a Korean given name whole and folds the last words of a full name into it', () => {
    const people = actorsOf(
      'SEOUL (Yonhap) - Former U.N. Secretary-General Ban Ki-moon met President Moon Jae-in on Friday. Ban Ki-moon ' +
        'said the Kim Jong-un regime would not talk. In Yangon, Aung San Suu Kyi, whose party won in 2015, spoke ' +
        'later. "We are ready," Suu Kyi said. The Park-era rules stayed, said Lee Jae-myung.\n',
    ).filter((a) => a.kind === 'person');
    expect(people.map((a) => a.name).sort()).toEqual([
      'Aung San Suu Kyi',
      'Ban Ki-moon',
      'Kim Jong-un',
      'Lee Jae-myung',
      'Moon Jae-in',
    ]);
    expect(people.find((a) => a.name === 'Aung San Suu Kyi')!.mentions).toHaveLength(2);
  });

  it('folds an origin glued before a full name into the person, under the name', () => {
    const people = actorsOf(
      'DENVER (AP) - Coloradan Ana Ruiz, a ski instructor, led the march in 2021. Ana Ruiz said the resort owed ' +
        'workers $2 million.\n',
    ).filter((a) => a.kind === 'person');
    expect(people.map((a) => `${a.name}:${a.mentions.length}`)).toEqual(['Ana Ruiz:2']);
  });

  it('reads a name with "&" as one firm or body', () => {
    const found = names(
      'JOHANNESBURG - Ernst & Young said on Tuesday it would audit the utility, and the Faith & Justice Network ' +
        'called for a public inquiry. Shares of Procter & Gamble were flat.\n',
    );
    expect(found).toEqual(
      expect.arrayContaining(['organization:Ernst & Young', 'organization:Faith & Justice Network']),
    );
    expect(found.filter((n) => /^person:|Justice Network$/.test(n) && !n.includes('&'))).toEqual([]);
  });

  it('keeps the names listed before a body\'s "&" in its name', () => {
    const found = names(
      'The grant came from the Ruth, Ann & Louis Mandel Foundation, said Priya Nair, who runs the Chennai clinic.\n',
    );
    expect(found).toContain('organization:Ruth, Ann & Louis Mandel Foundation');
    expect(found.filter((n) => n.startsWith('person:'))).toEqual(['person:Priya Nair']);
  });

  it('takes a name that only qualifies a pageant or a status for no person', () => {
    const found = names(
      'MANILA - Ramon Cruz, the longtime owner of the televised Miss Asia pageant, said: "I would never wish a Gold ' +
        'Cross status on anyone." The former owner of the Miss Pacific pageant, Rosa Lim, agreed.\n',
    );
    expect(found.filter((n) => n.startsWith('person:'))).toEqual(['person:Ramon Cruz', 'person:Rosa Lim']);
  });

  it('takes gatherings and programmes named after a body for no actor', () => {
    const found = names(
      'OTTAWA - Prime Minister Justin Trudeau spoke at the Canadian Club Breakfast on Monday and at the Ottawa ' +
        'Press Gallery Dinner, where comedian Rick Mercer of The Mercer Report Show joked about him.\n',
    );
    expect(found.filter((n) => /Breakfast|Dinner|Show/.test(n))).toEqual([]);
    expect(found).toContain('person:Rick Mercer');
  });

  it('reads a US state before a person noun, or after a governor, as a place', () => {
    const found = names(
      'ATLANTA (AP) - Georgia businessman Ray Holloway said on Wednesday he would fund the runoff campaign of ' +
        'Herschel Walker. Gov. Brian Kemp of Georgia declined to comment.\n',
    );
    expect(found.filter((n) => n.startsWith('state:'))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['person:Ray Holloway', 'person:Brian Kemp']));
  });

  it('reads a capital in a list of cities, or joined to another by a hyphen, as a place', () => {
    const found = names(
      'NAIROBI - The bombing puts the town alongside Nairobi, Kampala, Mogadishu and Garissa among cities struck ' +
        'by al-Shabaab. "Kampala-Nairobi is the next line," a user wrote. Attacks like Mogadishu and Kampala ' +
        'worry them. Addis Ababa said it would send troops.\n',
    );
    expect(found.filter((n) => n.startsWith('state:'))).toEqual(['state:Ethiopia']);
  });

  it('reads "Folha de S.Paulo" whole, however the city is written', () => {
    const found = names(
      'BRASILIA (Reuters) - The newspaper Folha de S.Paulo reported on Monday that Finance Minister Fernando Haddad ' +
        'would present the budget in March, and Folha de São Paulo later said the date had moved.\n',
    );
    expect(found.filter((n) => n.startsWith('outlet:') || /Paulo/.test(n))).toEqual(
      expect.arrayContaining(['outlet:Folha de S.Paulo']),
    );
    expect(found.filter((n) => /Paulo/.test(n) && n !== 'outlet:Folha de S.Paulo')).toEqual([]);
  });
});
