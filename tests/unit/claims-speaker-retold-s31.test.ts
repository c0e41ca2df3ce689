// One speaker's claim told again by another outlet in partly other words (graph/claims/speaker-retold.ts), and what
// keeps that speaker's other statements, negations and figures apart (graph/claims/decide.ts). Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { paraphrase, relation } from '../../graph/claims/decide.ts';
import { missingAllowed, speakerRetold } from '../../graph/claims/speaker-retold.ts';
import { tellsAhead } from '../../graph/claims/tense.ts';
import { claimSide, said } from './claim-sides.ts';

const mayor = said('rosa-quispe');
const later = said('rosa-quispe', { publishedAt: '2024-09-03' });
const other = said('ivan-mamani', { publishedAt: '2024-09-03' });
const pair = (a: string, b: string, second = later) => [claimSide(a, mayor), claimSide(b, second)] as const;

describe('one speaker’s claim retold', () => {
  it('is one claim when the shorter telling’s words are nearly all in the longer', () => {
    const [a, b] = pair(
      'No permit will be issued for the quarry until we know what it means for the springs, the orchards and the valley',
      'We will not issue a permit before we know the consequences for the springs, for the orchard owners and for the valley',
    );
    expect(paraphrase(a, b)).not.toBeNull();
    expect(paraphrase(b, a)).not.toBeNull();
  });

  it('is one claim when the shorter is all inside a longer telling', () => {
    const [a, b] = pair(
      'most of the flooding came from the hills above the old town, not from the river',
      'most of the flooding came from the hills',
    );
    expect(paraphrase(a, b)?.reason).toContain('retold');
  });

  it('is not one sentence of a quote whose other sentence asserts something else', () => {
    const [a, b] = pair(
      'The pipes in the old town cannot take this much rain. Most of the flooding came from the hills, not from the river',
      'most of the flooding came from the hills',
    );
    expect(speakerRetold('same speaker', 0, a, b)).toBe(false);
    const [c, d] = pair(
      'There will be no permit for the quarry until we know what it means for the springs. That is not negotiable',
      'We will not give a permit for the quarry before we know what it means for the springs',
    );
    expect(speakerRetold('same speaker', 0, c, d)).toBe(true);
  });

  it('is not another speaker’s words, however alike', () => {
    const [a, b] = pair(
      'most of the flooding came from the hills above the old town, not from the river',
      'most of the flooding came from the hills',
      other,
    );
    expect(speakerRetold(relation(a.origins, b.origins), 0, a, b)).toBe(false);
  });
});

describe('one speaker’s other statements stay apart', () => {
  it('a claim and its negation', () => {
    const [a, b] = pair('the water in the lake was safe to drink', 'the water in the lake was not safe to drink');
    expect(paraphrase(a, b)).toBeNull();
  });

  it('two statements on one thing: its subject shared, what is said of it not', () => {
    const [a, b] = pair(
      'the wells nearest the school in the village would be closed this week',
      'the contamination started in the wells nearest the school in the village',
    );
    expect(paraphrase(a, b)).toBeNull();
  });

  it('unless the act is shared: four terms, one missing, one statement', () => {
    const [a, b] = pair(
      'those responsible would be transferred to a high-security prison',
      'the gang leaders involved would be moved to the high-security prison being built in the north',
    );
    expect(paraphrase(a, b)).not.toBeNull();
  });

  it('one figure and noun in two statements', () => {
    const [a, b] = pair(
      'the council would be fined 3 million rupees',
      'the contractor had paid 3 million rupees in fines last year for late work',
    );
    expect(paraphrase(a, b)).toBeNull();
  });

  it('another figure or another year', () => {
    const [a, b] = pair(
      'most of the flooding came from the hills in 2019',
      'most of the flooding came from the hills in 2021',
    );
    expect(speakerRetold('same speaker', 0, a, b)).toBe(false);
  });
});

describe('missingAllowed', () => {
  it('allows none below five shared words, then one per three', () => {
    expect([3, 4, 5, 6, 7, 9].map(missingAllowed)).toEqual([0, 0, 1, 2, 2, 3]);
  });
});

describe('tellsAhead', () => {
  it('reads a future or a plan, not a past or a cause', () => {
    const ahead = [
      'the cages nearest the mouth of the fjord would be emptied this week',
      "we'll close the road",
      'the ministry plans to close the wells',
      'There will be no licence until we know',
    ];
    const not = [
      'the outbreak started in the cages',
      'they would have died without help',
      'the road was closed due to flooding',
      'the company was to blame',
    ];
    expect(ahead.map(tellsAhead)).toEqual(ahead.map(() => true));
    expect(not.map(tellsAhead)).toEqual(not.map(() => false));
  });
});
