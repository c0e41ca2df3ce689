// Claim identity classes the s19 post-mortem of the read sets showed, on wire stories and sentences of our own: a
// denial that puts its verdict before the report it judges ('described as "completely groundless" the claims of
// Phnom Penh that ...') is a denial answering that claim in another outlet, never a paraphrase asserting it; one
// speaker's two claims about one incident that share only the incident's act and the party ("the ELN had carried out
// the bombing" / "the attack had been ordered by ELN commanders from Venezuelan territory"), or only a figure of two
// and a party class ("the attackers fled in two pickup trucks" / "two guards and one of the assailants died"), are
// two assertions; an exchange of fire is not one side firing.
import { describe, expect, it } from 'vitest';

import { type Origin, type Side, paraphrase } from '../../graph/claims/decide.ts';
import { claimTerms } from '../../graph/claims/terms.ts';
import { extract } from '../../ingest/extract.ts';
import { storedGraph, tempArticles } from './temp-articles.ts';

const { dir, write } = tempArticles('kg-s19-claims-');

const ARTICLES: Record<string, string> = {
  'k1-phnompenh-xinhua.txt':
    "Cambodia says Thai troops shelled border positions\n\nPHNOM PENH, July 24, 2025 (Xinhua) - Cambodia's " +
    'Ministry of National Defence said Thai troops had fired artillery shells at Cambodian positions near the Ta ' +
    'Moan Thom temple on Thursday morning.\n\nMinistry spokeswoman Maly Socheata said two Cambodian soldiers were ' +
    'wounded in the shelling.\n',
  'k2-bangkok-post.txt':
    'Thai army rejects Cambodian shelling claim\n\nBANGKOK, July 25, 2025 (Bangkok Post) - Thai army spokesman ' +
    'Winthai Suvaree described as "completely groundless" the claims of Phnom Penh that Thai troops had fired ' +
    'artillery shells at Cambodian positions near the temple.\n\nWinthai said the army would keep its units on ' +
    'alert along the border.\n',
};

describe('a verdict before the report it judges', () => {
  it('makes a denial of the claim the report names', () => {
    const claims = extract({
      source: 'wire.txt',
      text:
        'NAIROBI, March 3, 2024 (AFP) - Government spokesman Isaac Mwaura dismissed as baseless reports that the ' +
        'army had shelled the camp.\n',
    }).claims;
    expect(claims.find((c) => /the army had shelled the camp/.test(c.text))?.stance).toBe('denies');
  });

  it("reads the report's author as no part of what is denied", () => {
    const t = claimTerms({ text: 'a claim by the Islamic State group that 14 Christians had been killed', actors: [] });
    expect(t).toEqual(['#14', 'chris', '~kill']);
    // "reports of fighting that ...": no author, the words stay.
    expect(claimTerms({ text: 'reports of fighting that left ten dead', actors: [] })).toContain('~attack');
  });
});

describe('a verdict before the report it judges, across articles', async () => {
  const g = await storedGraph(dir, write, ARTICLES);

  it('answers the claim of another outlet and is no paraphrase of it', () => {
    const claim = g.nodes.find((n) => n.labels.includes('Claim') && /near the Ta Moan Thom/.test(String(n.props.text)));
    expect(claim).toBeDefined();
    const into = g.edges.filter((e) => e.target === claim!.id);
    expect(into.some((e) => e.type === 'DENIES' && e.props.answers === 'across articles')).toBe(true);
    expect(g.edges.some((e) => e.type === 'PARAPHRASES' && [e.source, e.target].includes(claim!.id))).toBe(false);
  });
});

/** One speaker's side: the text's terms with its named actors (by their words in it) and one shared incident. */
function side(text: string, actors: Record<string, string>, speaker: string): Side {
  const list = Object.entries(actors).map(([id, words]) => {
    const at = text.indexOf(words);
    return { id, kind: 'organization', spans: at < 0 ? [] : ([[at, at + words.length]] as Array<[number, number]>) };
  });
  const origin: Origin = {
    type: 'CLAIMS',
    speaker,
    affiliation: null,
    via: [],
    outlet: null,
    publishedAt: '2022-01-16',
  };
  return { text, terms: [...claimTerms({ text, actors: list }), '^inc1:attack-saravena'], origins: [origin] };
}

