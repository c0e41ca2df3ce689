// The distributional signal of the claim decision (graph/claims/vectors.ts, graph/data/word-vectors.bin): one speaker's
// claim told by two outlets in other words meets, while the words vectors put close but that never mean one thing
// (antonyms, co-hyponyms, other days) keep two claims apart. Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { paraphrase } from '../../graph/claims/decide.ts';
import { contentWords, contrasting, softSimilarity, wordCosine } from '../../graph/claims/vectors.ts';
import { claimSide, said } from './claim-sides.ts';

describe('word vectors', () => {
  it('put the words outlets swap close, and know no word outside the vocabulary', () => {
    expect(wordCosine('talks', 'dialogue')).toBeGreaterThan(0.6);
    expect(wordCosine('outbreak', 'epidemic')).toBeGreaterThan(0.6);
    expect(wordCosine('talks', 'banana')).toBeLessThan(0.3);
    expect(wordCosine('talks', 'zzzqx')).toBeNull();
  });

  it('leave names, figures, stopwords and dates out of a claim’s content words', () => {
    expect(contentWords('Zulkifli said 12 factories would be finished by Monday in Jakarta')).toEqual([
      'factories',
      'finished',
    ]);
  });

  it('read antonyms and co-hyponyms as contrasts, synonyms not', () => {
    for (const [a, b] of [
      ['rose', 'fell'],
      ['killed', 'wounded'],
      ['army', 'police'],
      ['allowed', 'blocked'],
      ['north', 'south'],
      ['fuel', 'food'],
    ])
      expect(contrasting(a!, b!), `${a} / ${b}`).toBe(true);
    expect(contrasting('talks', 'dialogue')).toBe(false);
    expect(contrasting('stop', 'halt')).toBe(false);
  });

  it('score a retelling high, report no contrast in it, and its weakest match', () => {
    const s = softSimilarity(
      'the Ebola outbreak in the province is slowing',
      'the Ebola epidemic in the region is losing momentum',
    );
    expect(s.score).toBeGreaterThan(0.7);
    expect(s.least).toBeGreaterThan(0.5);
    expect(s.contrasts).toEqual([]);
  });
});

describe('one speaker’s claim in other words', () => {
  const side = (text: string, speaker = 'somchai-minister') => claimSide(text, said(speaker));

  it.each([
    ['the aid convoy had reached its destination', 'all the trucks reached their destination'],
    ['prices of rice had risen in the markets', 'the cost of rice had climbed in the markets'],
    ['the Ebola outbreak in Kasai province is slowing', 'the Ebola epidemic in Kasai province is losing momentum'],
  ])('meets where the words are near: "%s" / "%s"', (a, b) => {
    expect(paraphrase(side(a), side(b))?.reason).toMatch(/in other words/);
  });

  it.each([
    ['prices of rice had risen in the markets', 'the cost of rice had fallen in the markets'],
    ['the wounded had been taken to the hospital', 'the dead had been taken to the hospital'],
    ['the army convoy had reached its destination', 'the police convoy reached its destination'],
    ['the fuel shipments had reached their destination', 'the food shipments reached their destination'],
    ['the situation in the north was under control', 'the situation in the south was under control'],
    ['the detainees had been released on Monday', 'the prisoners had been freed on Tuesday'],
    ['the Ebola outbreak in the province is slowing', 'Ebola cases in the region are still rising'],
  ])('stays apart: "%s" / "%s"', (a, b) => {
    expect(paraphrase(side(a), side(b))).toBeNull();
  });

  it('meets between two unnamed sources only where the words are nearer still', () => {
    const [x, y] = [said('a1b2c3d4e5f6:anon-official'), said('0f1e2d3c4b5a:anon-officer')];
    const fled = claimSide('several families had fled to the town of Bankass', x);
    const housed = claimSide('many families have fled towards Bankass town, where they are housed in schools', y);
    expect(paraphrase(fled, housed)?.reason).toMatch(/anonymous or relayed, in other words/);
    const returned = claimSide('several families had returned to the town of Bankass', y);
    expect(paraphrase(fled, returned)).toBeNull();
  });

  it('stays apart when two speakers say it (the soft signal is for one speaker retold)', () => {
    const a = side('the aid convoy had reached its destination');
    expect(paraphrase(a, side('all the trucks reached their destination', 'another-official'))).toBeNull();
  });

  it('stays apart where a short claim is one sentence of a longer quote', () => {
    const a = side('They took mostly women and children. This is the third time they are coming to the village');
    expect(paraphrase(a, side('most of those taken were women and children'))).toBeNull();
  });
});

describe('opposite predicates', () => {
  // The terms cannot tell these apart: the decision accepted each pair before the contrasts were read.
  const minister = said('somchai-minister');
  const side = (text: string) => claimSide(text, minister, [['bnp', 'BNP']]);
  it.each([
    [
      'support for the BNP had grown strongly among young voters',
      'support for the BNP had declined sharply among young voters',
    ],
    ['the BNP had agreed to the ceasefire proposal', 'the BNP had rejected the ceasefire proposal'],
    [
      'the government would allow the BNP to open offices in the provinces',
      'the government would block the BNP from opening offices in the provinces',
    ],
    [
      'the BNP delegation would arrive for the peace talks on Monday',
      'the BNP delegation would arrive for the peace talks on Tuesday',
    ],
  ])('stay apart: "%s" / "%s"', (a, b) => {
    expect(paraphrase(side(a), side(b))).toBeNull();
  });
});
