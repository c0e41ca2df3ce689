// One named speaker's claims are candidates of each other (graph/claims/similar.ts speakerKeys: the `%<id>` term
// graph/model.ts adds), and one speaker's figure told again shorter is one claim (graph/claims/figure-retold.ts).
// Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { paraphrase, termOverlap } from '../../graph/claims/decide.ts';
import { figureRetold } from '../../graph/claims/figure-retold.ts';
import { linkClaims } from '../../graph/claims/link.ts';
import { type ClaimCandidate, claimBands, contentKeyed } from '../../graph/claims/similar.ts';
import { claimTerms } from '../../graph/claims/terms.ts';
import { GAZETTEER_IDS, checkExtraction } from '../../graph/load.ts';
import { type ArticleInput, toGraphRecords } from '../../graph/model.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';
import { claimSide, said } from './claim-sides.ts';

function prepared(text: string, source: string): ArticleInput {
  const doc = { source, text };
  const x = checkExtraction(doc, extract(doc));
  return { extraction: resolveExtraction(x, NO_ALIASES, GAZETTEER_IDS), extracted: x, text, url: null };
}
const claimTermsOf = (input: ArticleInput) =>
  toGraphRecords(input)
    .nodes.filter((n) => n.label === 'Claim')
    .map((n) => ({ text: String(n.props.text), terms: n.props.terms as string[] }));

describe('the speaker key', () => {
  const TEXT =
    'WINDHOEK, May 4, 2016 (Reuters) - Namibia will open three new clinics in the Kavango region before the rains, ' +
    'health minister Bernard Haufiku said on Wednesday. Officials said the clinics would cost 40 million dollars.';

  it('is a named speaker, never an anonymous one', () => {
    const terms = claimTermsOf(prepared(TEXT, 'windhoek.txt'));
    const named = terms.find((c) => c.text.includes('clinics in the Kavango'))!;
    const anon = terms.find((c) => c.text.includes('40 million'))!;
    expect(named.terms.filter((t) => t.startsWith('%'))).toEqual(['%bernard-haufiku']);
    expect(anon.terms.some((t) => t.startsWith('%'))).toBe(false);
  });

  it('brings one speaker’s claims together however little they share, and only that speaker’s', () => {
    const a = ['%mario-zamora', '#150', 'addit', 'offic', 'provi', 'send', 'week'];
    const b = ['%mario-zamora', 'polic', 'reinf', 'way'];
    const other = ['%laura-chinchilla', 'polic', 'reinf', 'way'];
    const shared = (x: string[], y: string[]) => claimBands(x).filter((k) => claimBands(y).includes(k));
    expect(shared(a, b)).toEqual(['s:%mario-zamora']);
    expect(shared(a, other)).toEqual([]);
  });

  it('is no content: bands and overlaps are those of the terms without it', () => {
    const terms = ['#150', 'addit', 'offic', 'provi', 'send', 'week'];
    const marked = ['%mario-zamora', ...terms];
    expect(claimBands(marked).filter((k) => !k.startsWith('s:'))).toEqual(claimBands(terms));
    expect(termOverlap(marked, ['%mario-zamora', 'polic']).shared).toEqual([]);
  });
});

