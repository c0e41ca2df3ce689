// Junk actor classes of issue #10, eighth round (hand-labelled PolNeAR sample, seed 15151), on short wire-style
// articles of other regions and years: states named only as places, roles glued before a name, documents and dates
// as speakers, photo credits, a firm's name as a surname or a product, and capitalized runs that name nobody.
import { describe, expect, it } from 'vitest';

import { nameAfterRole } from '../../../ingest/actors/role-prefix.ts';
import { extract } from '../../../ingest/extract.ts';
import { names } from './helpers.ts';

const run = (text: string) => extract({ source: 't.txt', text });
const all = (text: string) =>
  run(text)
    .actors.map((a) => `${a.kind}:${a.name}`)
    .sort();
const speakers = (text: string) => {
  const x = run(text);
  return x.claims.map((c) => x.actors.find((a) => a.id === c.speaker)!);
};

describe('junk actor classes, eighth round: a state named only as a place (issue #10)', () => {
  it('names no state someone moves or comes to, nor one of a list of origins', () => {
    const found = names(
      'MANILA (Reuters) - The singer joked about moving to Portugal if the bill passed. "When a man comes to ' +
        'Japan after years abroad, he is a stranger," Ana Reyes said. The passengers were nationals and citizens ' +
        'from Chile, Peru, Bolivia and Paraguay, the airline said.\n',
    );
    for (const state of ['Portugal', 'Japan', 'Chile', 'Peru', 'Bolivia', 'Paraguay'])
      expect(found).not.toContain(`state:${state}`);
    expect(found).toContain('person:Ana Reyes');
  });

  it('names no state that is one side of a wall, nor one a count is kept for', () => {
    const found = names(
      'NEW DELHI (AP) - The minister renewed his promise to build a fence between India and Bangladesh. The ' +
        'ministry, which keeps official trade statistics for Nepal, has not released them this year.\n',
    );
    for (const state of ['Bangladesh', 'Nepal']) expect(found).not.toContain(`state:${state}`);
  });

  it("names no state for the edition after an outlet's name", () => {
    const found = names(
      "DOHA (AP) - Al Jazeera America's Lisa Hart will report live from Doha. Breitbart London's Raheem Kassam " +
        'called in from London.\n',
    );
    for (const state of ['United States', 'United Kingdom']) expect(found).not.toContain(`state:${state}`);
    expect(found).toContain('person:Lisa Hart');
  });

  it('keeps a state that acts', () => {
    const found = names(
      'NEW DELHI (AP) - Bangladesh protested the fence on Monday. Nepal said it would publish its own figures.\n',
    );
    expect(found).toContain('state:Bangladesh');
    expect(found).toContain('state:Nepal');
  });
});

describe('junk actor classes, eighth round: a role or an adjective glued before a name (issue #10)', () => {
  it('gives the speaker only the name after a capitalized role noun or an adjective', () => {
    const found = speakers(
      'LILONGWE (AP) - Correspondent Amina Odhiambo says: "The roads are closed." Rival Peter Mutharika had ' +
        'mocked the plan, saying it would fail.\n',
    );
    expect(found.map((a) => `${a.kind}:${a.name}`)).toEqual(['person:Amina Odhiambo', 'person:Peter Mutharika']);
  });

  it("reads a counsel's office as his role, not his name", () => {
    const found = names(
      'LILONGWE (AP) - The president sent Chief Counsel Tiyamike Banda to parliament on Friday. Banda told ' +
        'lawmakers the bill was lawful.\n',
    );
    expect(found).toContain('person:Tiyamike Banda');
    expect(found.some((n) => n.includes('Counsel'))).toBe(false);
  });

  it('reads a middle initial "A." or "I." as part of the name, not as a word', () => {
    const found = names(
      'MADRID (Reuters) - Interior ministry spokeswoman Nicole A. Navas declined to comment. Lena I. Ortiz, a ' +
        'lawyer, said the ruling was wrong, and Navas later left.\n',
    );
    expect(found).toContain('person:Nicole A. Navas');
    expect(found).toContain('person:Lena I. Ortiz');
    expect(found).not.toContain('person:Nicole');
  });

  it('leaves a given name before an initial a part of the name', () => {
    expect(nameAfterRole(['Marc', 'E.', 'Elias'])).toBe(0);
    expect(nameAfterRole(['Counsel', 'W.', 'Neil', 'Eggleston'])).toBe(1);
    expect(nameAfterRole(['Rival', 'Peter', 'Mutharika'])).toBe(1);
    expect(nameAfterRole(['Young', 'Kim'])).toBe(0);
  });
});

