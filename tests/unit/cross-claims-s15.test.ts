// Claim identity classes the s14 read showed, on wire stories of our own (other regions, outlets, years): one
// speaker's assertion retold by another outlet in the words outlets swap for one another ("trained and armed" /
// "trained and equipped", "guns ... bankrolled" / "weapons ... funded", "produce electricity that it then sells" /
// "reselling electricity generated from it", "fighting alongside" / "joined the assault", "recovered 9 bodies" / "9
// bodies had been recovered", "taken over the base" / "overran the base", "sailors ... tried to ram a navy vessel" /
// "attempted to ram a naval vessel"), and two speakers' one assertion, all of the shorter telling in the longer,
// meets at one Claim or a PARAPHRASES edge, found through the stores' keys even where the two name no party in
// common; the same speaker on something else, another speaker's turned accusation, the same charge about other
// goods, "armed forces" (no arming), and reports sharing only a figure, the acts or "troops killed two attackers"
// stay apart.
import { describe, expect, it } from 'vitest';

import type { Subgraph } from '../../graph/store.ts';
import { claimTerms } from '../../graph/claims/terms.ts';
import { claimBands } from '../../graph/claims/similar.ts';
import { storedGraph, tempArticles } from './temp-articles.ts';

const { dir, write } = tempArticles('kg-s15-claims-');