describe('one speaker’s figure told again, shorter', () => {
  const zamora = said('mario-zamora');
  const later = said('mario-zamora', { publishedAt: '2024-09-03' });
  const long = claimSide('the police would send 150 additional officers to the province of Limon this week', zamora);

  it('is one claim when all the shorter telling says is in the longer', () => {
    const short = claimSide('150 more officers for the province', later);
    expect(figureRetold('same speaker', long, short)).toBe(true);
    expect(paraphrase(long, short)).not.toBeNull();
  });

  it('is one claim when only the longer names who acts, where the overlap is too small a part of it', () => {
    const police: Array<[string, string]> = [['namibia-police', 'Namibian Police']];
    const a = claimSide(
      'the Namibian Police will send 60 extra officers to the town of Rundu this week to deal with a rise in cattle theft',
      said('sebastian-ndeitunga'),
      police,
    );
    const b = claimSide(
      '60 more officers will go to Rundu',
      said('sebastian-ndeitunga', { publishedAt: '2024-09-03' }),
    );
    expect(termOverlap(a.terms, b.terms).dice).toBeLessThan(0.4);
    expect(paraphrase(a, b)).not.toBeNull();
    const c = claimSide(
      '60 officers will go to Rundu',
      said('sebastian-ndeitunga', { publishedAt: '2024-09-03' }),
      police,
    );
    expect(paraphrase(a, c)).not.toBeNull();
    const army: Array<[string, string]> = [['namibia-defence-force', 'Namibian Defence Force']];
    const d = claimSide(
      '60 soldiers of the Namibian Defence Force will go to Rundu',
      said('sebastian-ndeitunga', { publishedAt: '2024-09-03' }),
      army,
    );
    expect(paraphrase(a, d)).toBeNull();
  });

  it('stays apart when the shorter says something the longer does not, with the same figure and noun', () => {
    const trained = claimSide('150 officers had completed a course in drug investigations', later);
    expect(figureRetold('same speaker', long, trained)).toBe(false);
    expect(paraphrase(long, trained)).toBeNull();
  });

  it('stays apart with another figure, another counted thing, a negation or another speaker', () => {
    expect(paraphrase(long, claimSide('200 more officers for the province', later))).toBeNull();
    const cameras = claimSide('the police would install 150 cameras in the province of Limon this week', zamora);
    expect(paraphrase(cameras, claimSide('150 more officers for the province', later))).toBeNull();
    expect(paraphrase(long, claimSide('150 more officers would not go to the province', later))).toBeNull();
    const other = claimSide('150 more officers for the province', said('laura-chinchilla'));
    expect(figureRetold('different speakers', long, other)).toBe(false);
    expect(paraphrase(long, other)).toBeNull();
  });

  it('leaves a small figure and a toll to the toll rules', () => {
    const few = claimSide('the police would send five additional officers to the province of Limon', zamora);
    expect(figureRetold('same speaker', few, claimSide('five more officers for the province', later))).toBe(false);
    const toll = claimSide('gunmen killed 12 people in the province of Limon on Saturday night', zamora);
    expect(figureRetold('same speaker', toll, claimSide('12 people killed in the province', later))).toBe(false);
  });
});

describe('a candidate only the speaker key found', () => {
  const TEXT =
    'LILONGWE, March 3, 2021 (Reuters) - Malawi health minister Khumbize Chiponda said on Wednesday that the drivers ' +
    'were being held in acceptable conditions and would be released once the dispute over the border fees was ' +
    'settled. Chiponda said the ministry would send 120 extra nurses to the Nsanje district this week.';
  const input = prepared(TEXT, 'lilongwe.txt');
  const candidate = (id: string, text: string): ClaimCandidate => ({
    id,
    text,
    terms: ['%khumbize-chiponda', ...claimTerms({ text, actors: [] })].sort(),
    speech: [{ type: 'CLAIMS', speaker: 'khumbize-chiponda', props: { publishedAt: '2021-03-04' } }],
  });
  const linked = async (c: ClaimCandidate) =>
    (await linkClaims(input, { findClaims: async () => [c] })).filter((r) => r.type === 'PARAPHRASES');

  it('is one claim only where the shorter telling says nothing the longer does not', async () => {
    const nurses = candidate('claim-nurses', '120 more nurses for Nsanje');
    const mineKeys = claimTermsOf(input).map((c) => claimBands(c.terms));
    expect(mineKeys.some((k) => contentKeyed(k, claimBands(nurses.terms)))).toBe(false);
    expect(await linked(nurses)).toHaveLength(1);
  });

  it('is not linked where the shorter says more, though the overlap decision alone would say yes', async () => {
    const text = 'the truck drivers held since Friday would be released once the dispute over customs fees was settled';
    const freed = candidate('claim-freed', text);
    const mine = claimTermsOf(input).find((c) => c.text.includes('acceptable conditions'))!;
    expect(contentKeyed(claimBands(mine.terms), claimBands(freed.terms))).toBe(false);
    const origin = said('khumbize-chiponda', { publishedAt: '2021-03-03' });
    const later = said('khumbize-chiponda', { publishedAt: '2021-03-04' });
    const decided = paraphrase({ ...mine, origins: [origin] }, { text, terms: freed.terms, origins: [later] });
    expect(decided).not.toBeNull();
    expect(await linked(freed)).toHaveLength(0);
  });
});
