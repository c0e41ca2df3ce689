// A state's own bodies across articles, on wire stories of our own (other regions, outlets, years): "Ghana's army"
// names Ghana and its military apart; a bare "the army" is the military of the state the story is about; a
// national force's own name, local-language name or acronym (world knowledge: ingest/gazetteer/data/state-forces.json)
// keys as that state's body; a regional police is its own body, never the national one.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe("a state named in its own body's phrase", () => {
  it('is a mention of the state as well as of the body, for a name, not for a demonym', () => {
    const n = nodes(
      "ACCRA, June 3, 2019 (GNA) - Ghana's army said on Monday it had deployed 400 soldiers to the northern " +
        'border. The Ghanaian military later said the Ghana army would stay until the elections.',
    );
    expect(n.at("Ghana's army")).toEqual(['ghana', 'ghana-military']);
    expect(n.at('Ghana army')).toEqual(['ghana', 'ghana-military']);
    expect(n.at('Ghanaian military')).toEqual(['ghana-military']);
  });
});

describe("a state's forces written without their state", () => {
  it('is the forces named before, else those of the state the story is about; never a rebel army', () => {
    const named = nodes(
      "YANGON, March 2, 2022 (Reuters) - Myanmar's military said on Wednesday its troops had killed 20 fighters " +
        'of the Kachin Independence Army near the Chinese border. The army said the fighters had attacked a ' +
        'convoy. The rebel army denied the claim and accused the military of burning villages.',
    );
    expect(named.at('The army said')).toEqual(['myanmar-military']);
    expect(named.at('the military of')).toEqual(['myanmar-military']);
    expect(named.at('The rebel army')).toEqual([]);
    const dateline = nodes(
      'KAMPALA, Uganda (AP) - The army said Sunday it had repelled an attack on a barracks in the west of the ' +
        'country, where the federal army of neighbouring states has no presence. The army chief visited the site.',
    );
    expect(dateline.at('The army said')).toEqual(['uganda-military']);
    // No dateline: the only state the story names, wherever it names it.
    const undated = nodes(
      'Junta steps up air strikes\n\nThe military bombed two villages on Sunday, residents said. Air strikes ' +
        'have spread across Myanmar since the 2021 coup.',
    );
    expect(undated.at('The military')).toEqual(['myanmar-military']);
    expect(dateline.at('The army chief')).not.toContain('uganda-military');
  });
});

describe("a national force's own names", () => {
  it('keys its official name, local-language name and acronym as the state body, kept apart from the state', () => {
    const a = nodes(
      'BAMAKO, Mali (AP) - The Forces Armées Maliennes (FAMa) said Tuesday they had repelled an attack near Gao.',
    );
    const b = nodes(
      'NIAMEY, April 9, 2023 (Reuters) - Malian Armed Forces killed 12 militants in central Mali, the army said, ' +
        "and the Uganda People's Defence Force (UPDF) said it had sent a team to the Congolese border with the FARDC.",
    );
    expect(a.at('Forces Armées Maliennes')).toEqual(['mali-military']);
    expect(a.at('FAMa')).toEqual(['mali-military']);
    expect(b.at('Malian Armed Forces')).toEqual(['mali-military']);
    expect(b.at("Uganda People's Defence Force")).toEqual(['uganda-military']);
    expect(b.at('UPDF')).toEqual(['uganda-military']);
    expect(b.at('FARDC')).toEqual(['democratic-republic-of-the-congo-military']);
    expect(b.at('central Mali')).not.toContain('mali-military');
  });

  it("reads a force's generic name as the story state's, and an umbrella of forces as its own body", () => {
    const quito = nodes(
      'QUITO, Ecuador (EFE) - The National Police said on Sunday that troops of the Armed Forces had detained ' +
        'five men in Esmeraldas.',
    );
    expect(quito.at('National Police')).toEqual(['ecuador-police']);
    expect(quito.at('Armed Forces')).toEqual(['ecuador-military']);
    const ouaga = nodes(
      'OUAGADOUGOU, Burkina Faso (AFP) - The Defence and Security Forces repelled an attack on Djibo, the army ' +
        'said on Friday.',
    );
    expect(ouaga.at('Defence and Security Forces')).toEqual(['burkina-faso-security-forces']);
    expect(ouaga.at('the army')).toEqual(['burkina-faso-military']);
  });

  it("never reads the article's own agency as a force's acronym", () => {
    const manila = nodes(
      'MANILA, Philippines (AFP) - Philippine soldiers killed two rebels on Samar, the military said. A regional ' +
        'army spokesman told AFP the clash lasted an hour.',
    );
    expect(manila.at('AFP', 1)).toEqual(['afp']);
    expect(manila.at('the military')).toEqual(['philippines-military']);
    const davao = nodes(
      'DAVAO CITY (Inquirer) - The Armed Forces of the Philippines said on Friday that AFP troops had cleared ' +
        'the village.',
    );
    expect(davao.at('AFP')).toEqual(['philippines-military']);
  });
});

