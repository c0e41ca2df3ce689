// Two states' bodies of one name across articles (s21): a generic name of a state's body ("the State Committee for
// National Security", "the Border Service") in a story of that state is the gazetteer's body of that state
// (ingest/gazetteer/index.ts stateBodyByName, graph/identity.ts), and an acronym two states use ("GKNB") is the
// story state's body, never the other state's (gazetteer/data/state-acronyms.json).
import { describe, expect, it } from 'vitest';

import { ownOutletState } from '../../ingest/actors/own-outlet.ts';
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

describe("a story's own outlet, when neither a dateline nor the page names one", () => {
  it("gives the story its home state, so a bare state body is that state's though the other is named more", () => {
    const story = storyWithin(
      'Two fishermen killed on lake, police say\n\nBy Egide Nkurunziza\n\nTwo fishermen were shot dead on Lake ' +
        'Rweru on Saturday, the National Police said. The police said a boat from the Rwandan side opened fire. ' +
        'The Rwandan side has not commented, and Rwanda has accused fishermen of entering its waters. ' +
        'A fisherman told Iwacu that families had stopped going out at night. Burundi has asked for an inquiry.',
    );
    expect(story('National Police said')).toEqual(['burundi-police']);
  });

  it('is one outlet with a home state cited as its own: an international agency or two outlets tell nothing', () => {
    expect(ownOutletState('A local resident told 24.kg that shots could be heard.')).toBe('kyrgyzstan');
    expect(ownOutletState('Kabar could not independently verify the figures.')).toBe('kyrgyzstan');
    expect(ownOutletState('As Khovar reported earlier, the talks stalled.')).toBe('tajikistan');
    expect(ownOutletState('A local resident told Reuters that shots could be heard.')).toBeNull();
    expect(ownOutletState('A resident told 24.kg, and an official told Khovar, that it was calm.')).toBeNull();
    expect(ownOutletState('Kabar and 24.kg are news agencies.')).toBeNull();
  });
});

describe('an acronym run into a name after a role', () => {
  it('is the body the person holds the role in, not the person', () => {
    const x = resolvedStory(
      'BISHKEK, July 12 (Reuters) - Kyrgyzstan said three guards died. "We only returned fire," head of the GKNB ' +
        'Kamchybek Tashiyev said at a briefing in Batken. The GKNB said the border was calm.',
    );
    const [person] = x.within('Kamchybek');
    expect(person).toBe('kamchybek-tashiev'); // the public figure's node (graph/data/public-figures.json)
    // The body; the person's office phrase ("head of the GKNB") holds its letters too, but no "GKNB Kamchybek" node.
    expect(x.within('GKNB Kamchybek').filter((id) => id !== person)).toEqual(['kyrgyzstan-intelligence']);
    const burundi = storyWithin(
      'BUJUMBURA, June 8 (AFP) - Burundi said two fishermen died. The spokesman for the PNB Pierre Nkurikiye said ' +
        'that Rwanda must explain the shooting.',
    );
    expect(burundi('Pierre Nkurikiye')).toEqual(['pierre-nkurikiye']);
    // The body; the spokesman's office phrase ("spokesman for the PNB") holds its letters too.
    expect(burundi('PNB').filter((id) => id !== 'pierre-nkurikiye')).toHaveLength(1);
  });
});

describe("a bare acronym two states' bodies share", () => {
  it("is not the story state's when the story names the other state's body of that name", () => {
    const story = storyWithin(
      "BISHKEK, March 3 (Reuters) - Kyrgyzstan accused Tajikistan's State Committee for National Security of " +
        'detaining two Kyrgyz citizens near the border, the Kyrgyz foreign ministry said on Friday. The GKNB said ' +
        'the men had crossed illegally. Kyrgyzstan demanded their release.',
    );
    expect(story('GKNB said')).not.toContain('kyrgyzstan-intelligence');
  });
});

describe("a body's alias of generic words alone", () => {
  const guards = (lead: string) =>
    storyWithin(
      `${lead}Three guards were killed on Tuesday when gunmen attacked a checkpoint, the State Border Guard Service ` +
        'said. Moldova and Romania were not affected.',
    )('State Border Guard Service said');

  it("is the gazetteer's body only where the story names or is about its state", () => {
    expect(guards('')).not.toContain('ukraine-border-service');
    expect(guards('')).toHaveLength(1);
    expect(guards('KYIV, March 3 (Reuters) - ')).toEqual(['ukraine-border-service']);
    expect(guards('VILNIUS, March 3 (Reuters) - ')).not.toContain('ukraine-border-service');
  });
});
