// Claim identity classes the s16 read of the cross sets showed, on wire stories of our own (other regions, outlets,
// years): a toll given without a speech verb ("put the death toll at 14", "gave a lower toll of 11 dead") is its
// giver's claim and meets the outlets that retell the figure, while another figure or a small one with nothing else
// shared stays apart; "X, citing Y, spokesman for Z, reported that C" and "X, citing a statement from Y, reported
// that C" are Y's claims relayed by X; the accused's denial answers a claim it shares a party and two words with
// ("its troops had pushed anyone northwards"); and the tense or number one outlet wrote meets another's in the stems.
import { describe, expect, it } from 'vitest';

import type { Subgraph } from '../../graph/store.ts';
import { type Origin, answer } from '../../graph/claims/decide.ts';
import { stemOf } from '../../graph/claims/stem.ts';
import { claimTerms } from '../../graph/claims/terms.ts';
import { extract } from '../../ingest/extract.ts';
import { storedGraph, tempArticles } from './temp-articles.ts';

const claimsOf = (text: string) => {
  const x = extract({ text, source: 'wire.txt' });
  const name = (id: string) => x.actors.find((a) => a.id === id)?.name;
  return x.claims.map((c) => ({ text: c.text, speaker: name(c.speaker), via: c.via.map(name) }));
};

describe('a toll given without a speech verb', () => {
  it('is a claim of whoever put or gave it, from its noun phrase to its figure', () => {
    const cs = claimsOf(
      'Floods kill villagers in Sindhupalchok\n\nKATHMANDU, July 16, 2021 (Kathmandu Post) - Floods swept away ' +
        'houses in Sindhupalchok district on Thursday.\n\nPolice spokesman Basanta Kunwar put the death toll at 14.\n\n' +
        'The district administration office, however, put the number of dead at nine.\n\n' +
        'Local officials have given a lower toll of 11 dead.\n',
    );
    expect(cs).toContainEqual({ text: 'the death toll at 14', speaker: 'Basanta Kunwar', via: [] });
    expect(cs.find((c) => c.text === 'the number of dead at nine')?.speaker).toMatch(/district administration/i);
    expect(cs.map((c) => c.text)).toContain('a lower toll of 11 dead');
  });

  it('and nothing is one where the figure counts no victims or the verb gives something else', () => {
    const cs = claimsOf(
      'Road project delayed\n\nLIMA, Feb 3, 2022 (Andina) - The ministry put the cost of the bridge at 40 million ' +
        'soles.\n\nThe contractor gave a figure of 35 million.\n\nThe army put 200 troops at the border.\n',
    );
    expect(cs).toEqual([]);
  });
});

describe('a source cited between the relaying outlet and its verb', () => {
  it('speaks, with a role after the name or as the author of a statement, and the outlet relays', () => {
    const cs = claimsOf(
      'Rebels blamed for ambush\n\nMANILA, Aug 9, 2019 (Reuters) - The Philippine Daily Inquirer, citing Major ' +
        'Ricardo Santos, spokesman for the army division, reported that communist rebels had laid the mines ' +
        'along the road.\n\nRappler, citing a statement from the provincial police, reported that two suspects ' +
        'had been arrested in Samar.\n',
    );
    const mines = cs.find((c) => c.text.startsWith('communist rebels had laid'));
    expect(mines?.speaker).toBe('Ricardo Santos');
    expect(mines?.via).toEqual([expect.stringMatching(/Inquirer/)]);
    const arrests = cs.find((c) => c.text.startsWith('two suspects'));
    expect(arrests?.speaker).toMatch(/police/i);
    expect(arrests?.via).toEqual(['Rappler']);
  });
});

const { dir, write } = tempArticles('kg-s16-claims-');

const ARTICLES: Record<string, string> = {
  'a1-kathmandu-post.txt':
    'Floods kill villagers in Sindhupalchok\n\nKATHMANDU, July 16, 2021 (Kathmandu Post) - Floods swept away ' +
    'houses in Melamchi, Sindhupalchok district, on Thursday.\n\nPolice spokesman Basanta Kunwar put the death toll ' +
    'at 14.\n\nLocal officials have given a lower toll of 11 dead.\n',
  'a2-kathmandu-afp.txt':
    'Nepal floods kill 14\n\nKATHMANDU, July 16, 2021 (AFP) - Police spokesman Basanta Kunwar said 14 people had ' +
    'died after floods swept through Melamchi.\n\nDistrict officer Ram Prasad Bhandari said 11 bodies had been ' +
    'recovered by nightfall.\n',
  'b1-lima-andina.txt':
    'Bus plunges into ravine in Peru\n\nLIMA, Feb 3, 2022 (Andina) - A bus plunged into a ravine in Huanuco on ' +
    'Wednesday.\n\nPolice put the toll at 4.\n',
  'b2-quito-efe.txt':
    'Landslide in Ecuador\n\nQUITO, Feb 3, 2022 (EFE) - A landslide buried houses in Alausi on Wednesday, and ' +
    'firefighters said four people had died.\n\nFirefighters said 21 people were missing.\n',
};