describe('junk actor classes, eighth round: documents, dates and counts as speakers (issue #10)', () => {
  it('makes no actor of a lawsuit, a website or the weekday a report came out', () => {
    const text =
      'CAPE TOWN (Reuters) - Two families filed a lawsuit against the city council in March. The lawsuit ' +
      'contends that the council ignored safety warnings. The shop sells baskets and pottery, according to its ' +
      'website. The mayor will resign, according to a report Tuesday from the Cape Argus.\n';
    const found = all(text);
    expect(found.some((n) => /lawsuit|website|Tuesday/i.test(n))).toBe(false);
    expect(run(text).claims.length).toBeGreaterThanOrEqual(2);
  });

  it('makes no speaker of a date', () => {
    const text =
      'ACCRA (Reuters) - The chief executive gave subtle hints that she was having second thoughts. One Sunday in ' +
      'late 2012, according to "Gold and Glory: Ama Owusu and Volta Mining" by Kofi Mensah, Owusu sat in her ' +
      'study in Accra and called half a dozen directors.\n';
    const found = all(text);
    expect(found).toContain('person:Kofi Mensah');
    expect(found.some((n) => /Sunday|:One$/.test(n))).toBe(false);
    // A three-letter month with no period is a name.
    const jun = speakers('BEIJING (Reuters) - "The deeds betray the words," Jun wrote on Sunday.\n');
    expect(jun.map((a) => `${a.kind}:${a.name}`)).toEqual(['person:Jun']);
  });

  it('reads "four out of 10 voters" as the voters', () => {
    const found = speakers(
      'SANTIAGO (AP) - About four out of 10 voters said the economy was getting worse, the exit poll showed.\n',
    );
    expect(found.map((a) => `${a.name}:${a.anonymous ? 'anon' : ''}`)).toEqual(['voters:anon']);
  });
});

describe('junk actor classes, eighth round: credits, products and runs that name nobody (issue #10)', () => {
  it('drops the photographer and the agency of a photo credit line', () => {
    const found = all(
      'BOGOTA (AP) - Ivan Duque spoke to supporters on Sunday.\n\nJuan Perez/Reuters.\n\nDuque said the vote ' +
        'would be close.\n',
    );
    expect(found).toContain('person:Ivan Duque');
    expect(found.some((n) => /Juan Perez|Reuters/.test(n))).toBe(false);
  });

  it("reads a firm's name after a given name as a surname, and a model year's maker as a product", () => {
    const found = all(
      'DETROIT (AP) - The museum honoured Henry Ford on Monday. The plant builds the 2019 Toyota Corolla, a ' +
        'spokeswoman said.\n',
    );
    expect(found).toContain('person:Henry Ford');
    expect(found.some((n) => /Ford Motor|Toyota/.test(n))).toBe(false);
  });

  it('makes no person of a place after its kind, a name qualifying a thing, a quoted headline or page capitals', () => {
    const found = names(
      'LIMA (Reuters) - In the district of San Isidro, a driver named Pedro Rojas lost his job. The mayor ' +
        'hosted a Lunar New Year dinner. The party emailed supporters, "Senator Ana Ruiz Joins Growing List of ' +
        'Critics Rebuking Castillo as He Loses Support." FANS ARE WAITING FOR THE NEW TRAILERS Enjoy them here.\n',
    );
    expect(found).toContain('person:Pedro Rojas');
    for (const junk of ['San Isidro', 'Lunar New Year', 'Growing List', 'TRAILERS'])
      expect(found.some((n) => n.includes(junk))).toBe(false);
  });

  it("keeps a body's name that holds a word in capitals", () => {
    const found = names(
      "CHICAGO (AP) - The elder Okafor's Rainbow PUSH Coalition said in a statement that it was saddened.\n",
    );
    expect(found).toContain('organization:Rainbow PUSH Coalition');
  });
});

describe('junk actor classes, eighth round, second pass (sample 16161, issue #10)', () => {
  it('names no state for a place that was attacked or invaded, a journey, a scope or a seat someone holds', () => {
    const found = names(
      'NAIROBI (AP) - Analysts will discuss a recent Mali hotel assault. He backed the Iraq invasion. The ' +
        'ministry may quarantine people traveling into Kenya from Uganda. The press environment of Tanzania is ' +
        'free. Jane Roe, a senior adviser to Ruto in the White House, spoke.\n',
    );
    for (const state of ['Mali', 'Iraq', 'Uganda', 'Tanzania', 'United States'])
      expect(found).not.toContain(`state:${state}`);
    expect(found).toContain('person:Jane Roe');
  });

  it("makes no actor of an idiom, a holiday, a parade, or a firm's name before 'administration'", () => {
    const found = all(
      'OTTAWA (Reuters) - The tax plans would all cost a Fortune, the union said. In a CNN poll, 60 percent agreed. Spending is where it stood in ' +
        '1975, when the Ford administration expanded it. "I guess Christmas Eve was booked," an aide said. Police ' +
        'guarded LGBT Pride events in Toronto.\n',
    );
    expect(found.some((n) => /Fortune|Ford Motor|Christmas|Pride/.test(n))).toBe(false);
    expect(found).toContain('outlet:CNN');
  });

  it('gives a claim resting on an email or interviews to no actor named after them', () => {
    const found = all(
      'OTTAWA (Reuters) - Budget cuts were delayed, according to an email from the head of the teachers union. ' +
        'Rural members will be shut out, according to interviews with a dozen party officials.\n',
    );
    expect(found.some((n) => /email|interviews/.test(n))).toBe(false);
  });

  it('names no state someone came from, and keeps money coming from a state', () => {
    const found = names(
      'SANTO DOMINGO (AP) - "I am the son of an immigrant who came legally from Haiti," the senator said. The ' +
        'money came from Qatar, officials said.\n',
    );
    expect(found).not.toContain('state:Haiti');
    expect(found).toContain('state:Qatar');
  });

  it("makes no name of a moderator's role or of a question word", () => {
    const found = all(
      'DES MOINES (AP) - Moderator Linda Okafor asked the senator why. When told the governor was in the ' +
        'Cabinet, the passenger smiled and said it was great.\n',
    );
    expect(found.some((n) => /Moderator|:When$/.test(n))).toBe(false);
  });
});
