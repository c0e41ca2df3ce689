// Actor identity classes the s14 read showed, each on wire stories of our own (other regions, outlets, years): a
// self-declared state and its forces are two nodes ("Abkhaz forces" is not Abkhazia, nor Georgia's army); a state's
// generic ministry or federal police written without the state is the story state's, also under a title-case
// dateline ("Nairobi (AFP) -"); Commonwealth "the defence force" is the military, a rebel "People's Defence Force" is
// not; an acronym of a Spanish or Portuguese name skips its joining words; a title shortened ("Insp", "Deputy") is
// no part of the name; a Somali leader's epithet joins his full name, another man's name of the same words does not.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe('a self-declared state and its forces', () => {
  const sukhumi = nodes(
    'SUKHUMI, Aug 10, 2008 (Interfax) - Abkhaz forces launched an offensive to drive Georgian troops out of the ' +
      'Kodori Gorge on Sunday, Abkhazia said. Georgia said its army had pulled back.',
  );
  const tiraspol = nodes(
    'CHISINAU, Feb 28, 2024 (Reuters) - Transnistria asked Russia for protection on Wednesday, accusing Moldova of ' +
      'economic pressure. Transnistrian troops were not on alert, a Transnistrian official said.',
  );
  const hargeisa = nodes(
    'HARGEISA, Jan 8, 2018 (Reuters) - Somaliland troops clashed with Puntland forces near Tukaraq on Monday. ' +
      "Somaliland's army said three soldiers were killed, and the Somali army said it was not involved.",
  );

  it('keys the forces apart from the state, and each state apart from its neighbour', () => {
    expect(sukhumi.at('Abkhaz forces')).toEqual(['abkhazia-military']);
    expect(sukhumi.at('Abkhazia said')).toEqual(['abkhazia']);
    expect(sukhumi.at('Georgian troops')).toEqual(['georgia-military']);
    expect(tiraspol.at('Transnistria asked')).toEqual(['transnistria']);
    expect(tiraspol.at('Transnistrian troops')).toEqual(['transnistria-military']);
    expect(tiraspol.at('Moldova of')).toEqual(['moldova']);
    expect(hargeisa.at('Somaliland troops')).toContain('somaliland-military');
    expect(hargeisa.at('Somaliland troops')).not.toContain('somalia-military');
    expect(hargeisa.at("Somaliland's army")).toContain('somaliland-military');
    expect(hargeisa.at('Somali army')).toEqual(['somalia-military']);
  });
});

describe("a state's body written without the state", () => {
  it("is the story state's defence ministry, and Britain's only in a story about Britain", () => {
    const sps = nodes(
      'RABOUNI, June 2, 2021 (APS) - The Sahrawi Arab Democratic Republic said its army shelled Moroccan ' +
        'positions near Guerguerat. The Ministry of Defence said the units returned safely to their bases.',
    );
    expect(sps.at('Ministry of Defence')).toEqual(['sahrawi-republic-defense-ministry']);
    const london = nodes(
      'LONDON, March 3, 2022 (PA) - The Ministry of Defence said on Thursday that two Royal Navy ships would ' +
        'sail for the Baltic next week.',
    );
    expect(london.at('Ministry of Defence')).toEqual(['uk-ministry-of-defence']);
  });

  it('reads a title-case capital dateline as the story state, a dash inside the lead as none', () => {
    const nairobi = nodes(
      'Nairobi (AFP) - The Health Ministry said on Monday that cholera had killed 14 people in Garissa county ' +
        'since January, and urged residents to boil their drinking water.',
    );
    expect(nairobi.at('Health Ministry')).toEqual(['kenya-health-ministry']);
    expect(nairobi.at('Nairobi')).toEqual([]);
    const aside = nodes(
      'Kenya - a regional ally - said on Monday it would send doctors to Somalia. The Health Ministry said ' +
        'twenty would leave on Friday.',
    );
    expect(aside.at('Kenya')).toEqual(['kenya']);
  });

  it("is the federal police where the state's police is a federal force, and no body elsewhere", () => {
    const brasilia = nodes(
      'Brasília - Federal Police officers arrested 11 people in Pará on Tuesday in an operation against illegal ' +
        'logging, the Federal Police said in a statement.',
    );
    expect(brasilia.at('the Federal Police')).toEqual(['brazil-police']);
    const addis = nodes(
      'ADDIS ABABA, Nov 4, 2021 (Reuters) - Federal police said on Thursday they had detained 20 people in the ' +
        'capital.',
    );
    expect(addis.at('Federal police')).toEqual(['ethiopia-police']);
    const chicago = nodes(
      'CHICAGO (AP) - Federal police said on Thursday they had detained 20 people after a protest downtown.',
    );
    // At most an anonymous description of this article ("<article>:anon-federal-police"), never a state's body.
    expect(chicago.ids().filter((id) => id.endsWith('-police') && !id.includes(':'))).toEqual([]);
  });
});