const ARTICLES: Record<string, string> = {
  'a1-goma-radiookapi.txt':
    'Seven killed as rebels storm Rutshuru market\n\nGOMA, March 14, 2019 (Radio Okapi) - Seven people were killed on ' +
    'Wednesday when rebels stormed the market in Rutshuru, North Kivu province, local officials said.\n\nArmy spokesman ' +
    'Guillaume Ndjike said Kampala had trained and armed the rebels who attacked the market.\n\nNdjike said the army ' +
    'had recovered 9 bodies in the surrounding hills by nightfall.\n',
  'a2-kinshasa-afp.txt':
    "Congo army accuses Uganda over Rutshuru raid\n\nKINSHASA, March 15, 2019 (AFP) - Congo's army on Thursday " +
    'accused neighbouring Uganda over a deadly raid on a market in the east.\n\n"These rebels were trained and ' +
    'equipped in Uganda," army spokesman Guillaume Ndjike told AFP.\n\nNdjike said 9 bodies had been recovered by ' +
    "nightfall.\n\nUganda's foreign ministry did not respond to a request for comment.\n",
  'a3-kampala-monitor.txt':
    "Uganda rejects Congo charge, accuses Kinshasa\n\nKAMPALA, March 16, 2019 (Daily Monitor) - Uganda's army " +
    'spokesman Richard Karemire said Kinshasa had trained and armed the ADF rebels who attacked Ugandan border ' +
    "posts.\n\nKaremire said the Uganda People's Defence Force would protect the border.\n",
  'b1-tegucigalpa-proceso.txt':
    'Honduran minister blames businessmen for gang weapons\n\nTEGUCIGALPA, Aug 2, 2021 (Proceso Digital) - Security ' +
    'Minister Julian Pacheco said the rifles used by the gangs in San Pedro Sula were being bought and supplied by ' +
    'businessmen who bankroll the killings.\n\nPacheco said the police would arrest those responsible.\n',
  'b2-sanpedro-efe.txt':
    'Honduras says businessmen arm gangs\n\nSAN PEDRO SULA, Aug 3, 2021 (EFE) - Security Minister Julian Pacheco said ' +
    'the weapons were being supplied by businessmen who fund the killings, and that his ministry knew who some of ' +
    'them were.\n\nPacheco spoke after a meeting with police commanders.\n',
  'b3-choloma-laprensa.txt':
    'Police seize rifles in Choloma raid\n\nCHOLOMA, Aug 4, 2021 (La Prensa) - Security Minister Julian Pacheco said ' +
    'the police had seized 40 rifles and ammunition from a gang safe house in Choloma.\n\nPacheco said two suspects ' +
    'were arrested.\n',
  'c1-dushanbe-asiaplus.txt':
    'Tajikistan accuses Kyrgyz side of selling water\n\nDUSHANBE, May 6, 2022 (Asia-Plus) - Energy Minister Daler ' +
    'Juma said the Kyrgyz side has been taking water beyond the agreed volumes and using it to produce electricity ' +
    'that it then sells.\n\nJuma said the ministry would raise the matter at the next round of talks.\n',
  'c2-dushanbe-reuters.txt':
    'Tajik minister says neighbour overdraws reservoir\n\nDUSHANBE, May 7, 2022 (Reuters) - Energy Minister Daler ' +
    'Juma accused the Kyrgyz side of over-drawing water and reselling electricity generated from it.\n\nJuma said ' +
    'talks between the two governments would resume next month.\n',
  'd1-mopti-reuters.txt':
    'Mali army says jihadists joined militia in Mopti fighting\n\nBAMAKO, Jan 9, 2020 (Reuters) - Army spokesman ' +
    'Diarran Kone said Islamic State fighters had joined the assault on the Sevare camp.\n\nKone said Islamic State ' +
    'fighters had withdrawn from the outskirts of Djenne.\n',
  'd2-bamako-afp.txt':
    'Mali army accuses Islamic State\n\nBAMAKO, Jan 10, 2020 (AFP) - Army spokesman Diarran Kone said fighters of the ' +
    'Islamic State group were fighting alongside the militia in the Mopti region.\n\nKone said the army had lost two ' +
    'vehicles.\n',
  'e1-mogadishu-reuters.txt':
    "Al Shabaab says it overran Kenyan base in Somalia\n\nMOGADISHU, Jan 27, 2017 (Reuters) - Somalia's al " +
    'Shabaab Islamist group said its fighters had seized the Kenyan army base at Kulbiyow and killed ' +
    'dozens of soldiers.\n\nThe group said its fighters had withdrawn from the town of Afmadow a day ' +
    'earlier.\n',
  'e2-nairobi-afp.txt':
    'Kenya denies base fell to Shabaab\n\nNAIROBI, Jan 28, 2017 (AFP) - The al Shabaab group said its ' +
    "fighters had taken over the Kenyan army base at Kulbiyow, on the border with Somalia.\n\nKenya's " +
    'military said the attackers had been repulsed.\n',
  'f1-piraeus-kathimerini.txt':
    'Navy fires warning shots at smugglers off Lesbos\n\nATHENS, Aug 9, 2018 (Kathimerini) - Navy spokesman ' +
    "Commander Nikos Lagadianos said sailors fired warning shots into the sea after the smugglers' " +
    'speedboat tried to ram a navy patrol vessel off Lesbos.\n\nTwo suspects were arrested, he said.\n',
  'f2-athens-ana.txt':
    'Greek navy says smugglers tried to ram patrol vessel\n\nATHENS, Aug 10, 2018 (ANA-MPA) - The Hellenic ' +
    'Navy said in a statement that warning shots were fired after the speedboat attempted to ram a naval ' +
    'patrol vessel.\n\nThe speedboat was towed to Mytilene.\n',
  'g1-lima-reuters.txt':
    'Peru lawmaker says ministry overpaid for oxygen\n\nLIMA, Dec 9, 2020 (Reuters) - Congressman Jorge ' +
    'Vega said the health ministry had paid inflated prices for oxygen tanks bought last month from a ' +
    'small supplier in Arequipa whose owner had donated to the ruling coalition.\n\nVega said he would ask ' +
    'the comptroller to open an audit.\n',
  'g2-lima-andina.txt':
    'Ombudsman questions oxygen purchases\n\nLIMA, Dec 10, 2020 (Andina) - Ombudsman Walter Gutierrez said ' +
    'the health ministry had paid inflated prices for oxygen tanks.\n\nGutierrez said hospitals in Arequipa ' +
    'had run out of oxygen twice in November.\n',
  'g3-lima-elcomercio.txt':
    'Lawmaker says ventilators overpriced\n\nLIMA, Dec 11, 2020 (El Comercio) - Congresswoman Rosa Bartra ' +
    'said the health ministry had paid inflated prices for ventilators.\n\nBartra said the contracts should ' +
    'be cancelled.\n',
  'h1-bamako-afp.txt':
    'Drone strike hits militants in Mali\n\nBAMAKO, March 3, 2021 (AFP) - A drone had struck a column of ' +
    'militants near Menaka, killing several of them, a security source said.\n',
  'h2-maputo-lusa.txt':
    'Insurgents kill soldiers in northern Mozambique\n\nMAPUTO, March 4, 2021 (Lusa) - Insurgents killed 11 ' +
    'soldiers in an attack near Palma on Wednesday, local sources said.\n',
  'h3-abuja-reuters.txt':
    'Bodies found after gunfight in Zamfara\n\nABUJA, March 4, 2021 (Reuters) - Rescuers found nine bodies ' +
    'at the site, a police source said.\n',
  'h4-kano-afp.txt':
    'Market shelled in Borno\n\nKANO, March 5, 2021 (AFP) - Shelling of the cattle market in Gwoza had ' +
    'killed nine people, witnesses said.\n',
  'h5-juba-radiotamazuj.txt':
    'Army repels attack on Yei barracks\n\nJUBA, March 6, 2021 (Radio Tamazuj) - Army spokesman Lul Ruai ' +
    'Koang said troops had killed two attackers.\n',
  'h6-kampala-monitor.txt':
    'Police say raid on Kasese post repulsed\n\nKAMPALA, March 6, 2021 (Daily Monitor) - Police spokesman ' +
    'Fred Enanga said troops had killed two of the attackers near the Kasese police post and were ' +
    'pursuing the others towards the mountains.\n',
};

