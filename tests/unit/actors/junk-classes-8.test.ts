// Junk actor classes of issue #10, tenth round (hand-labelled PolNeAR sample, seed 31313), on short wire-style
// articles of other regions and years: a state as a vision ("an Indonesia where"), as a city's address ("Nairobi,
// Kenya;"), a seat of power as an office left or entered, a legislature only as what a race is for, and Kenya's
// cabinet secretaries ("Interior CS X", "the CS said") taken for a body or a person named "CS".
import { describe, expect, it } from 'vitest';

import { extract } from '../../../ingest/extract.ts';
import { names } from './helpers.ts';

describe('junk actor classes, tenth round: a state after "a" or "an" is a vision, not the state (issue #10)', () => {
  it('names no state for "an Indonesia where" or "a stronger Chile"', () => {
    const found = names(
      'JAKARTA (Reuters) - The candidate promised on Sunday to build an Indonesia where every child goes to ' +
        'school. A stronger Chile would be good for the region, he told supporters in 2019.\n',
    );
    expect(found).not.toContain('state:Indonesia');
    expect(found).not.toContain('state:Chile');
  });

  it('keeps a state that acts, and the state of "a Chilean official"', () => {
    const found = names(
      "SANTIAGO (AP) - Chile said on Monday it would send aid. Peru's government welcomed the offer, a Peru " +
        'official said.\n',
    );
    expect(found).toContain('state:Chile');
    expect(found).toContain('state:Peru');
  });
});

describe('junk actor classes, tenth round: a state written as a city address (issue #10)', () => {
  it('names no state for "Lagos, Nigeria; Nairobi, Kenya; and Accra, Ghana"', () => {
    const found = names(
      'LONDON (Reuters) - The most congested cities include Lagos, Nigeria; Nairobi, Kenya; and Accra, Ghana, ' +
        'the report said. Its author, Jane Okafor, grew up in Kumasi.\n',
    );
    for (const state of ['Nigeria', 'Kenya', 'Ghana']) expect(found).not.toContain(`state:${state}`);
  });

  it('keeps states listed as actors, and a capital that acts', () => {
    const found = names(
      'ARUSHA (AP) - Kenya, Uganda and Tanzania signed the customs deal on Monday. Nairobi said it would ' +
        'ratify it within a month.\n',
    );
    for (const state of ['Kenya', 'Uganda', 'Tanzania']) expect(found).toContain(`state:${state}`);
  });
});

describe('junk actor classes, tenth round: a seat of power as an office someone leaves or enters (issue #10)', () => {
  it('names no state for "since he left the Kremlin" or "before she enters the Elysee"', () => {
    const found = names(
      'GENEVA (AFP) - Since he left the Kremlin in 2012, the former aide has written two books. His wife hopes ' +
        'to see a woman enter the Elysee one day.\n',
    );
    expect(found).not.toContain('state:Russia');
    expect(found).not.toContain('state:France');
  });

  it('keeps the seat that speaks', () => {
    const found = names('MOSCOW (Reuters) - The Kremlin said on Tuesday it would respond to the sanctions.\n');
    expect(found).toContain('state:Russia');
  });
});

describe('junk actor classes, tenth round: a legislature only as what a race is for (issue #10)', () => {
  it('names no body for "win back the National Assembly" and "National Assembly seats"', () => {
    const found = names(
      'NAIROBI (Reuters) - The opposition hopes to win back the National Assembly in August, and dozens of ' +
        'National Assembly seats are close, analysts said.\n',
    );
    expect(found.some((n) => /National Assembly/.test(n))).toBe(false);
  });

  it('keeps a legislature that votes, and one whose officer is named', () => {
    const found = names(
      'ACCRA (AP) - The Parliament of Ghana voted on Tuesday to approve the budget. The National Assembly ' +
        'majority leader, Kofi Mensah, said the vote was fair.\n',
    );
    expect(found).toContain('organization:Parliament of Ghana');
    expect(found.some((n) => /National Assembly/.test(n))).toBe(true);
  });
});

describe('junk actor classes, tenth round: a cabinet secretary ("CS") is a title, not a name (issue #10)', () => {
  const text =
    'Kenya to hire 10,000 teachers, says Education CS\n\nNAIROBI, Kenya (Reuters) - Kenya will hire 10,000 more ' +
    'teachers next year, Education Cabinet Secretary Ezekiel Machogu said on Tuesday.\n\n"We have the money in ' +
    'the budget," the CS told reporters in Nairobi. Interior CS Kithure Kindiki said police would guard the exam ' +
    'centres.\n';

  it('reads "Interior CS X" and "Education Cabinet Secretary Y" as titled persons, no body or person "CS"', () => {
    const found = names(text);
    expect(found).toContain('person:Ezekiel Machogu');
    expect(found).toContain('person:Kithure Kindiki');
    expect(found.some((n) => /\bCS\b|Cabinet/.test(n))).toBe(false);
  });

  it('gives what "the CS" and the headline\'s "Education CS" say to the cabinet secretary named', () => {
    const doc = extract({ source: 't.txt', text });
    expect(doc.actors.some((a) => /\bCS\b/.test(a.name))).toBe(false);
    const speakerOf = (words: RegExp) => doc.claims.find((c) => words.test(c.text))?.speaker;
    expect(speakerOf(/money in the budget/)).toBe('ezekiel-machogu');
    expect(speakerOf(/to hire 10,000 teachers/)).toBe('ezekiel-machogu');
    expect(speakerOf(/guard the exam/)).toBe('kithure-kindiki');
  });
});