describe("one speaker's two claims about one incident", () => {
  it('are two assertions when only the act of the incident and the party are shared', () => {
    const a = side('the ELN had carried out the bombing at the army base', { eln: 'ELN' }, 'diego-molano');
    const b = side(
      'the attack had been ordered by ELN commanders from Venezuelan territory',
      { eln: 'ELN' },
      'diego-molano',
    );
    expect(paraphrase(a, b)).toBeNull();
  });

  it('are two assertions when only a figure of two and a party class are shared', () => {
    const a = side('the attackers fled in two pickup trucks toward the road to Daule', {}, 'ecuador-police');
    const b = side('four people, among them two prison guards and one of the assailants, died', {}, 'ecuador-police');
    expect(paraphrase(a, b)).toBeNull();
  });

  it('are one assertion when the act and its words agree', () => {
    const a = side(
      'the ELN had carried out the car bombing at the army base in Saravena',
      { eln: 'ELN' },
      'diego-molano',
    );
    const b = side(
      'ELN guerrillas carried out the car bombing at the Saravena army base',
      { eln: 'ELN' },
      'diego-molano',
    );
    expect(paraphrase(a, b)).not.toBeNull();
  });

  it('are two assertions when one tells an exchange of fire and the other one side firing', () => {
    const forces = { 'armenia-military': 'Armenian', 'azerbaijan-military': 'Azerbaijani forces' };
    const a = side('Armenian and Azerbaijani forces exchanged fire near the village of Sotk', forces, 'armenia-mod');
    const b = side(
      'Azerbaijani forces opened fire at Armenian positions near the village of Sotk',
      forces,
      'armenia-mod',
    );
    expect(paraphrase(a, b)).toBeNull();
    const c = side('Azerbaijani forces fired at Armenian positions near the village of Sotk', forces, 'armenia-mod');
    expect(paraphrase(b, c)).not.toBeNull();
  });
});

describe('a verdict whose report is the object before it', () => {
  it('answers the claim told before it that accuses the denier', () => {
    const claims = extract({
      source: 'wire.txt',
      text:
        'BELGRADE, Oct 3, 2023 (Tanjug) - The Pristina daily Koha Ditore quoted Kosovo Interior Minister Xhelal ' +
        'Svecla as saying that the gunmen had been trained in Serbia. Serbian official Petar Petkovic called the ' +
        'claim "a shameless lie" and said Belgrade had no links to any armed group.\n',
    }).claims;
    const trained = claims.find((c) => /trained in Serbia/.test(c.text));
    const lie = claims.find((c) => /shameless lie/.test(c.text));
    expect(trained).toBeDefined();
    expect(lie?.stance).toBe('denies');
    expect(lie?.answers).toBe(trained!.id);
  });

  it('leaves a verdict on something else unanswered', () => {
    const claims = extract({
      source: 'wire.txt',
      text:
        'LUSAKA, May 9, 2024 (Reuters) - Residents said acid waste from the plant had poisoned the river. Mine ' +
        'manager John Banda called the weather "a disaster for the harvest".\n',
    }).claims;
    expect(claims.find((c) => /disaster for the harvest/.test(c.text))?.answers ?? null).toBeNull();
  });
});

describe('two officials of one side telling one incident', () => {
  /** A side told by `speaker` of `body`, with the incident term both tell. */
  const official = (text: string, speaker: string, actors: Record<string, string>): Side => ({
    ...side(text, actors, speaker),
    origins: [{ type: 'CLAIMS', speaker, affiliation: 'armenia', via: [], outlet: null, publishedAt: '2022-09-13' }],
  });

  it('are two assertions when they share only the party, the act and the place', () => {
    const forces = { 'azerbaijan-military': 'Azerbaijani forces' };
    const mod = official(
      'Azerbaijani forces had shelled Jermuk with mortars and drones overnight, hitting a hotel',
      'aram-torosyan',
      forces,
    );
    const mfa = official(
      'Azerbaijani forces attacked Jermuk to derail the peace talks in Brussels',
      'ararat-mirzoyan',
      forces,
    );
    expect(paraphrase(mod, mfa)).toBeNull();
  });

  it('are one assertion when the act, the party and the words of their account agree', () => {
    const forces = { 'azerbaijan-military': 'Azerbaijani forces' };
    const mod = official(
      'Azerbaijani forces had shelled the resort town of Jermuk with artillery',
      'aram-torosyan',
      forces,
    );
    const pm = official(
      'Azerbaijani forces shelled Jermuk, a resort town, with heavy artillery',
      'nikol-pashinyan',
      forces,
    );
    expect(paraphrase(mod, pm)).not.toBeNull();
  });
});