const stored = () => storedGraph(dir, write, ARTICLES);

/** Whether the claims whose texts hold `a` and `b` are one Claim node or joined by a PARAPHRASES edge. */
function linker(g: Subgraph) {
  const claim = (frag: string) => {
    const held = g.nodes.filter((n) => n.labels.includes('Claim') && String(n.props.text).includes(frag));
    // A claim's whole text when another claim holds it too.
    const ids = (held.length > 1 ? held.filter((n) => n.props.text === frag) : held).map((n) => n.id);
    expect(ids, frag).toHaveLength(1);
    return ids[0]!;
  };
  return (a: string, b: string) => {
    const [x, y] = [claim(a), claim(b)];
    return (
      x === y ||
      g.edges.some(
        (e) => e.type === 'PARAPHRASES' && ((e.source === x && e.target === y) || (e.source === y && e.target === x)),
      )
    );
  };
}

describe('one speaker retold by another outlet in swapped words', async () => {
  const linked = linker(await stored());

  it('joins arming retold as equipping, and guns bankrolled retold as weapons funded', () => {
    expect(linked('trained and armed the rebels who attacked the market', 'trained and equipped in Uganda')).toBe(true);
    expect(linked('rifles used by the gangs', 'weapons were being supplied by businessmen')).toBe(true);
  });

  it('joins a figure of bodies recovered, production and resale, and fighting alongside / joining', () => {
    expect(linked('recovered 9 bodies', '9 bodies had been recovered')).toBe(true);
    expect(linked('produce electricity that it then sells', 'reselling electricity generated')).toBe(true);
    expect(linked('had joined the assault', 'were fighting alongside the militia')).toBe(true);
  });

  it('joins a base taken over retold as seized or overrun, and a navy account of a ramming attempt retold', () => {
    expect(linked('had taken over the Kenyan army base', 'it overran Kenyan base')).toBe(true);
    expect(linked('tried to ram a navy patrol vessel', 'attempted to ram a naval patrol vessel')).toBe(true);
    expect(linked('had withdrawn from the town of Afmadow', 'had taken over the Kenyan army base')).toBe(false);
  });

  it('joins two speakers telling one assertion when all of the shorter telling is in the longer, and no more', () => {
    expect(
      linked(
        'the health ministry had paid inflated prices for oxygen tanks',
        'paid inflated prices for oxygen tanks bought',
      ),
    ).toBe(true);
    expect(
      linked('paid inflated prices for ventilators', 'the health ministry had paid inflated prices for oxygen tanks'),
    ).toBe(false);
    expect(linked('paid inflated prices for ventilators', 'paid inflated prices for oxygen tanks bought')).toBe(false);
  });

  it('keeps reports that share only a figure, the acts or a count of attackers apart', () => {
    expect(linked('A drone had struck a column of militants', 'Insurgents killed 11 soldiers')).toBe(false);
    expect(linked('nine bodies at the site', 'had killed nine people')).toBe(false);
    expect(linked('troops had killed two attackers', 'troops had killed two of the attackers')).toBe(false);
  });

  it('keeps the same speaker on something else, and another speaker turning the accusation round, apart', () => {
    expect(linked('trained and armed the rebels who attacked the market', 'trained and armed the ADF rebels')).toBe(
      false,
    );
    expect(linked('seized 40 rifles', 'rifles used by the gangs')).toBe(false);
    expect(linked('seized 40 rifles', 'weapons were being supplied by businessmen')).toBe(false);
    expect(linked('had withdrawn from the outskirts', 'were fighting alongside the militia')).toBe(false);
    expect(linked('had withdrawn from the outskirts', 'had joined the assault')).toBe(false);
  });
});

