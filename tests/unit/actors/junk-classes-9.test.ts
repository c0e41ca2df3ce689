// Junk actor classes of issue #10, eleventh round (hand-labelled PolNeAR draws, seeds 51515 and 61616), grouped by
// the mechanism that let them through, on short wire-style articles of other regions and years: the slot a state's
// name stands in (after a preposition of place, as one item of a list whose first item is a place, qualifying a
// thing), the form of a capitalized run (a locality's head, a region after a comma, a clause with a verb or a
// gerund), a chamber's rooms, and counts and hearsay as speakers.
import { describe, expect, it } from 'vitest';

import { extract } from '../../../ingest/extract.ts';
import { names } from './helpers.ts';

const run = (text: string) => extract({ source: 't.txt', text });
const actorNames = (text: string) => run(text).actors.map((a) => a.name);

describe('junk actor classes, eleventh round: a state in a slot of place (issue #10)', () => {
  it('names no state after "near", "via", "through", "about" or a clause-less "after"', () => {
    const found = names(
      'NAIROBI (Reuters) - The convoy was stopped near Somalia on Monday. Fuel arrives via Tanzania, and the ' +
        'migrants came to Europe through Libya. He says he cares deeply about Uganda.\n',
    );
    for (const state of ['Somalia', 'Tanzania', 'Libya', 'Uganda']) expect(found).not.toContain(`state:${state}`);
  });

  it('keeps a state a flow passes through: "the transit of gas through Ukraine"', () => {
    const found = names(
      'CHISINAU (Reuters) - The transit of Russian gas through Ukraine stopped on January 1, officials said.\n',
    );
    expect(found).toContain('state:Ukraine');
  });

  it('keeps a state that opens a clause after "after", and one named with "with" or "against"', () => {
    const found = names(
      'ADDIS ABABA (AP) - Prices rose after Ethiopia devalued its currency. Talks with Eritrea resumed, and ' +
        'sanctions against Sudan were lifted.\n',
    );
    for (const state of ['Ethiopia', 'Eritrea', 'Sudan']) expect(found).toContain(`state:${state}`);
  });

  it('names no capital passed by or as a scene: "after Nairobi, after Kampala"', () => {
    const found = names(
      'LONDON (Reuters) - After Nairobi, after Kampala, after Mogadishu, the region braced for more attacks, ' +
        'analysts said.\n',
    );
    for (const state of ['Kenya', 'Uganda', 'Somalia']) expect(found).not.toContain(`state:${state}`);
  });

  it('gives every item of a list the slot of its first: "trying to get to Chile or Peru"', () => {
    const found = names(
      'LIMA (AP) - Many of the migrants said they were going to Chile or Peru. Hackers operating from Brazil, ' +
        'Argentina and Uruguay were blamed.\n',
    );
    expect(found).not.toContain('state:Chile');
    expect(found).not.toContain('state:Peru');
  });

  it('reads "when it comes to Chile and Peru" as a topic, not a journey', () => {
    const found = names(
      'SANTIAGO (AP) - The minister said he was neutral when it comes to Bolivia and Peru, and Peru welcomed ' +
        'the remark.\n',
    );
    expect(found).toContain('state:Peru');
  });
});

describe('junk actor classes, eleventh round: a state qualifying a thing (issue #10)', () => {
  it('names no state for "a former Korea prisoner of war" or "the Iran nuclear deal" alone', () => {
    const found = names(
      'SYDNEY (AP) - The veteran, a former Korea prisoner of war, spoke at a rally against the Iran nuclear ' +
        'deal on Sunday.\n',
    );
    expect(found).not.toContain('state:South Korea');
    expect(found).not.toContain('state:North Korea');
    expect(found).not.toContain('state:Iran');
  });

  it('keeps the state of its officials, its acts and its offices', () => {
    const found = names(
      'CANBERRA (Reuters) - The Japan delegation met on Monday. Indonesia sanctions were extended, and a former ' +
        'U.S. senator praised the Malaysia offer.\n',
    );
    for (const state of ['Japan', 'Indonesia', 'United States', 'Malaysia']) expect(found).toContain(`state:${state}`);
  });
});

