// "The UN peacekeeping mission" with no mission named, on wire copy of our own: the mission the body runs in the host
// state in the article's year (ingest/gazetteer/data/missions.json), else a mission of this article alone; never
// the United Nations itself, which a story about the mission and one about the UN would otherwise meet through.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe('a body’s standing mission named by its host state', () => {
  it('the UN peacekeeping mission in a Congo story of 2024 is MONUSCO, the UN beside it the UN', () => {
    const n = nodes(
      'GOMA, Congo, March 3, 2024 (Reuters) - Rebels shelled a camp for displaced people near Sake on Sunday, ' +
        'killing at least nine people, the U.N. peacekeeping mission said. The United Nations Security Council ' +
        'is due to discuss the fighting on Monday, and the United Nations has appealed for $2.6 billion in aid.',
    );
    expect(n.at('U.N. peacekeeping mission')).toContain('monusco');
    expect(n.at('peacekeeping mission')).toEqual(['monusco']);
    expect(n.at('United Nations has')).toEqual(['united-nations']);
  });

  it('the year picks the mission: in 2008 the Congo mission was MONUC', () => {
    const n = nodes(
      'BUNIA, Congo, Feb 5, 2008 (Reuters) - Militiamen killed 14 villagers in Ituri province, the U.N. ' +
        'peacekeeping mission in Congo said on Tuesday.',
    );
    expect(n.at('peacekeeping mission')).toEqual(['monuc']);
  });

  it('a mission gone by the article’s year is no known mission, and never the UN', () => {
    const n = nodes(
      'BAMAKO, Jan 20, 2025 (Reuters) - Mali’s junta said on Monday that the UN peacekeeping mission had left ' +
        'behind bases that were now held by the army. The United Nations did not comment.',
    );
    const [mission] = n.at('peacekeeping mission');
    expect(mission).toBeDefined();
    expect(mission).not.toBe('minusma');
    expect(mission).not.toBe('united-nations');
    expect(n.at('United Nations did')).toEqual(['united-nations']);
  });

  it('a state with a political mission only has no peacekeeping one', () => {
    const n = nodes(
      'KABUL, June 2, 2021 (Reuters) - The U.N. political mission in Afghanistan said on Wednesday that ' +
        'civilian casualties had risen by a third.',
    );
    expect(n.at('political mission')).toEqual(['unama']);
    const pk = nodes(
      'KABUL, June 2, 2021 (Reuters) - Officials said the U.N. peacekeeping mission was not consulted on the ' +
        'withdrawal.',
    );
    expect(pk.at('peacekeeping mission')).not.toContain('unama');
    expect(pk.at('peacekeeping mission')).not.toContain('united-nations');
  });

  it('a mission placed in another state than the dateline’s takes that state', () => {
    const n = nodes(
      'NAIROBI, Kenya, Aug 9, 2016 (Reuters) - Kenya withdrew its commander from the U.N. mission in South ' +
        'Sudan on Tuesday after a report criticised the peacekeepers.',
    );
    expect(n.at('U.N. mission')).toEqual(['unmiss']);
  });

  it('the AU mission in a Somali story takes the year’s: AMISOM in 2015, AUSSOM in 2025', () => {
    const old = nodes(
      'MOGADISHU, June 26, 2015 (Reuters) - Al Shabaab fighters overran a base of the African Union ' +
        'peacekeeping mission at Leego, killing dozens of Burundian soldiers.',
    );
    expect(old.at('peacekeeping mission')).toEqual(['amisom']);
    const late = nodes(
      'MOGADISHU, March 12, 2025 (Reuters) - Kenyan troops serving with the African Union peacekeeping mission ' +
        'repelled an attack near Bardhere.',
    );
    expect(late.at('peacekeeping mission')).toEqual(['aussom']);
  });

  it('a visiting UN team is no standing mission', () => {
    const n = nodes(
      'JUBA, May 4, 2022 (Reuters) - A U.N. human rights mission visited Leer county on Wednesday, and the ' +
        'United Nations said it would publish its findings.',
    );
    expect(n.ids()).not.toContain('unmiss');
  });
});

describe('a name two states share in a dateline', () => {
  it('"GOMA, Congo" is the DRC, and so is the story’s bare "Congo"', () => {
    const n = nodes(
      'GOMA, Congo, Feb 7, 2024 (Reuters) - Rebels fired rockets into Sake on Wednesday, killing two civilians, ' +
        'a day after Congo’s army shelled their positions near Kibumba.',
    );
    expect(n.at('Congo’s army')).toContain('democratic-republic-of-the-congo');
    expect(n.ids()).not.toContain('republic-of-the-congo');
  });

  it('"BRAZZAVILLE, Congo" stays the Republic', () => {
    const n = nodes(
      'BRAZZAVILLE, Congo, March 21, 2021 (Reuters) - Congo’s opposition leader died of COVID-19 on Sunday, ' +
        'his campaign director said.',
    );
    expect(n.at('Congo’s opposition')).toContain('republic-of-the-congo');
  });
});
