// Claim identity classes the s17 post-mortem of the read sets showed, on wire stories of our own (other regions,
// outlets, years): the accused's denial that names the incident only as "the incident" ("Tajikistan had nothing to
// do with the incident") answers another outlet's claim holding it responsible for the incident that claim tells,
// and not the accuser's claim on something else; a dismissal of "the reports" with a quoted verdict ("dismissed the
// reports as "lies spread by ..."") answers the claim told before it in the article, as an unquoted verdict does; one
// speaker's account retold with the party described only in one telling ("killed in retaliatory firing by the
// security forces" / "killed in the retaliatory fire") is one assertion; and a denial worded as a negation ("The claims
// of the Sudanese side are baseless. Ethiopian forces did not start the shelling") is a denial, not a double negation
// that asserts the claim: it answers the accusation of another outlet.
import { describe, expect, it } from 'vitest';

import type { Subgraph } from '../../graph/store.ts';
import { extract } from '../../ingest/extract.ts';
import { storedGraph, tempArticles } from './temp-articles.ts';

const { dir, write } = tempArticles('kg-s17-claims-');

const ARTICLES: Record<string, string> = {
  'a1-bishkek-reuters.txt':
    'Kyrgyzstan blames Tajikistan for deadly border shootout\n\nBISHKEK, April 30, 2021 (Reuters) - Two Kyrgyz ' +
    'border guards were killed on Thursday when gunmen opened fire on a border post near the village of Kok-Tash, ' +
    "Kyrgyzstan's border service said.\n\nKyrgyz Foreign Minister Ruslan Kazakbaev said the attack on the border post " +
    'had been organised by Tajikistan.\n\nKazakbaev said Tajikistan had moved heavy weapons to the border in March.\n',
  'a2-dushanbe-asiaplus.txt':
    'Dushanbe rejects Bishkek charge over border post attack\n\nDUSHANBE, May 1, 2021 (Asia-Plus) - Tajik Foreign ' +
    'Minister Sirojiddin Muhriddin said Tajikistan had nothing to do with the incident.\n\nMuhriddin said the ' +
    'two governments would meet in Batken next week.\n',
  'p1-jolo-inquirer.txt':
    'Five bandits killed in Sulu clash\n\nJOLO, Sulu, Sept 9, 2018 (Philippine Daily Inquirer) - Five Abu ' +
    'Sayyaf bandits were killed on Sunday in a clash with government troops in the town of Patikul, the ' +
    'military said.\n\nArmy spokesman Lt. Col. Gerry Besana said at least five bandits were killed in the ' +
    'retaliatory fire, but their companions dragged the bodies into the jungle.\n',
  'p2-manila-reuters.txt':
    'Philippine army says five militants killed in Sulu\n\nMANILA, Sept 10, 2018 (Reuters) - Five Abu Sayyaf ' +
    'militants were killed in a clash with soldiers in the southern province of Sulu on Sunday, the army ' +
    'said.\n\nArmy spokesman Gerry Besana said five bandits were killed in retaliatory firing by the security ' +
    'forces during the encounter.\n',
  'e1-khartoum-afp.txt':
    "Sudan accuses Ethiopia of shelling border village\n\nKHARTOUM, Dec 21, 2020 (AFP) - Sudan's army said " +
    'Ethiopian forces had started the shelling of the border village of Barakat Nourein on Sunday, killing ' +
    'two farmers.\n\nArmy spokesman Amer Mohammed al-Hassan said Sudanese troops had returned fire.\n',
  'e2-addisababa-ena.txt':
    'Ethiopia rejects Sudanese claims over border clash\n\nADDIS ABABA, Dec 22, 2020 (ENA) - Ethiopia on ' +
    'Tuesday rejected accusations by Khartoum over a clash on the border.\n\n"The claims of the Sudanese side ' +
    'are baseless. Ethiopian forces did not start the shelling," government spokesman Legesse Tulu told ' +
    'reporters.\n',
};

const stored = () => storedGraph(dir, write, ARTICLES);

/** The one Claim node whose text holds `frag`. */
function claimOf(g: Subgraph, frag: string): string {
  const ids = g.nodes.filter((n) => n.labels.includes('Claim') && String(n.props.text).includes(frag)).map((n) => n.id);
  expect(ids, frag).toHaveLength(1);
  return ids[0]!;
}

/** Whether the claims holding `a` and `b` are one Claim node or joined by a PARAPHRASES edge. */
const linked = (g: Subgraph, a: string, b: string) => {
  const [x, y] = [claimOf(g, a), claimOf(g, b)];
  return (
    x === y ||
    g.edges.some(
      (e) => e.type === 'PARAPHRASES' && ((e.source === x && e.target === y) || (e.source === y && e.target === x)),
    )
  );
};

/** Whether a denial of another article (its words `said`) answers the claim holding `frag`. */
const answeredBy = (g: Subgraph, frag: string, said: string) => {
  const target = claimOf(g, frag);
  return g.edges.some(
    (e) =>
      e.type === 'DENIES' &&
      e.target === target &&
      e.props.answers === 'across articles' &&
      String(e.props.said).includes(said),
  );
};

describe("the accused's denial of a part in 'the incident'", async () => {
  const g = await stored();

  it('answers the claim of another outlet holding it responsible for the incident', () => {
    expect(answeredBy(g, 'had been organised by Tajikistan', 'nothing to do with the incident')).toBe(true);
  });

  it("does not answer the accuser's claim on something else", () => {
    expect(answeredBy(g, 'moved heavy weapons to the border', 'nothing to do with the incident')).toBe(false);
  });
});

describe('a denial worded as a negation', async () => {
  const g = await stored();

  it('answers the accusation of another outlet and is no paraphrase of it', () => {
    expect(answeredBy(g, 'had started the shelling of the border village', 'did not start the shelling')).toBe(true);
    expect(linked(g, 'had started the shelling of the border village', 'did not start the shelling')).toBe(false);
  });
});

describe('one account retold in other words', async () => {
  const g = await stored();

  it('joins a toll retold with the party that fired described in one telling only', () => {
    expect(linked(g, 'killed in retaliatory firing by the security forces', 'killed in the retaliatory fire')).toBe(
      true,
    );
  });
});

describe('a dismissal of the reports with a quoted verdict', () => {
  it('answers the claim told before it, as an unquoted verdict does', () => {
    const claims = extract({
      source: 'wire.txt',
      text:
        'TBILISI, Nov 12, 2019 (Civil.ge) - Opposition leaders said riot police had beaten dozens of protesters ' +
        'outside parliament. The Interior Ministry dismissed the reports as "lies spread by those who want to ' +
        'destabilise the country" and said officers had acted within the law.\n',
    }).claims;
    const beaten = claims.find((c) => /riot police had beaten/.test(c.text));
    const dismissal = claims.find((c) => /lies spread by/.test(c.text));
    expect(beaten).toBeDefined();
    expect(dismissal?.stance).toBe('denies');
    expect(dismissal?.answers).toBe(beaten!.id);
    // What the ministry itself asserts afterwards stays a claim of its own.
    expect(claims.find((c) => /acted within the law/.test(c.text))?.answers ?? null).toBeNull();
  });
});