describe('a defence force without its state', () => {
  it('is the military of the story state, never a rebel force named alike', () => {
    const suva = nodes(
      'SUVA, Fiji (AP) - Prime Minister Frank Bainimarama said he had ordered the police and the defence ' +
        'force to clear the roadblocks.',
    );
    expect(suva.at('the defence force')).toEqual(['fiji-military']);
    const yangon = nodes(
      "YANGON, Oct 3, 2022 (Reuters) - Myanmar's military said it had killed 12 fighters of the People's Defence " +
        'Force in Sagaing region.',
    );
    expect(yangon.at('Defence Force')).not.toContain('myanmar-military');
  });
});

describe('an acronym of a name in Spanish or Portuguese', () => {
  it('skips the joining words, and a capitalized "De" of a name keeps its letter', () => {
    const mexico = nodes(
      'MEXICO CITY, Jan 9, 2023 (Reuters) - The Comisión Federal de Electricidad (CFE) said on Monday that ' +
        'power had been restored in Sonora. CFE blamed a fire at a substation.',
    );
    expect(mexico.at('CFE blamed')).toEqual(mexico.at('Comisión Federal de Electricidad'));
    const bolivia = nodes(
      'La Paz, May 6, 2024 (EFE).- YPFB said on Monday that diesel imports would rise. Yacimientos Petrolíferos ' +
        'Fiscales Bolivianos blamed the drought.',
    );
    expect(bolivia.at('YPFB')).toContain('ypfb');
    expect(bolivia.at('Yacimientos')).toEqual(['ypfb']);
  });
});

describe('a title written short before a name', () => {
  it('is no part of the name', () => {
    const lae = nodes(
      'LAE, July 2, 2022 (Post-Courier) - Morobe police commander Chief Inspector Joseph Tondop said two men ' +
        'were arrested. "They will face the court on Monday," Chief Insp Tondop said.',
    );
    expect(lae.at('Tondop said.')).toEqual(lae.at('Joseph Tondop'));
    expect(lae.ids().filter((id) => id.includes('insp'))).toEqual([]);
    const quito = nodes(
      'Quito, Feb 3, 2021 (EFE).- Deputy Ana Belén Marín said on Wednesday the assembly would vote on the bill.',
    );
    const guayaquil = nodes('GUAYAQUIL, Feb 4, 2021 (AP) - Ana Belén Marín, a lawmaker, said the vote was delayed.');
    expect(quito.at('Ana Belén Marín')).toEqual(guayaquil.at('Ana Belén Marín'));
  });
});

describe("a Somali leader's epithet", () => {
  it('joins his full name, while another man of the same first names stays apart', () => {
    const kismayo = nodes(
      'KISMAYO, Aug 22, 2019 (Reuters) - Jubaland leader Ahmed Mohamed Islam was re-elected on Thursday, the ' +
        'regional assembly said.',
    );
    const mogadishu = nodes(
      'MOGADISHU, Aug 23, 2019 (AFP) - The federal government rejected the re-election of Ahmed Madobe as ' +
        'Jubaland leader. Ahmed Mohamed Ali, a federal minister, said the vote was illegal.',
    );
    expect(mogadishu.at('Ahmed Madobe')).toEqual(kismayo.at('Ahmed Mohamed Islam'));
    expect(mogadishu.at('Ahmed Mohamed Ali')).not.toEqual(kismayo.at('Ahmed Mohamed Islam'));
  });
});

describe("a ministry or army without its state, among other states' forces", () => {
  it("is the story state's, not the foreign troops named last nor the dateline's city's state", () => {
    const bamako = nodes(
      'BAMAKO, Feb 2, 2022 (Reuters) - Gunmen killed eight Malian soldiers near Mopti on Tuesday. The junta ' +
        'expelled French troops last year and turned to Russian instructors. Rights groups have accused the army ' +
        'of abuses, which the junta denies. The ministry of national defence said the attackers had fled.',
    );
    expect(bamako.at('the army')).toEqual(['mali-military']);
    expect(bamako.at('the junta denies')).toEqual(['mali-military']);
    expect(bamako.at('French troops')).toEqual(['france-military']);
    expect(bamako.at('The ministry of national defence')).toEqual(['mali-defense-ministry']);
    const istanbul = nodes(
      'Istanbul (Anadolu) - At least 12 soldiers were killed in an attack in central Mali, Mali said on Sunday. ' +
        'The Defence Ministry said 20 assailants were killed.',
    );
    expect(istanbul.at('Defence Ministry said')).toEqual(['mali-defense-ministry']);
    const baku = nodes(
      'MOSCOW (TASS) - The Defence Ministry of Azerbaijan said on Monday its positions had come under fire.',
    );
    expect(baku.at('Defence Ministry of Azerbaijan')).not.toContain('russia-defense-ministry');
  });
});

