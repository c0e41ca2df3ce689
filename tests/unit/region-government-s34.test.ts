// A region's own government met as "the government", "the provincial/regional government" or "the <Premier>
// government" in a story about one region of a state whose regions govern themselves (an Indian state, a Canadian
// province, a Russian republic, an Australian state): the region's government, never the state; the state's own
// government, written qualified ("the Centre", "the federal government", "Ottawa"), stays the state. Stories of our
// own, other regions and outlets than the class set.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe("a region's government met by description", () => {
  it('is the Indian state\'s government when the story names its chief minister, and "the Centre" is India', () => {
    const n = nodes(
      'Imphal, Jun 3 (PTI) Floods submerged large parts of Imphal East in Manipur on Monday, police said. Chief ' +
        'Minister N Biren Singh said the government would give Rs 10,000 to each affected family and that the state ' +
        'government had asked the Centre for two more NDRF teams. Manipur has received twice its normal rainfall.',
    );
    expect(n.at('the government would')).toEqual(['government-of-manipur']);
    expect(n.at('the state government')).toEqual(['government-of-manipur']);
    expect(n.at('the Centre')).toEqual(['india']);
    expect(n.at('police said')).toEqual(['manipur-police']);
  });

  it('stays the state when the story names the national head', () => {
    const n = nodes(
      'Imphal, Jun 3 (PTI) Floods submerged large parts of Imphal East in Manipur on Monday. Prime Minister ' +
        'Narendra Modi spoke to Chief Minister N Biren Singh, and the government in a statement promised Rs 500 ' +
        'crore for Manipur and the other flood-hit states.',
    );
    expect(n.at('the government in a')).not.toContain('government-of-manipur');
  });

  it("stays the state's before the story names the region's head", () => {
    const n = nodes(
      'IMPHAL, India (AFP) - Gunmen killed three people in Manipur, and police said the attackers belonged to a ' +
        'group that had signed a ceasefire pact with the government. Federal rule was imposed on Manipur in ' +
        'February after chief minister N. Biren Singh resigned.',
    );
    expect(n.at('the government. Federal')).not.toContain('government-of-manipur');
  });

  it("is a Canadian province's government by its premier; the federal government and Ottawa are Canada", () => {
    const n = nodes(
      'EDMONTON — Alberta will spend $50 million on wildfire crews this summer, Premier Danielle Smith said on ' +
        'Friday. "The government will not be caught short again," Smith said, adding that the provincial government ' +
        'had asked Ottawa for more water bombers. The federal government said it would reply next week. Alberta ' +
        'lost more than a million hectares to fire last year.',
    );
    expect(n.at('The government will')).toEqual(['government-of-alberta']);
    expect(n.at('the provincial government')).toEqual(['government-of-alberta']);
    expect(n.at('The federal government')).toEqual(['canada']);
  });

  it("is a Russian republic's government as 'the regional government'; the federal government is Russia", () => {
    const n = nodes(
      'KAZAN, July 2. /TASS/. Heavy rain flooded 300 homes in Tatarstan on Tuesday, the regional government said. ' +
        'Head of Tatarstan Rustam Minnikhanov ordered payments to every family, and the federal government promised ' +
        'help to Tatarstan farmers.',
    );
    expect(n.at('the regional government')).toEqual(['government-of-tatarstan']);
    expect(n.at('the federal government')).toEqual(['russia']);
  });

  it("is the region's government as 'the <Premier> government', never the state", () => {
    const n = nodes(
      'ADELAIDE (AAP) - The Malinauskas government will fund 20 more ambulances in South Australia, Premier Peter ' +
        'Malinauskas said on Monday. South Australia has had the longest ramping times in the country.',
    );
    expect(n.at('The Malinauskas government')).toEqual(['government-of-south-australia']);
    expect(n.at('The Malinauskas government')).not.toContain('australia');
  });
});

describe('the state of a story filed from a region', () => {
  it("is the dateline city's state when its places are, not a state named once as where workers came from", () => {
    const n = nodes(
      'Agartala, Mar 4 (PTI) Three workers, two of them from Bangladesh, were killed when a brick kiln collapsed ' +
        'near Udaipur in Tripura on Sunday, police said. Chief Minister Manik Saha said the state government ' +
        'would pay compensation. Kilns in Tripura employ thousands of seasonal workers.',
    );
    expect(n.at('police said')).toEqual(['tripura-police']);
    expect(n.at('the state government')).toEqual(['government-of-tripura']);
  });

  it("leaves a bare 'the government' unread when the chief minister's region is not told twice", () => {
    const n = nodes(
      'KOHIMA, July 10: Chief Minister Neiphiu Rio, speaking in Kohima on Wednesday, said the government had no ' +
        'knowledge of the illegal quarry near Dimapur where four workers died.',
    );
    expect(n.at('the government had')).not.toContain('india');
  });
});

describe("a region head's own government", () => {
  it("is 'his government' after the chief minister's title, in a story about the region", () => {
    const n = nodes(
      'AIZAWL, India, May 2 (Reuters) - Floods cut the main road into Mizoram on Tuesday, police in Mizoram ' +
        "said. The state's chief minister, Lalduhoma, said his government had asked for army help.",
    );
    expect(n.at('government had asked')).toEqual(['government-of-mizoram']);
  });
});
