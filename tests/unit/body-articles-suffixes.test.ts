// A body's name with and without its opening article or its company's legal form, on wire copy of our own: "La
// Familia Michoacana" and "Familia Michoacana", "Acme Mining S.A." and "Acme Mining" are one node across articles;
// "La Familia" alone stays in its article (a short form, one word), and a company "X Construction" is extracted.
import { describe, expect, it } from 'vitest';

import { bodyNameKey } from '../../graph/names.ts';
import { nodes } from './resolved-nodes.ts';

describe('body keys', () => {
  it('an opening article and a legal form written with points are no part of the key', () => {
    expect(bodyNameKey('La Familia Michoacana')).toBe(bodyNameKey('Familia Michoacana'));
    expect(bodyNameKey('Los Caballeros Templarios')).toBe(bodyNameKey('Caballeros Templarios'));
    expect(bodyNameKey('Al-Qard Al-Hassan')).toBe(bodyNameKey('Qard al-Hassan'));
    expect(bodyNameKey('Construcciones El Condor S.A.')).toBe(bodyNameKey('Construcciones El Condor'));
    expect(bodyNameKey('Mota-Engil S.A.')).toBe('mota engil');
    expect(bodyNameKey('Zambezi Cement Ltd')).toBe(bodyNameKey('Zambezi Cement'));
    // Two-word and abbreviated forms, from the one legal-form list the extractor's name spans also use.
    expect(bodyNameKey('Sandakan Palm Industries Sdn Bhd')).toBe(bodyNameKey('Sandakan Palm Industries'));
    expect(bodyNameKey('Pattani Rubber Industry Co.')).toBe(bodyNameKey('Pattani Rubber Industry'));
    // Two words of name are kept: "Acme Co" is a name, not a legal form after "Acme".
    expect(bodyNameKey('Acme Co')).toBe('acme co');
  });

  it('two bodies sharing a word stay two', () => {
    expect(bodyNameKey('Al-Qard Al-Hassan')).not.toBe(bodyNameKey('Al-Hassan Medical Foundation'));
    expect(bodyNameKey('Construcciones Nacionales')).not.toBe(bodyNameKey('Construcciones El Condor'));
  });
});

describe('bodies read from wire copy', () => {
  it('a cartel named with and without its article is one group across articles, never a person', () => {
    const a = nodes(
      'MEXICO CITY, Aug 9, 2020 (AP) - Gunmen from a cell of the Familia Michoacana cartel killed four National ' +
        'Guard members in Guerrero state, a state security spokesman said.',
    );
    const b = nodes(
      'CHILPANCINGO, Mexico, Aug 10, 2020 (Reuters) - Officials said a cell of La Familia Michoacana was behind ' +
        'the ambush, which killed four members of the National Guard.',
    );
    const [x] = a.at('Familia Michoacana');
    expect(x).toBeDefined();
    expect(b.at('La Familia Michoacana')).toEqual([x]);
  });

  it('a plural article before a proper name keys across articles ("Los Rastrojos")', () => {
    const a = nodes(
      'CUCUTA, Colombia, May 2, 2021 (Reuters) - Los Rastrojos gunmen killed three farmers, police said.',
    );
    const b = nodes('BOGOTA, May 3, 2021 (AFP) - Police blamed Los Rastrojos for the killing of three farmers.');
    const [x] = a.at('Los Rastrojos');
    expect(x).toBeDefined();
    expect(x).not.toMatch(/^[0-9a-f]{12}:/);
    expect(b.at('Los Rastrojos')).toEqual([x]);
  });

  it('"La Familia" alone is no node of every article', () => {
    const n = nodes(
      'MEXICO CITY, Aug 11, 2020 (AFP) - "It was La Familia, we know that," the president told reporters on ' +
        'Tuesday.',
    );
    for (const id of n.ids()) expect(id).not.toBe('familia');
  });

  it('a company named "X Construction" is a body, with or without "Limited"', () => {
    const a = nodes(
      'LILONGWE, March 6, 2024 (MANA) - The Roads Authority has terminated the contract of Chikondi ' +
        'Construction Limited for the rehabilitation of the Lilongwe-Salima road, officials said.',
    );
    const b = nodes(
      'BLANTYRE, March 7, 2024 (Reuters) - Chikondi Construction said on Thursday it would challenge the ' +
        'termination of its road contract in court.',
    );
    const [x] = a.at('Chikondi Construction');
    expect(x).toBeDefined();
    expect(b.at('Chikondi Construction')).toEqual([x]);
  });
});

describe('an acronym that does not spell its English name', () => {
  it('keys by the full name its article spells it out with, and two such bodies stay two', () => {
    const a = nodes(
      'ERBIL, Iraq, Dec 7, 2021 (Reuters) - A drone strike killed a commander of the Sinjar Resistance Units ' +
        '(YBS) near Sinuni on Tuesday, a local official said. The YBS said two fighters were also killed.',
    );
    const b = nodes(
      'BAGHDAD, Dec 8, 2021 (AFP) - The Sinjar Resistance Units (YBS), a Yazidi force, said on Wednesday that ' +
        'its commander was among the dead. The Nineveh Plain Protection Units (NPU) did not comment.',
    );
    const [x] = a.at('YBS)');
    expect(x).toBeDefined();
    expect(x).not.toMatch(/^[0-9a-f]{12}:/);
    expect(b.at('YBS)')).toEqual([x]);
    expect(b.at('NPU')).not.toContain(x);
  });
});

describe('a news agency named as the source', () => {
  it('Interpressnews is the Georgian agency, no person', () => {
    const n = nodes(
      'TBILISI, Nov 2, 2020 (Reuters) - The opposition will not take up its seats in parliament, its chairman ' +
        'told Interpressnews on Monday.',
    );
    expect(n.at('Interpressnews')).toEqual(['interpressnews']);
  });
});
