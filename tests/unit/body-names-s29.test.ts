// Where a body's name starts and ends when a state's name or adjective opens or closes it, and whose it is when
// parties of many states share the name (session 29): "the Ethiopia-Djibouti Railway" is no state, "the Uganda
// People's Congress" keeps its state, "Democratic Party" in a Seoul story is not the US party, two states' Social
// Democratic Parties are two nodes, "of <Plural>" and "-in-exile" stay in the name.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe('a state opening a body name', () => {
  it('a state glued by a hyphen to a body name is a word of that name, never the state', () => {
    const a = nodes(
      'ADDIS ABABA, March 3, 2019 (Reuters) - Cargo volumes on the Ethiopia-Djibouti Railway fell by a third last year, ' +
        'the railway company said, blaming power cuts. Ethiopia owns most of the line.',
    );
    const b = nodes(
      'DJIBOUTI, March 4, 2019 (AFP) - The Ethiopia-Djibouti Railway said on Monday it would add two trains a week ' +
        'to the port of Djibouti.',
    );
    const [x] = a.at('Ethiopia-Djibouti Railway');
    expect(x).toBeDefined();
    expect(x).not.toBe('ethiopia');
    expect(x).not.toBe('djibouti');
    expect(b.at('Ethiopia-Djibouti Railway')).toEqual([x]);
    expect(a.at('Ethiopia owns')).toEqual(['ethiopia']);
  });

  it("a state's name before a body name is part of the name, and the body is not the state", () => {
    const n = nodes(
      "KAMPALA, Jan 9, 2021 (Reuters) - The Uganda People's Congress said on Saturday its candidates had been " +
        'harassed by police in the north of the country.',
    );
    const [x] = n.at("Uganda People's Congress");
    expect(x).toBeDefined();
    expect(x).not.toBe('uganda');
    expect(x).toContain('uganda');
  });

  it("a state's police or army after its name is still read as the state's force", () => {
    const n = nodes('ABUJA, May 2, 2022 (Reuters) - The Nigeria Police Force said on Monday it had arrested 12 men.');
    expect(n.at('Nigeria Police Force')[0]).toMatch(/^nigeria-/);
  });
});

describe('parties of many states', () => {
  const story = (dateline: string, party: string) =>
    nodes(`${dateline} (Reuters) - The ${party} said on Tuesday it would leave the coalition over the budget.`);

  it('a party named by party words only keys under its story state: one node in one state, two in two', () => {
    const lusaka1 = story('LUSAKA, Zambia, May 4, 2021', 'Social Democratic Party');
    const lusaka2 = story('LUSAKA, Zambia, May 6, 2021', 'Social Democratic Party');
    const zagreb = story('ZAGREB, Croatia, May 5, 2021', 'Social Democratic Party');
    const [x] = lusaka1.at('Social Democratic Party');
    expect(x).toBeDefined();
    expect(lusaka2.at('Social Democratic Party')).toEqual([x]);
    expect(zagreb.at('Social Democratic Party')).not.toEqual([x]);
  });

  it("a party the gazetteer knows for one state is another state's in that state's story", () => {
    const seoul = story('SEOUL, March 2, 2022', 'Democratic Party');
    const seoul2 = nodes(
      "SEOUL, March 3, 2022 (Yonhap) - South Korea's ruling Democratic Party named a new floor leader on Thursday.",
    );
    const us = story('WASHINGTON, March 2, 2022', 'Democratic Party');
    const [x] = seoul.at('Democratic Party');
    expect(x).toBeDefined();
    expect(x).not.toEqual(us.at('Democratic Party')[0]);
    expect(seoul2.at('Democratic Party')).toEqual([x]);
  });

  it('"of <State>" after a known party names that state\'s party, as the state\'s possessive does', () => {
    const a = story('TOKYO, Nov 2, 2011', 'Democratic Party of Japan');
    const b = nodes("TOKYO, Nov 3, 2011 (AFP) - Japan's Democratic Party lost two seats in Sunday's by-elections.");
    const [x] = a.at('Democratic Party of Japan');
    expect(x).toMatch(/^japan-/);
    expect(b.at('Democratic Party')).toEqual([x]);
  });

  it('"of <Plural>" after a known body\'s name is a word of another name', () => {
    const n = nodes(
      'PODGORICA, Montenegro, Oct 15, 2016 (Reuters) - The Democratic Party of Socialists (DPS) won the most seats ' +
        "in Sunday's election. The Democratic Party of Albanians came second in Tuzi.",
    );
    const [dps] = n.at('Democratic Party of Socialists');
    const [dpa] = n.at('Democratic Party of Albanians');
    expect(dps).toContain('socialists');
    expect(dpa).toContain('albanians');
    expect(n.at('DPS')).toEqual([dps]);
  });

  it('a known state\'s force named "of <another state>" is that other state\'s body', () => {
    const n = nodes(
      "WINDHOEK, Aug 26, 2016 (Xinhua) - Veterans of the People's Liberation Army of Namibia marched in Windhoek on " +
        'Friday to mark Heroes Day.',
    );
    const [x] = n.at("People's Liberation Army of Namibia");
    expect(x).toMatch(/^namibia-/);
  });

  it('a one-word name before a lower-case "party" is that party across articles, whatever word opens the phrase', () => {
    const a = nodes('MORONI, Jan 20, 2024 (AFP) - The opposition Ridja party said on Saturday the vote was rigged.');
    const b = nodes('MORONI, Jan 21, 2024 (Reuters) - Leaders of the Ridja party called for a boycott of the count.');
    const [x] = a.at('Ridja party');
    expect(x).toBeDefined();
    expect(x).not.toMatch(/^[0-9a-f]{12}:/);
    expect(x).not.toContain('opposition');
    expect(b.at('Ridja party')).toEqual([x]);
  });
});

