// News words for a probe and for a settling of scores (graph/data/claim-concepts.json): "ordered a probe", "an
// investigation", "a commission of inquiry", "a committee to investigate", "are looking into" are one concept, "a
// settling of scores" and "a settling of accounts" one word; and one speaker's probe and toll, or two probes of
// different things, stay apart. Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { paraphrase } from '../../graph/claims/decide.ts';
import { claimTerms } from '../../graph/claims/terms.ts';
import { claimSide, said } from './claim-sides.ts';

const terms = (text: string) => claimTerms({ text, actors: [] });

describe('a probe in the words outlets use for it', () => {
  it('reads probe, inquiry, investigation, a commission of inquiry and looking into as one concept', () => {
    for (const text of [
      'the ministry had ordered a probe into the collapse',
      'an investigation had been opened into the collapse',
      'a commission of inquiry would report within a month',
      'the council had formed a committee to investigate the collapse',
      'the city authorities are looking into the collapse',
      'a five-member probe committee headed by a judge',
    ])
      expect(terms(text)).toContain('~probe');
    // The committee itself is the probe: no word of "committee" or "commission" is left beside it.
    expect(terms('a commission of inquiry would report')).not.toContain('commi');
  });

  it('reads a settling of scores and a settling of accounts as one word', () => {
    const [a, b] = [terms('the purge was a settling of scores'), terms('the purge was a settling of accounts')];
    expect(a).toEqual(b);
  });
});

describe("one speaker's probe told by two outlets", () => {
  const mayor = (text: string, outlet: string) => claimSide(text, said('ana-ferreira', { outlet }));

  it('meets when the rest of the words agree', () => {
    expect(
      paraphrase(
        mayor('the city council had opened an investigation into the cause of the collapse', 'lusa'),
        mayor('the city council was looking into the cause of the collapse', 'efe'),
      ),
    ).not.toBeNull();
  });

  it("keeps the speaker's probe apart from the speaker's toll of the same collapse", () => {
    expect(
      paraphrase(
        mayor('the city council had opened an investigation into the cause of the collapse', 'lusa'),
        mayor('six people had been killed in the collapse', 'efe'),
      ),
    ).toBeNull();
  });

  it('keeps a probe of one thing apart from a probe of another', () => {
    expect(
      paraphrase(
        mayor('the city council had opened an investigation into the cause of the collapse', 'lusa'),
        mayor('the city council had opened an investigation into the award of the building permit', 'efe'),
      ),
    ).toBeNull();
  });
});
