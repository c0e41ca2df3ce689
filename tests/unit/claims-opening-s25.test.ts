// One named speaker's one statement told by two outlets with other tails (graph/claims/decide.ts sameHeadTold: the
// same opening clause, graph/claims/terms.ts clausePieces), and the same speaker's different statements kept apart:
// another object in the same slot, another verb, a denial, another speaker. Invented wire sentences (Peru, Kenya,
// Mozambique), not taken from any read set.
import { describe, expect, it } from 'vitest';

import { paraphrase } from '../../graph/claims/decide.ts';
import { clausePieces } from '../../graph/claims/terms.ts';
import { claimSide, said } from './claim-sides.ts';

const ministry = (outlet: string) => said('peru-foreign-ministry', { affiliation: 'peru', outlet });
const PERU: Array<[string, string]> = [
  ['peru', 'Peru'],
  ['bolivia', 'Bolivia'],
];

describe('one speaker, one opening clause, other tails', () => {
  it('meets: the same summons told with a reason in one outlet and a further step in the other', () => {
    const a = claimSide(
      "it would summon Bolivia's ambassador over the repeated incursions of Bolivian troops",
      ministry('reuters'),
      [['bolivia', 'Bolivia']],
    );
    const b = claimSide(
      'it would summon the Bolivian ambassador in Lima and hand him a formal note of protest',
      ministry('efe'),
      PERU,
    );
    expect(paraphrase(a, b)?.reason).toMatch(/one opening clause/);
    expect(paraphrase(b, a)?.reason).toMatch(/one opening clause/);
  });

  it('meets: a treasury plan told with its date in one outlet and its purpose in the other', () => {
    const treasury = (outlet: string) => said('njuguna-ndungu', { outlet });
    const a = claimSide('the government would scrap fuel subsidies from July', treasury('reuters'));
    const b = claimSide(
      'the government would scrap fuel subsidies to free money for teachers and nurses',
      treasury('the-standard'),
    );
    expect(paraphrase(a, b)?.reason).toMatch(/one opening clause/);
  });

  it('keeps another object in the same slot apart: taxes on alcohol are not taxes on mobile money', () => {
    const treasury = (outlet: string) => said('njuguna-ndungu', { outlet });
    const a = claimSide('the government would raise taxes on alcohol and cigarettes', treasury('reuters'));
    const b = claimSide('the government would raise taxes on mobile money transfers', treasury('the-standard'));
    expect(paraphrase(a, b)).toBeNull();
  });

  it("keeps a spokesman's two claims about one raid apart: another verb opens each", () => {
    const saranga = (outlet: string) => said('omar-saranga', { outlet });
    const raid = claimSide(
      'the insurgents came down from the hills above Macomia and burned the district offices',
      saranga('reuters'),
    );
    const origin = claimSide('the insurgents belonged to a cell linked to Islamic State', saranga('afp'));
    expect(paraphrase(raid, origin)).toBeNull();
  });

  it('keeps a denial apart from the claim it does not retell, and another speaker apart', () => {
    const a = claimSide(
      "it would summon Bolivia's ambassador over the repeated incursions of Bolivian troops",
      ministry('reuters'),
      [['bolivia', 'Bolivia']],
    );
    const denied = claimSide(
      "it would summon Bolivia's ambassador over the incursions",
      said('peru-foreign-ministry', { type: 'DENIES', affiliation: 'peru', outlet: 'efe' }),
      [['bolivia', 'Bolivia']],
    );
    expect(paraphrase(a, denied)).toBeNull();
    const other = claimSide(
      'it would summon the Bolivian ambassador in Lima and hand him a formal note of protest',
      said('congress-foreign-relations-committee', { outlet: 'efe' }),
      PERU,
    );
    expect(paraphrase(a, other)?.reason ?? '').not.toMatch(/one opening clause/);
  });
});

describe('clausePieces', () => {
  it('cuts at prepositions and joined clauses, names left out', () => {
    const p = clausePieces("it would summon Turkey's charge d'affaires over the violation of Iraqi sovereignty");
    expect(p[0]).toEqual({ terms: ['charg', "d'aff", 'summo'], next: 'over' });
  });
});
