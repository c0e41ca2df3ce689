// A state's own bodies across articles, on wire stories of our own (other regions, outlets, years): "Ghana's army"
// names Ghana and its military apart; a bare "the army" is the military of the state the story is about; a
// national force's own name, local-language name or acronym (world knowledge: ingest/gazetteer/data/state-forces.json)
// keys as that state's body; a regional police is its own body, never the national one.
import { describe, expect, it } from 'vitest';

import { GAZETTEER_IDS } from '../../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';

/** The node ids of the actors whose mentions cover the first occurrence of a written form. */
function nodes(text: string) {
  const x = resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS);
  const at = (surface: string, nth = 0) => {
    let from = -1;
    for (let i = 0; i <= nth; i++) from = text.indexOf(surface, from + 1);
    expect(from).toBeGreaterThanOrEqual(0);
    return x.actors
      .filter((a) => a.mentions.some(([s, e]) => s <= from && from < e))
      .map((a) => a.id)
      .sort();
  };
  return { at, ids: () => x.actors.map((a) => a.id) };
}

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

describe('a state\'s forces written without their state', () => {
  it('is the forces named before, else those of the state the story is about; never a rebel army', () => {
    const named = nodes(
      'YANGON, March 2, 2022 (Reuters) - Myanmar\'s military said on Wednesday its troops had killed 20 fighters ' +
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
    expect(dateline.at('The army chief')).not.toContain('uganda-military');
  });
});