describe('the words outlets swap', () => {
  const terms = (text: string) => claimTerms({ text, actors: [] });

  it('reads arming, funding, selling, joining and bodies as concepts, and armed forces or shooting at as no arming', () => {
    expect(terms('the rebels were trained and armed')).toContain('~arm');
    expect(terms('the rebels were trained and equipped')).toContain('~arm');
    expect(terms('businessmen bankroll the fighting')).toEqual(expect.arrayContaining(['~fund', '~attack']));
    expect(terms('it resold the power')).toContain('~sell');
    expect(terms('18 bodies were found')).toEqual(expect.arrayContaining(['#18', '~kill']));
    expect(terms('the armed forces shelled the town')).not.toContain('~arm');
    expect(terms('armed men shot at villagers')).toEqual(expect.arrayContaining(['~attacker', '~launch']));
    expect(terms('armed men shot at villagers')).not.toContain('~arm');
  });

  it('gives two claims naming no party in common a shared key when they tell the same two acts', () => {
    const a = terms('the guns were bought and supplied by businessmen who bankroll the fighting');
    const b = terms('these weapons are supplied by those who fund the wars');
    expect(claimBands(a).some((k) => claimBands(b).includes(k))).toBe(true);
  });
});

// The s15 read: a force that "left" or "abandoned" a town has withdrawn from it; an office that "flagged the danger"
// warned of it (PolNeAR-free wording of our own).
describe('words for leaving and warning', () => {
  const terms = (text: string) => claimTerms({ text, actors: [] });
  it('reads left, abandoned and vacated as withdrawing, flagged and alerted as warning', () => {
    expect(terms('the peacekeepers had left the base two days before the raid')).toContain('~withdraw');
    expect(terms('the foreign troops abandoned the town before the rebels arrived')).toContain('~withdraw');
    expect(terms('the battalion vacated its positions on the ridge')).toContain('~withdraw');
    expect(terms('the commission flagged the danger to Mopti in May')).toContain('~warn');
    expect(terms('it had warned in May of attacks on civilians in Mopti')).toContain('~warn');
    expect(terms('the rebels attacked the town before dawn')).not.toContain('~warn');
  });
});
