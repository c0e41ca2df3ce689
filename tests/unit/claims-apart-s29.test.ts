// Two tellings each naming a party the other does not ("the Red Command" / "the First Capital Command") are two
// claims, whoever tells them (graph/claims/decide.ts Overlap.apart). Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { paraphrase, termOverlap } from '../../graph/claims/decide.ts';
import { claimSide, said } from './claim-sides.ts';

describe('two tellings each naming a party the other does not', () => {
  const sp = said('rio-police-spokesman', { affiliation: 'rio-police' });
  const later = { ...sp, publishedAt: '2024-09-03' };
  const red: Array<[string, string]> = [['red-command', 'Red Command']];
  const pcc: Array<[string, string]> = [['first-capital-command', 'First Capital Command']];

  it('are two claims, even from one speaker and with every other word alike', () => {
    const a = claimSide('police arrested five members of the Red Command in a raid on a favela in the north', sp, red);
    const b = claimSide(
      'police arrested five members of the First Capital Command in a raid on a favela in the north',
      later,
      pcc,
    );
    expect(termOverlap(a.terms, b.terms).apart).toBe(true);
    expect(paraphrase(a, b)).toBeNull();
    const c = claimSide('the Red Command gang had attacked the police post with rifles', sp, red);
    const d = claimSide('the First Capital Command gang had attacked the police post with rifles', later, pcc);
    expect(paraphrase(c, d)).toBeNull();
  });

  it('are not apart where both name one party besides: the rest is its leader, parent or another name', () => {
    const maute: Array<[string, string]> = [['maute-group', 'Maute']];
    const a = claimSide('the slain were members of the Maute group, among them a sub-leader, Abu Hamza', sp, [
      ...maute,
      ['abu-hamza', 'Abu Hamza'],
    ]);
    const b = claimSide(
      'the slain belonged to the Maute faction of the Dawlah Islamiyah, among them a sub-leader',
      later,
      [...maute, ['dawlah-islamiyah', 'Dawlah Islamiyah']],
    );
    expect(termOverlap(a.terms, b.terms).apart).toBe(false);
  });

  it('are still one where one side alone names the party', () => {
    const a = claimSide('police arrested five members of the Red Command in a raid on a favela in the north', sp, red);
    const b = claimSide('police arrested five gang members in a raid on a favela in the north', later);
    expect(termOverlap(a.terms, b.terms).apart).toBe(false);
    expect(paraphrase(a, b)).not.toBeNull();
  });
});
