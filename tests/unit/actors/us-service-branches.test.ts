// The US Navy, Air Force and Marine Corps are services of their own, `united-states-<branch>` as other states'
// services key ("the Sri Lanka Navy" is sri-lanka-navy, "the Nigerian Air Force" nigeria-air-force), apart from the
// US military ("the U.S. military", "U.S. forces", "American troops"); the Pentagon is the US defense department,
// `united-states-defense-ministry`, the id other states' defence ministries take. The read sets' gold keys them
// apart (cross/26 "U.S. Navy", cross-s8b "Pentagon", unseen red-sea-shipping). Wire sentences of our own.
import { describe, expect, it } from 'vitest';

import { resolvedStory as nodes } from '../resolved-story.ts';

describe('a US armed service named apart from the US military', () => {
  it('keys the Navy, the Air Force and the Marine Corps each to its own node', () => {
    const story = nodes(
      'MANAMA, Bahrain (Reuters) - A U.S. Navy destroyer shot down three drones over the Red Sea on Sunday, the ' +
        'U.S. military said. The U.S. Air Force said two F-15 jets had joined the operation, and the U.S. Marine ' +
        'Corps said a unit aboard an amphibious ship stood ready.',
    );
    expect(story.at('U.S. Navy')).toEqual(['united-states-navy']);
    expect(story.within('U.S. military')).toEqual(['united-states-military']);
    expect(story.at('U.S. Air Force')).toEqual(['united-states-air-force']);
    expect(story.at('U.S. Marine')).toEqual(['united-states-marines']);
  });

  it('keeps "U.S. forces" and "American troops" the armed forces, and the Pentagon the defense department', () => {
    const story = nodes(
      'WASHINGTON (AP) - U.S. forces struck radar sites in Yemen on Thursday, the Pentagon said. American troops ' +
        'were not hurt, the Defense Department said in a statement, and the United States Navy said its ships were ' +
        'unharmed.',
    );
    expect(story.within('U.S. forces')).toEqual(['united-states-military']);
    expect(story.within('American troops')).toEqual(['united-states-military']);
    expect(story.at('Pentagon')).toEqual(['united-states-defense-ministry']);
    expect(story.at('Defense Department')).toEqual(['united-states-defense-ministry']);
    expect(story.at('United States Navy')).toEqual(['united-states-navy']);
  });

  it('keys the Navy of one story and the military of another to two nodes', () => {
    const navy = nodes(
      'NORFOLK, Va. (Reuters) - The U.S. Navy said on Monday it had relieved the captain of a destroyer.',
    );
    const military = nodes('BAGHDAD (Reuters) - The U.S. military said on Monday a rocket hit a base near Erbil.');
    expect(navy.at('U.S. Navy')).toEqual(['united-states-navy']);
    expect(military.within('U.S. military')).toEqual(['united-states-military']);
  });

  it("leaves another state's navy and air force as they were", () => {
    const story = nodes(
      'COLOMBO (Reuters) - The Sri Lanka Navy arrested 12 Indian fishermen off Delft island on Saturday. In ' +
        'Nigeria, the Nigerian Air Force said its jets struck a camp near Lake Chad.',
    );
    expect(story.at('Sri Lanka Navy')).toEqual(['sri-lanka-navy']);
    expect(story.at('Nigerian Air Force')).toEqual(['nigeria-air-force']);
  });
});
