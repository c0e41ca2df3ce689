// Session 21: "Armenia's Defence Ministry" (Reuters) and "the Defence Ministry of Armenia" (a local agency) were two
// nodes: the first took the ministry's id from the extractor ("armenia-defense-ministry"), the second its generic
// name's key under the state named after "of" ("armenia-defence-ministry"). A state's ministry now takes the
// extractor's suffix however it is written. Wire sentences of our own; two states' ministries in one story stay two.
import { describe, expect, it } from 'vitest';

import { resolvedStory as nodes } from './resolved-story.ts';

describe("a state's ministry written with 'of <State>'", () => {
  it('meets the possessive and demonym forms of other outlets, in either spelling', () => {
    const reuters = nodes(
      "BAKU, Jan 12 (Reuters) - Azerbaijan's Defence Ministry said on Thursday that Armenian forces had fired on its " +
        'positions in the Kalbajar district overnight. There was no immediate comment from Yerevan.',
    );
    const ap = nodes(
      'BAKU, Azerbaijan (AP) - The Azerbaijani Defense Ministry said Thursday that Armenian forces fired on its ' +
        'positions in the Kalbajar district.',
    );
    const agency = nodes(
      'Baku, January 12. The Defense Ministry of Azerbaijan said that units of the Armenian armed forces subjected ' +
        'the positions of the Azerbaijani Army in the Kalbajar district to fire. The Ministry of Defence of Armenia ' +
        'rejected the report.',
    );
    // A possessive is a mention of its state too ("Azerbaijan's"): the ministry is the other node there.
    const ministry = 'azerbaijan-defense-ministry';
    expect(reuters.at("Azerbaijan's Defence Ministry")).toContain(ministry);
    expect(ap.at('Azerbaijani Defense Ministry')).toContain(ministry);
    expect(agency.at('Defense Ministry of Azerbaijan')).toContain(ministry);
    expect(agency.at('Ministry of Defence of Armenia')).toContain('armenia-defense-ministry');
    expect(agency.at('Ministry of Defence of Armenia')).not.toContain(ministry);
  });
});
