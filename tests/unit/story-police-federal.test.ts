// "local police" is the story's own police, never a foreign force named before it; "the federal government" of a
// story about a state that is no federation is the one federation the article names (data/federations.json), and
// no one's when it names two or none.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe('local police', () => {
  it("is the story state's one national police, not the foreign police named before", () => {
    const n = nodes(
      'HONIARA (AAP) - Australian police arrived in the Solomon Islands on Friday to help local police restore ' +
        'order after riots, Solomon Islands officials said.',
    );
    expect(n.at('local police')).toEqual(['solomon-islands-police']);
    expect(n.at('local police')).not.toContain('australia-police');
  });

  it("is no one's where the story state has no national police (a US city's)", () => {
    const n = nodes(
      'DENVER, Colorado (AP) - Local officials said local police had closed the park in the United States.',
    );
    expect(n.at('local police')).toEqual([]);
  });
});

describe('the federal government of a story about a unitary state', () => {
  it('is the one federation the article names, by a name or a body of its own', () => {
    const n = nodes(
      'Fire at Nauru detention centre\n\nSix people were hurt in a fire on Nauru, with the federal government ' +
        'blaming asylum seekers. The Nauruan government said 11 people had been charged. An Australian Federal ' +
        'Police spokeswoman said two officers were on the island.',
    );
    expect(n.at('the federal government')).toEqual(['australia']);
  });

  it("is no one's when the article names two federations", () => {
    const n = nodes(
      'Talks on Nauru\n\nOfficials from Australia and Canada met on Nauru on Monday, and the federal government ' +
        'said it would pay for a new clinic. The Nauruan government welcomed the offer.',
    );
    expect(n.at('the federal government')).toEqual([]);
  });
});
