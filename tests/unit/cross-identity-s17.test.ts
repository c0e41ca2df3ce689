// Actor identity classes the s16a / s16b post-mortem showed (wrong merges on batches nobody had read), on wire stories
// of our own (other regions, outlets, years): a faction named for its leader is neither the leader nor the movement,
// and is one node across articles; a unit a body's possessive names ("the military's media wing") is not the body;
// "the minister" of a lead sentence is never a person the article titles otherwise; an armed wing the gazetteer knows
// apart from its movement stays apart.
import { describe, expect, it } from 'vitest';

import { resolvedStory as nodes } from './resolved-story.ts';
import { extract } from '../../ingest/extract.ts';

describe('a faction named for its leader', () => {
  const nyala = nodes(
    'NYALA, Sudan, Oct 9, 2016 (Reuters) - Fighters of the Minni Minawi faction of the Sudan Liberation Movement ' +
      'clashed with government troops near Shangil Tobaya on Saturday, the army said. Minni Minawi, who lives in ' +
      'exile, said his men had been attacked first. Unlike the faction led by Abdel Wahid Mohamed Nur, Minawi has ' +
      'signed a ceasefire.',
  );
  const khartoum = nodes(
    'KHARTOUM, Oct 10, 2016 (AFP) - Sudan accused rebel leader Minni Minawi on Monday of breaking the truce. A ' +
      "spokesman for Minawi's faction, Mohamed Hassan, told AFP the fighters had only defended their positions.",
  );

  it('is a group of its own beside the leader, one node across articles however it is written', () => {
    // The leader's name inside the faction's is a mention of the leader too.
    const faction = nyala.at('Minni Minawi faction').filter((id) => id !== 'minni-minawi');
    expect(faction).toHaveLength(1);
    expect(nyala.at('Minni Minawi faction')).toContain('minni-minawi');
    // "... faction of the Sudan Liberation Movement": the faction belongs to the movement, and is not it.
    const movement = nyala.at('Sudan Liberation Movement');
    expect(movement).toHaveLength(1);
    expect(nyala.actors.find((a) => a.id === faction[0])?.affiliation).toBe(movement[0]);
    expect(nyala.at('Minni Minawi, who')).toEqual(['minni-minawi']);
    expect(khartoum.at("Minawi's faction")).toEqual(['minni-minawi', ...faction]);
    expect(khartoum.at('Minni Minawi on')).toEqual(['minni-minawi']);
    expect(nyala.at('faction led by Abdel Wahid')[0]).toMatch(/faction$/);
    expect(nyala.at('Abdel Wahid Mohamed Nur')).not.toContain(nyala.at('faction led by')[0]);
  });
});

describe("a unit named by a body's possessive", () => {
  it('speaks for itself, not as the body', () => {
    const pindi = nodes(
      "RAWALPINDI, Pakistan, May 3, 2021 (Reuters) - The military's media wing said four soldiers were killed in " +
        'North Waziristan on Sunday. The army said it would hunt down the attackers.',
    );
    const army = pindi.at('The army said');
    expect(army).toEqual(['pakistan-military']);
    // "The military" is the army; the whole phrase is the wing.
    const wing = pindi.at("The military's media wing").filter((id) => id !== army[0]);
    expect(wing).toHaveLength(1);
    expect(pindi.actors.find((a) => a.id === wing[0])?.affiliation).toBe(army[0]);
  });
});

describe('"the minister" of a lead sentence', () => {
  it('is the minister named after, never a person the article titles otherwise', () => {
    const text =
      'LILONGWE, May 2, 2019 (AFP) - A coalition of tobacco growers has accused the agriculture ministry of selling ' +
      'export quotas, a charge the minister rejected on Thursday.\n\n"Quotas are being sold," the coalition\'s ' +
      'chairman Peter Banda told AFP on Thursday.\n\nAgriculture Minister Joseph Mwanamvekha told AFP that "no quota ' +
      'has been sold".';
    const x = extract({ source: 'wire.txt', text });
    const denial = x.claims.find((c) => c.stance === 'denies');
    expect(denial?.speaker).toBe('joseph-mwanamvekha');
  });
});

describe('an armed wing the gazetteer knows apart from its movement', () => {
  it('stays apart', () => {
    const juba = nodes(
      'JUBA, March 5, 2025 (Reuters) - The SPLA-IO attacked army positions in Nasir, the military said. The SPLM-IO ' +
        'said it had not ordered any attack.',
    );
    expect(juba.at('SPLA-IO')).toEqual(['spla-io']);
    expect(juba.at('SPLM-IO')).toEqual(['splm-io']);
  });
});
