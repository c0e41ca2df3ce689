// One speaker's claim told by two outlets in other words, found as each telling's closest among the speaker's claims
// of the two articles (graph/claims/speaker-paired.ts), and what keeps that speaker's other statements apart.
// Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { paraphrase } from '../../graph/claims/decide.ts';
import { pairedAmong, speakerPaired } from '../../graph/claims/speaker-paired.ts';
import { claimSide, said } from './claim-sides.ts';

const warden = said('ana-ferreira');
const later = said('ana-ferreira', { publishedAt: '2024-09-03' });
const other = said('joao-costa', { publishedAt: '2024-09-03' });

const SHOT = 'the rangers had been shot at by poachers near the river and had returned fire';
const FIRST = 'the rangers had been fired at first';

describe('one speaker’s claim paired across two articles', () => {
  it('is one claim in other words, which the paraphrase decision alone leaves apart', () => {
    const [a, b] = [claimSide(SHOT, warden), claimSide(FIRST, later)];
    expect(paraphrase(a, b)).toBeNull();
    expect(speakerPaired(a, b)?.reason).toContain('closest');
    expect(speakerPaired(b, a)).not.toBeNull();
  });

  it('is never two speakers’ words', () => {
    expect(speakerPaired(claimSide(SHOT, warden), claimSide(FIRST, other))).toBeNull();
  });

  it('is not the same subject told as a negation, in another tense or with other acts', () => {
    const a = claimSide(SHOT, warden);
    expect(speakerPaired(a, claimSide('the rangers had not been fired at first', later))).toBeNull();
    expect(speakerPaired(a, claimSide('the rangers would be fired at again near the river', later))).toBeNull();
    const fire = claimSide(
      'the fire on the ridge had been set deliberately by people clearing land for cattle',
      warden,
    );
    const lightning = claimSide('the fire on the ridge had been started by a lightning strike', later);
    expect(speakerPaired(fire, lightning)).toBeNull();
  });

  it('is not one clause of a content holding two', () => {
    const both = claimSide(`${SHOT} and that the park had been closed to visitors`, warden);
    expect(speakerPaired(both, claimSide(FIRST, later))).toBeNull();
  });

  it('pairs only each telling’s closest among the speaker’s claims of the other article', () => {
    const [a, b] = [claimSide(SHOT, warden), claimSide(FIRST, later)];
    const closer = claimSide('the rangers were fired at first by the poachers', warden);
    const apart = claimSide('the park would hire forty more rangers next year', warden);
    expect(pairedAmong(a, b, [apart], [])).toBe(true);
    expect(pairedAmong(a, b, [closer], [])).toBe(false);
    expect(pairedAmong(b, a, [], [closer])).toBe(false);
  });
});
