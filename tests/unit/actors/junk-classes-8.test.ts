// Junk actor classes of issue #10, tenth round (hand-labelled PolNeAR sample, seed 31313), on short wire-style
// articles of other regions and years: a state as a vision ("an Indonesia where"), as a city's address ("Nairobi,
// Kenya;"), a seat of power as an office left or entered, a legislature only as what a race is for.
import { describe, expect, it } from 'vitest';

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