describe('hyphened compounds in body names', () => {
  it('"-in-exile" closes the name, and a state\'s government-in-exile is never the state', () => {
    const a = nodes(
      'NEW DELHI, Feb 2, 2020 (Reuters) - The Tibetan government-in-exile said on Sunday it had no news of the monks.',
    );
    const [x] = a.at('Tibetan government-in-exile');
    expect(x).toBeDefined();
    expect(x).toContain('in-exile');
    const b = nodes(
      'PARIS, Feb 2, 2022 (AFP) - The Afghan government-in-exile said on Monday it would meet in Geneva.',
    );
    expect(b.at('Afghan government-in-exile')).not.toContain('afghanistan');
  });

  it('a hyphened acronym with a faction letter ("SPLM-N") is the body defined before it, never a person', () => {
    const n = nodes(
      "KADUGLI, Sudan, June 9, 2011 (Reuters) - The Sudan People's Liberation Movement-North (SPLM-N) said its " +
        'fighters had repelled an attack. The SPLM-N said the army had shelled two villages.',
    );
    const [x] = n.at("Sudan People's Liberation Movement-North");
    expect(x).toContain('sudan');
    expect(n.at('SPLM-N', 1)).toEqual([x]);
  });
});

describe('parties named by their members', () => {
  it('"Social Democrats" is its state\'s Social Democratic Party, and two states\' are two nodes', () => {
    const say = (dateline: string, name: string) =>
      nodes(`${dateline} (Reuters) - The ${name} said on Monday they would vote against the budget.`);
    const a = say('BRATISLAVA, Slovakia, Oct 3, 2022', 'Social Democrats');
    const b = say('BRATISLAVA, Slovakia, Oct 4, 2022', 'Social Democratic Party');
    const c = say('OSLO, Norway, Oct 3, 2022', 'Social Democrats');
    const [x] = a.at('Social Democrats');
    expect(x).toBeDefined();
    expect(b.at('Social Democratic Party')).toEqual([x]);
    expect(c.at('Social Democrats')).not.toEqual([x]);
  });
});

describe("a ministry's state after it", () => {
  it('"the Ministry of Defence of Armenia" is the Armenian defence ministry, as "Armenia\'s defence ministry"', () => {
    const a = nodes('YEREVAN, Sept 13, 2022 (Armenpress) - The Ministry of Defence of Armenia said two soldiers died.');
    const b = nodes("YEREVAN, Sept 13, 2022 (AFP) - Armenia's defence ministry said two soldiers had been killed.");
    expect(a.at('Ministry of Defence of Armenia')).toEqual(b.at('defence ministry'));
  });
});
