// Companies, associations and local bodies the extractor read as persons or stored under a partial name (session 35,
// orgtypes35): a trade's or a public body's word last ("Helicopters", "Politi") or a foreign head first ("Amigos de",
// "Corpo", "Bürgerinitiative"), a legal form ("AS", "S.L."), an appositive or relative clause a body takes ("the
// operator that", ", which employs"), a cooperative's noun after its name, a compound's ending ("Vejdirektoratet"), a
// firm's first word alone, a union's local by union and number; one-word names of bodies key across articles. Guards:
// persons whose names hold such words, and words of English, stay what they were.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';
import { nodes } from './resolved-nodes.ts';

/** The kind of the extracted actor whose mention covers the first use of `surface`, or undefined. */
function kindAt(text: string, surface: string): string | undefined {
  const x = extract({ source: 'wire.txt', text });
  const from = text.indexOf(surface);
  expect(from).toBeGreaterThanOrEqual(0);
  return x.actors.find((a) => a.mentions.some(([s, e]) => s <= from && from < e))?.kind;
}

describe('a body by its own words', () => {
  it("a trade's word last, a public body's word in another language, a foreign head first make a body", () => {
    expect(kindAt('The crash was confirmed by Garden Isle Helicopters, officials said.', 'Garden Isle')).toBe(
      'organization',
    );
    expect(kindAt('Eleven people were hurt, Midt- og Vestjyllands Politi said on Thursday.', 'Midt-')).toBe(
      'organization',
    );
    expect(kindAt('The march was called by Bürgerinitiative Puni on Tuesday.', 'Bürgerinitiative')).toBe(
      'organization',
    );
    const n = nodes('ROME (ANSA) - Officers of the Corpo Forestale dello Stato inspected the site on Monday.');
    const [corpo] = n.at('Corpo Forestale');
    // The gazetteer holds this one (italy-corpo-forestale); unknown, its own words still make it one body.
    expect(corpo).toMatch(/corpo-forestale/);
    expect(n.at('Stato')).toEqual([corpo]);
  });

  it('a legal form closes a name in any spelling and is no part of its key; accents do not split it', () => {
    const a = nodes('OSLO (Reuters) - Vesterålen Laks AS will close its plant in Sortland, the company said.');
    const b = nodes('MADRID (EFE) - Eólicas del Cantábrico S.L. said on Monday it would appeal the ruling.');
    const c = nodes('OVIEDO (AFP) - The developer, Eolicas del Cantabrico, has three months to file a new study.');
    expect(a.at('Vesterålen Laks AS')[0]).toMatch(/vesteralen-laks$/);
    const [eolicas] = b.at('Eólicas del Cantábrico');
    expect(eolicas).toBeDefined();
    expect(c.at('Eolicas del Cantabrico')).toEqual([eolicas]);
  });

  it('persons whose names hold such words stay persons', () => {
    const text =
      'MADRID (EFE) - Shepherd Pilar Amigos said the tracks had damaged pastures. Ramón Amigo, the spokesman, ' +
      "agreed. Rhys ab Owen said nothing. Tor Einar Myrvang, the company's chief executive, said the plant would close.";
    expect(kindAt(text, 'Pilar Amigos')).toBe('person');
    expect(kindAt(text, 'Ramón Amigo')).toBe('person');
    expect(kindAt(text, 'Tor Einar Myrvang')).toBe('person');
  });
});

