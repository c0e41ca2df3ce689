// Session 34's state bodies beside the region governments (region-government-s34.test.ts): a regional police force
// keeps its whole name, a territory's police is what a bare "police" there means, a party-led government is the
// story state's, a national body's branch written with a possessive or as "the regional department" in a story about
// one region is that branch, and a story naming no state but a region of one is that state's. Stories of our own.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe('a regional police force named with a compass word', () => {
  it('keeps the word: "South Wales Police", "West Midlands Police", never "Wales Police"', () => {
    const n = nodes(
      'CARDIFF — Two men were arrested after a fire at a warehouse in Splott, South Wales Police said on ' +
        'Tuesday. Officers from West Midlands Police helped with the search.',
    );
    expect(n.at('South Wales Police')).toEqual(['south-wales-police']);
    expect(n.at('West Midlands Police')).toEqual(['west-midlands-police']);
  });
});

describe("a territory's police", () => {
  it('is what "the police" means in a Montserrat story, one node with its name', () => {
    const a = nodes(
      'PLYMOUTH, Montserrat, Jun 2 (CMC) - A man was hurt at Belham Valley after the police left the road ' +
        'open, residents of Montserrat said.',
    );
    const b = nodes('BRADES, Montserrat - The Royal Montserrat Police Service said the road would stay closed.');
    expect(a.at('the police')).toEqual(['montserrat-police']);
    expect(b.at('Royal Montserrat Police Service')).toEqual(['montserrat-police']);
  });
});

describe('a party-led government', () => {
  it("is the story state's; not in a sentence naming another state", () => {
    const n = nodes(
      'HAMILTON, Bermuda (Royal Gazette) - The Bermuda Fire and Rescue Service put out a fire at the dock. The ' +
        'Leader of the Opposition said the Progressive Labour Party government had ignored warnings. In Jamaica, the ' +
        'People’s National Party government faced the same questions last year.',
    );
    expect(n.at('government had ignored')).toContain('bermuda');
    expect(n.at('government faced')).not.toContain('bermuda');
  });
});

describe("a national body's branch in a story about one region", () => {
  it("is the branch when written with a possessive, and 'the regional department' of the region told", () => {
    const a = nodes(
      'ULAN-UDE, Aug 3 (Interfax) - A forest fire reached a village in Buryatia, the regional department of the ' +
        "Emergencies Ministry said. The Investigative Committee's department for Buryatia opened a case. Buryatia " +
        'has had a dry summer.',
    );
    const b = nodes(
      'ULAN-UDE, Aug 3 (TASS) - The Buryatia department of the Emergencies Ministry said 300 firefighters were ' +
        'at work. The Buryatia department of the Investigative Committee of Russia opened a criminal case.',
    );
    const [mchs] = a.at('regional department').filter((id) => id.endsWith('-buryatia'));
    expect(mchs).toBeDefined();
    expect(b.at('Buryatia department of the Emergencies')).toContain(mchs);
    const [sk] = a.at("Investigative Committee's").filter((id) => id.endsWith('-buryatia'));
    expect(sk).toBeDefined();
    expect(b.at('Buryatia department of the Investigative')).toContain(sk);
    expect(sk).not.toEqual(mchs);
  });
});

describe('a story naming no state but a region of one', () => {
  it("is that region's state: a bare ministry there is the state's", () => {
    const n = nodes(
      'Blizzard in Kamchatka\n\nKamchatka-Inform\n\nRescuers of the Emergencies Ministry searched for two ' +
        'snowmobilers missing near Yelizovo in Kamchatka since Saturday.',
    );
    const other = nodes('MOSCOW (Reuters) - Russia’s Emergencies Ministry said floods had hit Orenburg.');
    expect(n.at('Emergencies Ministry')).toEqual(other.at('Emergencies Ministry'));
  });
});
