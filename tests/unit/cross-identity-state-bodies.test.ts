// Two states' bodies of one name across articles (s21): a generic name of a state's body ("the State Committee for
// National Security", "the Border Service") in a story of that state is the gazetteer's body of that state
// (ingest/gazetteer/index.ts stateBodyByName, graph/identity.ts), and an acronym two states use ("GKNB") is the
// story state's body, never the other state's (gazetteer/data/state-acronyms.json).
import { describe, expect, it } from 'vitest';

import { stateBodyByName } from '../../ingest/gazetteer/index.ts';
import { resolvedStory } from './resolved-story.ts';

const storyWithin = (text: string) => resolvedStory(text).within;

describe("a state's body written by its generic name", () => {
  it("is the gazetteer's body of that state so named, and no other state's", () => {
    expect(stateBodyByName('kyrgyzstan', 'Border Service')).toBe('kyrgyzstan-border-service');
    expect(stateBodyByName('kyrgyzstan', 'State Committee for National Security')).toBe('kyrgyzstan-intelligence');
    expect(stateBodyByName('tajikistan', 'State Committee for National Security')).toBe('tajikistan-intelligence');
    expect(stateBodyByName('tajikistan', 'Border Service')).toBeUndefined();
    expect(stateBodyByName('kazakhstan', 'State Committee for National Security')).toBeUndefined();
  });

  it('meets the acronym of the same state and not the same acronym of its neighbour', () => {
    const spelled = storyWithin(
      'BISHKEK, March 3 (Reuters) - Kyrgyzstan detained four officials of the customs service on suspicion of ' +
        'smuggling, the State Committee for National Security said on Friday. Kyrgyzstan has tightened checks.',
    );
    const bishkek = storyWithin(
      'BISHKEK, March 4 (AFP) - Kyrgyzstan charged two of the detained customs officers, the GKNB said on ' +
        'Saturday. Kyrgyzstan has also replaced the head of the customs service.',
    );
    const dushanbe = storyWithin(
      'DUSHANBE, March 5 (Reuters) - Tajikistan detained a man accused of recruiting fighters, the GKNB said on ' +
        'Sunday. Tajikistan has jailed dozens on such charges.',
    );
    const [kg] = spelled('State Committee for National Security');
    expect(kg).toBe('kyrgyzstan-intelligence');
    expect(bishkek('GKNB said')).toEqual([kg]);
    expect(dushanbe('GKNB said')).toEqual(['tajikistan-intelligence']);
  });
});