describe('a body by what the sentence says of it', () => {
  it('"X, the operator that ...", "X, which employs ...", "the X farming cooperative" make X a body', () => {
    expect(kindAt('The route is run by Vestbus, the operator that has held the contract since 2019.', 'Vestbus')).toBe(
      'organization',
    );
    expect(kindAt('Vestbus, which employs about 400 drivers, said it was cooperating.', 'Vestbus')).toBe(
      'organization',
    );
    expect(
      kindAt('The management of Avel Volailles, part of the Kerlann farming cooperative, told staff.', 'Kerlann'),
    ).toBe('organization');
    expect(kindAt('Road authority Vejdirektoratet said the road had been salted.', 'Vejdirektoratet')).toBe(
      'organization',
    );
  });

  it('a person with "who", or an appositive role, stays a person', () => {
    expect(kindAt('Jensen, who employs 40 people at his farm, said the road was dangerous.', 'Jensen')).toBe('person');
    expect(kindAt('Anders Holm, the operator that everyone trusts, said the bus was new.', 'Anders Holm')).toBe(
      'person',
    );
  });

  it('"spokesman for Amigos de Urbasa" names the association, never a person "de Urbasa"', () => {
    const n = nodes(
      'PAMPLONA (AFP) - "It is a question of where you put them," said Jon Arregi, spokesman for Amigos de Urbasa.',
    );
    expect(n.at('Amigos de Urbasa')).toContain('amigos-de-urbasa');
    expect(n.ids().filter((id) => id.includes('urbasa'))).toEqual(['amigos-de-urbasa']);
    expect(n.at('Jon Arregi')).toEqual(['jon-arregi']);
  });
});

describe("a firm's first word alone", () => {
  it('is the one firm of the article so named, not a person', () => {
    const n = nodes(
      'OSLO (Reuters) - Production will move to a plant run by Havbris Foods. Havbris said it would offer jobs.',
    );
    const [firm] = n.at('Havbris Foods');
    expect(firm).toBeDefined();
    expect(n.at('Havbris said')).toEqual([firm]);
  });

  it("a word of English opening a body's name is no short name of it", () => {
    const n = nodes(
      'BERLIN (Reuters) - Police searched 14 homes, the Federal Criminal Police Office said. The searches were ' +
        "ordered by the Federal Prosecutor's Office.",
    );
    const [office] = n.at('Federal Criminal Police Office');
    expect(n.at("Federal Prosecutor's")).not.toContain(office);
  });
});

describe("a union's local", () => {
  it('is one node per union and number, whichever way it is written', () => {
    const a = nodes(
      'TIMMINS (CP) - United Steelworkers Local 4120, which represents the workers, said it was blindsided.',
    );
    const b = nodes(
      'TIMMINS (CP) - The union, Local 4120 of the United Steelworkers of America, said it would file a grievance. Workers at the ' +
        'smelter, represented by Local 2020, will keep working.',
    );
    const [local] = a.at('United Steelworkers Local 4120');
    expect(local).toBe('united-steelworkers-local-4120');
    expect(b.at('Local 4120 of the United')).toEqual([local]);
    const [other] = b.at('Local 2020');
    expect(other).toBe('united-steelworkers-local-2020');
  });

  it('a local written alone beside two unions is read as no local of either', () => {
    const n = nodes(
      'DETROIT (AP) - UFCW Local 951 and Teamsters Local 337 said they would strike. Local 2020 said nothing.',
    );
    expect(n.at('UFCW Local 951')).toEqual(['ufcw-local-951']);
    expect(n.at('Teamsters Local 337')).toEqual(['teamsters-local-337']);
    expect(n.at('Local 2020')).not.toContain('ufcw-local-2020');
    expect(n.at('Local 2020')).not.toContain('teamsters-local-2020');
  });
});

describe('one-word names of bodies across articles', () => {
  it('a proper one-word name of a body keys across articles', () => {
    const a = nodes(
      'COPENHAGEN (AP) - The train was operated by Arriva, a British-owned company that runs regional lines.',
    );
    const b = nodes(
      'COPENHAGEN (Ritzau) - Midttrafik said the barriers worked. Arriva, which operates the line, said it would help.',
    );
    expect(a.at('Arriva')).toEqual(['arriva']);
    expect(b.at('Arriva')).toEqual(['arriva']);
    expect(b.at('Midttrafik')).toEqual(['midttrafik']);
  });
});