describe('junk actor classes, eleventh round: a place by the form of its name (issue #10)', () => {
  it('names no body or person for "Times Square", "Uhuru Park" or "Kibera Village"', () => {
    const found = names(
      'NAIROBI (AP) - Protesters marched from Uhuru Park to Kibera Village on Friday, and a vigil was held in ' +
        "New York's Times Square, organisers said.\n",
    );
    expect(found.some((n) => /Uhuru Park|Kibera Village|Times Square/.test(n))).toBe(false);
  });

  it('names no body for a reader\'s town signed with its state ("Mission Viejo, Calif.")', () => {
    const found = names(
      'The plan will fail. Mary Okafor. Mission Viejo, Calif. The council should think again, another reader ' +
        'wrote.\n',
    );
    expect(found.some((n) => /Mission Viejo/.test(n))).toBe(false);
  });

  it('keeps a firm whose cue word ends its name, and the New York Times', () => {
    const found = names(
      'HOUSTON (Reuters) - Apex Holdings, Texas, and the New York Times both declined to comment on Monday.\n',
    );
    expect(found.some((n) => /Apex Holdings/.test(n))).toBe(true);
    expect(found.some((n) => /New York Times/.test(n))).toBe(true);
  });
});

describe('junk actor classes, eleventh round: a clause in capitals read as a name (issue #10)', () => {
  it('names no person for a headline clause with a verb, a gerund or a past tense', () => {
    const found = names(
      'Ruto Budget Angers Farmers, critics say. Bashing Odinga may help him. Correction Appended. The report ' +
        'came on Monday.\n',
    );
    expect(found.some((n) => /Angers|Bashing|Appended/.test(n))).toBe(false);
  });

  it('names no second person for a known person and a verb ("If William Ruto Wins")', () => {
    const found = names(
      'NAIROBI (AP) - William Ruto spoke on Monday. A website called "Leave Kenya If William Ruto Wins" ' +
        'drew thousands of visitors.\n',
    );
    expect(found).toContain('person:William Ruto');
    expect(found).not.toContain('person:William Ruto Wins');
  });

  it('keeps a surname that is a verb last ("Russell Means") and a plural before a participle', () => {
    const found = names(
      'DENVER (AP) - Russell Means, the activist, spoke on Monday. Nurses United said it backed the strike.\n',
    );
    expect(found).toContain('person:Russell Means');
    expect(found.some((n) => /Nurses United/.test(n))).toBe(true);
  });

  it("names no person for \"I'm O.K.\" or a character of a quoted title (\"''Paddington Bear's Diary''\")", () => {
    const found = names(
      "LONDON (Reuters) - ''I'm O.K. with the talks,'' the minister said. The novel is a comedy in the style of " +
        "''Paddington Bear's Diary.''\n",
    );
    expect(found.some((n) => /O\.K\.|Paddington/.test(n))).toBe(false);
  });
});

describe('junk actor classes, eleventh round: a surname that is a state, a seat sought (issue #10)', () => {
  it('reads "Michael B. Jordan" as one person, not "Michael B." and Jordan', () => {
    const found = names(
      'LOS ANGELES (AP) - The studio cast Michael B. Jordan as the lead, and Vernon E. Jordan spoke.\n',
    );
    expect(found).toContain('person:Michael B. Jordan');
    expect(found).not.toContain('state:Jordan');
  });

  it('names no state for the candidates "seeking the Elysee"', () => {
    expect(names('PARIS (Reuters) - Eleven candidates seeking the Elysee debated on Tuesday.\n')).not.toContain(
      'state:France',
    );
  });
});

describe('junk actor classes, eleventh round: rooms of a legislature, counts and hearsay (issue #10)', () => {
  it('names no chamber spoken "from the Senate floor"; keeps one that votes', () => {
    expect(
      names('MANILA (AP) - The senator attacked the plan from the Senate floor on Tuesday, aides said.\n').some((n) =>
        /Senate/.test(n),
      ),
    ).toBe(false);
    expect(
      names('CANBERRA (AP) - The Senate voted on Tuesday to pass the bill, and its president spoke.\n').some((n) =>
        /Senate/.test(n),
      ),
    ).toBe(true);
  });

  it('makes no speaker of "early returns", "press reports" or "another 19 percent"', () => {
    const found = actorNames(
      'LAGOS (Reuters) - The governor was ahead, according to early returns. He visited a club, according to ' +
        'press reports. In the poll, 40 percent backed him. Another 19 percent said they would not vote.\n',
    );
    expect(found.some((n) => /returns|reports|percent/.test(n))).toBe(false);
  });
});