describe('police without a name', () => {
  it("is the state's police where it has one national force, a regional police the story named, else no one", () => {
    const lima = nodes('LIMA, Peru (Reuters) - Police said on Monday they had arrested three men in Callao.');
    expect(lima.at('Police said')).toEqual(['peru-police']);
    const lagos = nodes(
      'ABUJA (Reuters) - Two men were shot dead in Kubwa on Sunday, police said, and riot police fired tear gas. ' +
        'A police officer was wounded.',
    );
    expect(lagos.at('police said')).toEqual(['nigeria-police']);
    expect(lagos.at('riot police')).not.toContain('nigeria-police');
    expect(lagos.at('police officer')).not.toContain('nigeria-police');
    const patna = nodes(
      'PATNA, India (PTI) - The Bihar Police arrested four men on Monday. Police said the men had been armed.',
    );
    expect(patna.at('Police said')).toEqual(['bihar-police']);
    const delhi = nodes('NEW DELHI (PTI) - Police said on Monday two men had been arrested.');
    expect(delhi.ids()).not.toContain('india-police');
    const sydney = nodes('SYDNEY (Reuters) - Police said on Monday two men had been arrested.');
    expect(sydney.ids()).not.toContain('australia-police');
  });
});

describe("a force's generic name among two states' forces", () => {
  it('is the one named with its words, else the latest named; a rebel "Defence Forces" stays its own', () => {
    const n = nodes(
      'TASHKENT (AKIpress) - The Border Troops of Tajikistan said Kyrgyz border guards had opened fire at a ' +
        'checkpoint. The Border Troops said two servicemen were wounded. The Ambazonia Defence Forces, a ' +
        'separatist group in Cameroon, were not involved.',
    );
    expect(n.at('The Border Troops said')).toEqual(['tajikistan-border-service']);
    expect(n.at('Kyrgyz border guards')).toEqual(['kyrgyzstan-border-service']);
    expect(n.at('Ambazonia Defence Forces')).toEqual(['ambazonia-defence-forces']);
  });
});

describe("a force noun in a person's title", () => {
  it("is the story state's force, the node a named force of that state gets in another article", () => {
    const title = nodes(
      'COTABATO CITY, Philippines, Oct 2, 2017 (MindaNews) - Gunmen ambushed a supply truck near Datu Piang on ' +
        'Monday, killing two soldiers, army spokesman Captain Arvin Encinas said. Police spokeswoman Maria Lopez ' +
        'said a provincial police commander had asked for reinforcements, and police officers guarded the road. ' +
        'An army camp nearby was put on alert.',
    );
    const named = nodes(
      'MANILA (Reuters) - The Armed Forces of the Philippines said on Tuesday it had sent two battalions to ' +
        'Maguindanao after the ambush.',
    );
    // The Philippines names its army apart from the AFP (state-forces.json): an army spokesman speaks for the
    // Philippine Army, a node of its own (twenty-third session; it was the AFP before).
    expect(title.at('army spokesman')).toEqual(['philippines-army']);
    expect(named.at('Armed Forces of the Philippines')).toEqual(['philippines-military']);
    expect(title.at('Police spokeswoman')).toEqual(['philippines-police']);
    expect(title.at('police commander')).toEqual([]);
    expect(title.at('police officers')).toEqual([]);
    expect(title.at('army camp')).toEqual([]);
  });

  it('names no force of a state with no national police, and none for a regional title', () => {
    const n = nodes(
      'DENVER (AP) - Police spokesman Mark Ortiz said two people were hurt. Kabul police chief Ahmad Zia ' +
        'spoke separately.',
    );
    expect(n.at('Police spokesman')).toEqual([]);
    expect(n.at('police chief')).toEqual([]);
  });
});

describe('the story state beside a neighbour', () => {
  it("is the state whose forces the story names, not a neighbour it names once or as a frontier's far side", () => {
    const n = nodes(
      'Smugglers kill two in Chiengi raid\n\nGunmen killed two officers of the Zambia Police Service near Chiengi ' +
        'on Sunday, and the army said the attackers had come from Congo. The district, which borders Tanzania, ' +
        'has seen raids since 2019.',
    );
    expect(n.at('the army said')).toEqual(['zambia-military']);
    expect(n.ids()).not.toContain('democratic-republic-of-the-congo-military');
  });
});