const stored = () => storedGraph(dir, write, ARTICLES);

/** Whether the claims whose texts hold `a` and `b` are one Claim node or joined through claim edges. */
function linked(g: Subgraph, a: string, b: string): boolean {
  const claims = g.nodes.filter((n) => n.labels.includes('Claim'));
  const idOf = (frag: string) => {
    const ids = claims.filter((n) => String(n.props.text).includes(frag)).map((n) => n.id);
    expect(ids, frag).toHaveLength(1);
    return ids[0]!;
  };
  const [x, y] = [idOf(a), idOf(b)];
  if (x === y) return true;
  const edges = g.edges.filter((e) => e.type === 'PARAPHRASES' || (e.props.answers && e.target !== e.source));
  return edges.some((e) => (e.source === x && e.target === y) || (e.source === y && e.target === x));
}

describe('a toll figure across outlets', async () => {
  const g = await stored();

  it('meets its retelling by the same speaker or another voice when the figure says something on its own', () => {
    expect(linked(g, 'the death toll at 14', '14 people had died')).toBe(true);
    expect(linked(g, 'a lower toll of 11 dead', '11 bodies had been recovered')).toBe(true);
  });

  it('keeps another figure, and a small figure with nothing else shared, apart', () => {
    expect(linked(g, 'the death toll at 14', '11 bodies had been recovered')).toBe(false);
    expect(linked(g, 'the toll at 4', 'four people had died')).toBe(false);
  });
});

describe('claim stems', () => {
  it('fold tense and number, irregular past forms too', () => {
    expect(['take', 'took', 'taken', 'taking'].map(stemOf)).toEqual(['tak', 'tak', 'tak', 'tak']);
    expect(['farms', 'farming', 'farm'].map(stemOf)).toEqual(['farm', 'farm', 'farm']);
    expect(['pushed', 'pushes', 'push'].map(stemOf)).toEqual(['push', 'push', 'push']);
    expect(['losses', 'loss', 'cross', 'crossed'].map(stemOf)).toEqual(['loss', 'loss', 'cross', 'cross']);
    expect(stemOf('referred')).toBe(stemOf('refer'));
  });

  it('so two tellings in different tenses share their words', () => {
    const terms = (text: string) => claimTerms({ text, actors: [] });
    const a = terms('the rebels had taken the police post and were farming the land');
    const b = terms('rebels took the post and farm the land');
    expect(a.filter((t) => b.includes(t))).toEqual(expect.arrayContaining(['tak', 'post', 'farm', 'land']));
  });
});

describe('a denial by the accused sharing the party and two words', () => {
  const origin = (speaker: string, type: Origin['type']): Origin => ({
    type,
    speaker,
    affiliation: null,
    via: [],
    outlet: null,
    publishedAt: null,
  });
  const states = [{ id: 'nigeria', name: 'Nigeria' }];
  const side = (text: string, o: Origin) => ({
    text,
    terms: claimTerms({ text, actors: [], states, speaker: { id: o.speaker, kind: 'state' } }),
    origins: [o],
  });
  const denier = origin('nigeria', 'DENIES');
  const denial = side('its troops had pushed anyone northwards', denier);

  it('answers the claim it turns down ("moving north to escape Nigerian forces")', () => {
    const claim = side(
      'small groups of bandits had been moving north to escape pressure from Nigerian forces',
      origin('zinder-governor', 'CLAIMS'),
    );
    expect(answer({ ...denial, denier }, claim)?.reason).toContain('denied by the accused');
  });

  it('but not a claim sharing only the party and its forces', () => {
    const claim = side('Nigerian forces had shelled the market in Maradi', origin('zinder-governor', 'CLAIMS'));
    expect(answer({ ...denial, denier }, claim)).toBeNull();
  });
});
