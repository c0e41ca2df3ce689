// "Foreign Office" is Britain's in the gazetteer, and the name Pakistan's press gives its own foreign ministry (s18):
// written only so, in a story about another state that never names Britain, it is that state's foreign ministry, one
// node with "Pakistan's Foreign Ministry" of another article; in a British story it stays Britain's.
import { describe, expect, it } from 'vitest';

import { resolvedStory } from './resolved-story.ts';

/** The node ids of the actors a written mention lies in, once the article is resolved to graph nodes. */
const storyWithin = (text: string) => resolvedStory(text).within;

describe('a bare "Foreign Office"', () => {
  it("is the story state's foreign ministry when the story never names Britain", () => {
    const tribune = storyWithin(
      'Taftan crossing shut after Iranian guards open fire\n\nStaff Reporter\n\n' +
        "The Foreign Office on Thursday summoned the Iranian charge d'affaires after border guards fired on " +
        'Pakistani traders near Taftan. Pakistan wants the incident investigated, the Foreign Office said, ' +
        'adding that Pakistan had conveyed its concern through diplomatic channels.',
    );
    const wire = storyWithin(
      "ISLAMABAD, June 3, 2019 (AP) - Pakistan's Foreign Ministry said on Thursday it had lodged a protest " +
        'with Iran over the shooting of traders at the Taftan border crossing.',
    );
    const [ministry] = wire('Foreign Ministry said');
    expect(ministry).toBe('pakistan-foreign-ministry');
    expect(tribune('Foreign Office on Thursday')).toEqual([ministry]);
  });

  it("stays Britain's in a story from London", () => {
    const london = storyWithin(
      'LONDON, June 3, 2019 (Reuters) - The Foreign Office said on Monday it was seeking urgent information ' +
        'about a British national detained in Tehran.',
    );
    expect(london('Foreign Office said')).toEqual(['uk-foreign-office']);
  });
});