describe('a story filed from a bureau abroad', () => {
  it('is about the state it names first, whose police "police said" is, even when a neighbour is named more', () => {
    const bureau = nodes(
      'KAMPALA, March 3, 2021 (Reuters) - Two bombs exploded at a market in Burundi on Tuesday, killing five ' +
        'people, police said. Burundi blamed Rwanda, which denied any role. Rwanda said it had no forces in the ' +
        'area, and a Rwanda government spokesman called the charge baseless.',
    );
    expect(bureau.at('police said')).toEqual(['burundi-police']);
    const home = nodes(
      'KAMPALA, March 3, 2021 (Reuters) - Two bombs exploded at a market in Kampala on Tuesday, killing five ' +
        'people, police said. Uganda said Congo-based rebels were behind the blasts.',
    );
    expect(home.at('police said')).toEqual(['uganda-police']);
  });
});

describe('a story that names no state, only its bodies', () => {
  it("is about the one state whose bodies it names, and about none when it names two states' bodies", () => {
    const one = nodes(
      'Ouagadougou paper Sidwaya reported that gunmen killed nine soldiers near Djibo on Sunday, the Burkinabe ' +
        'army said. The Ministry of National Defence said reinforcements had been sent.',
    );
    expect(one.at('Ministry of National Defence')).toEqual(['burkina-faso-defense-ministry']);
    const two = nodes(
      'Gunmen killed nine soldiers near the border on Sunday, the Burkinabe army said, and Malian troops ' +
        'pursued the attackers. The Ministry of National Defence said reinforcements had been sent.',
    );
    expect(two.at('Ministry of National Defence').filter((id) => !id.includes(':'))).toEqual([]);
  });
});

describe("a state energy company's one-word name", () => {
  it('is one node across outlets (world knowledge), not an article-scoped word', () => {
    const kyiv = nodes('KYIV, Jan 2, 2020 (Interfax-Ukraine) - Naftogaz said on Thursday transit volumes had fallen.');
    const chisinau = nodes(
      'CHISINAU, Dec 28, 2022 (Reuters) - Moldovagaz said it had paid Gazprom for December, and Energocom bought ' +
        'gas from Naftogaz of Ukraine.',
    );
    expect(kyiv.at('Naftogaz')).toEqual(['naftogaz']);
    expect(chisinau.at('Naftogaz of Ukraine')).toEqual(['naftogaz']);
    expect(chisinau.at('Moldovagaz')).toEqual(['moldovagaz']);
    expect(chisinau.at('Moldovagaz')).not.toEqual(chisinau.at('Energocom'));
  });
});

describe("a state's generic body with its state's name or demonym written into the name", () => {
  it('is one node whether the name has the demonym, the name or "of <State>"; another state\'s stays apart', () => {
    const afp = nodes('NAIROBI, June 7, 2023 (AFP) - The Kenyan High Court on Wednesday suspended the finance law.');
    const reuters = nodes('NAIROBI, June 7, 2023 (Reuters) - The Kenya High Court suspended the finance law.');
    const nation = nodes(
      'NAIROBI, June 8, 2023 (Nation) - The High Court of Kenya has suspended the finance law, and the Supreme ' +
        'Court of Kenya will hear the appeal.',
    );
    const kampala = nodes('KAMPALA, May 3, 2023 (Monitor) - The Ugandan High Court on Tuesday upheld the ban.');
    expect(afp.at('Kenyan High Court')).toEqual(reuters.at('Kenya High Court'));
    expect(nation.at('High Court of Kenya')).toEqual(reuters.at('Kenya High Court'));
    expect(nation.at('Supreme')).not.toEqual(nation.at('High Court of Kenya'));
    expect(kampala.at('Ugandan High Court')).not.toEqual(afp.at('Kenyan High Court'));
    const tbilisi = nodes(
      'TBILISI, Oct 27, 2024 (Civil.ge) - The Central Election Commission of Georgia said turnout was 59 percent.',
    );
    expect(tbilisi.at('Central Election Commission')).toEqual(['georgia-central-election-commission']);
  });
});

describe("a generic body after a state's possessive", () => {
  it("is that state's body, the same node as its demonym form; a company after the possessive keeps its name", () => {
    const ap = nodes("NAIROBI, June 7, 2023 (AP) - Kenya's High Court on Wednesday suspended the finance law.");
    const afp = nodes('NAIROBI, June 7, 2023 (AFP) - The Kenyan High Court on Wednesday suspended the finance law.');
    expect(ap.at('High Court')).toEqual(afp.at('Kenyan High Court'));
    const firm = nodes("NAIROBI, May 9, 2023 (AP) - Kenya's Safaricom said on Tuesday its profit fell.");
    expect(firm.at('Safaricom')).not.toContain('kenya-safaricom');
  });
});
