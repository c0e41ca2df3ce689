// State acronyms across articles (s18), on wire stories of our own: an acronym several states use for a body of
// their own ("ISPR", "CENI", "TSE"), written alone in one article and spelled out in another, is one node within a
// state and two nodes across states (gazetteer/data/state-acronyms.json, ingest/actors/state-acronyms.ts); a
// gazetteer body's generic name after another state's ("Niger's Independent National Electoral Commission", a name
// Nigeria's body has too) is that state's body (ingest/actors/gazetteer.ts).
import { describe, expect, it } from 'vitest';

import { acronymReading } from '../../ingest/actors/state-acronyms.ts';
import data from '../../ingest/gazetteer/data/state-acronyms.json' with { type: 'json' };
import { stateEntry } from '../../ingest/gazetteer/index.ts';
import { resolvedStory } from './resolved-story.ts';

/** The node ids of the actors a written mention lies in, once the article is resolved to graph nodes. */
const storyWithin = (text: string) => resolvedStory(text).within;

describe('an acronym of a state body written alone', () => {
  it('is the spelled-out body of the story state', () => {
    const spelled = storyWithin(
      "CHISINAU, Nov 4, 2024 (Reuters) - Moldova's Central Election Commission said on Monday that turnout in the " +
        'presidential runoff had passed 54 percent. Moldova has seen two close votes in as many weeks.',
    );
    const bare = storyWithin(
      'CHISINAU, Nov 5, 2024 (AFP) - Moldova opposition leaders said they would contest the result after the CEC ' +
        'said the incumbent had won 55 percent. The CEC said no polling station had been closed early. Moldova ' +
        'police reported calm.',
    );
    const [cec] = spelled('Central Election Commission');
    expect(cec).toBe('moldova-central-election-commission');
    expect(bare('CEC said no polling')).toEqual([cec]);
  });

  it("is the story state's body when a gazetteer body of another state bears the same generic name", () => {
    // Nigeria's electoral commission is in the gazetteer as "Independent National Electoral Commission".
    const spelled = storyWithin(
      "NIAMEY, Jan 2, 2021 (AFP) - Niger's Independent National Electoral Commission said on Saturday that a " +
        'runoff would be held in February. The Independent National Electoral Commission put turnout at 69 percent.',
    );
    const bare = storyWithin(
      'NIAMEY, Feb 23, 2021 (Reuters) - Niger ruling party candidate Mohamed Bazoum won the runoff, CENI said on ' +
        'Tuesday. Niger opposition leaders rejected the result.',
    );
    const nigeria = storyWithin(
      'ABUJA, Feb 25, 2023 (Reuters) - Nigeria votes on Saturday. The Independent National Electoral Commission ' +
        'said 93 million voters had registered in Nigeria.',
    );
    const [ceni] = spelled('Independent National Electoral Commission said');
    expect(ceni).toBe('niger-independent-national-electoral-commission');
    expect(spelled('Independent National Electoral Commission put')).toEqual([ceni]);
    expect(bare('CENI said')).toEqual([ceni]);
    expect(nigeria('Independent National Electoral Commission')).toEqual([
      'nigeria-independent-national-electoral-commission',
    ]);
  });

  it('joins the spelled-out name in a story whose state every reading agrees on', () => {
    const spelled = storyWithin(
      'ISLAMABAD, May 4, 2021 (Reuters) - Four soldiers were killed when militants attacked a post in North ' +
        "Waziristan, the military's media wing, the Inter-Services Public Relations (ISPR), said on Tuesday.",
    );
    const bare = storyWithin(
      'PESHAWAR, May 4, 2021 (APP) - Security forces killed two militants in an exchange of fire in North ' +
        'Waziristan, the ISPR said in a statement on Tuesday night.',
    );
    const [ispr] = spelled('Inter-Services Public Relations');
    expect(ispr).toBeDefined();
    expect(bare('ISPR said')).toEqual([ispr]);
  });

  it('is a different body in each state, and left as written in a state that does not use it', () => {
    expect(acronymReading('TSE', 'brazil')).toBe('Superior Electoral Court');
    expect(acronymReading('TSE', 'guatemala')).toBe('Supreme Electoral Tribunal');
    expect(acronymReading('TSE', 'kenya')).toBeUndefined();
    expect(acronymReading('TSE', null)).toBeUndefined();
    const guatemala = storyWithin(
      "GUATEMALA CITY, Aug 21, 2023 (EFE) - Guatemala's TSE certified the results of the runoff on Monday, and " +
        "the TSE said observers had found no fraud. Guatemala's president congratulated the winner.",
    );
    const bolivia = storyWithin(
      'LA PAZ, Oct 20, 2019 (AP) - The TSE said on Sunday night it had stopped publishing the quick count. The ' +
        "TSE gave no reason, and Bolivia's opposition called for protests in Bolivia's main cities.",
    );
    const [gt] = guatemala('TSE said');
    expect(gt).toBe('guatemala-supreme-electoral-tribunal');
    expect(bolivia('TSE said')).toEqual(['bolivia-supreme-electoral-tribunal']);
  });

  it('lists known states, one reading per state', () => {
    for (const a of data.acronyms) {
      const states = a.readings.flatMap((r) => r.states);
      expect(states.filter((s) => !stateEntry(s))).toEqual([]);
      expect(new Set(states).size).toBe(states.length);
    }
  });
});
