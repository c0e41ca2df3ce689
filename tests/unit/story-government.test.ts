// "the government" written without its state, on wire stories of our own (other regions, outlets, years): the
// government of the state the story is about, the node every other article keys that state to; never a state the
// story only names beside another state's bodies, nor when the story names a body called a government.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe('the government without its state', () => {
  it("is the story state, keyed as an article naming the state keys it; not a modifier's or a person's", () => {
    const n = nodes(
      'BLANTYRE, Malawi, Feb. 3, 2016 (Nyasa Times) - Opposition lawmakers accused government of hiding the ' +
        'true state of maize stocks after floods destroyed crops in the south. The government announced on ' +
        'Tuesday it would import 100,000 tonnes, while government trucks began moving grain to Nsanje. ' +
        'Pro-government groups welcomed the plan.',
    );
    const other = nodes('LILONGWE (Reuters) - Malawi will import maize from Zambia, its finance minister said.');
    expect(n.at('government of hiding')).toEqual(['malawi']);
    expect(n.at('The government announced')).toEqual(['malawi']);
    expect(n.at('government trucks')).not.toContain('malawi');
    expect(n.at('Pro-government')).not.toContain('malawi');
    expect(other.at('Malawi will')).toEqual(['malawi']);
  });

  it('is the federal government of a story its state bodies place', () => {
    const n = nodes(
      'Herders, farmers clash in Benue\n\nFighting between herders and farmers left 11 dead in Guma, and soldiers ' +
        'of the Nigerian Army were deployed after the federal government ordered a curfew.',
    );
    expect(n.at('the federal government')).toEqual(['nigeria']);
  });

  it("is no state the story names beside another state's bodies, nor a named government's stand-in", () => {
    const border = nodes(
      'Soldiers of the Ghana Armed Forces repelled an attack on a border post in the Upper East, the government ' +
        'announced, without naming Burkina Faso, which borders the region and where Burkina Faso has fought ' +
        'jihadists since 2015.',
    );
    expect(border.at('the government')).not.toContain('burkina-faso');
    const named = nodes(
      'TRIPOLI, Aug 12, 2023 (Reuters) - The Government of National Unity said clashes in Libya had ended, but ' +
        'residents of Libya blamed the government for the delays.',
    );
    expect(named.at('the government')).not.toContain('libya');
  });
});

describe("a state's own word for its government", () => {
  it('is "the Centre" of an Indian story, never a body called a centre nor outside India', () => {
    const n = nodes(
      'Guwahati, Aug 9 (PTI) Flood waters rose in 21 districts of Assam on Friday, and the state government ' +
        'asked the Centre for more relief boats. The Centre for Science and Environment said embankments had failed.',
    );
    expect(n.at('the Centre for more')).toEqual(['india']);
    expect(n.at('The Centre for Science')).not.toContain('india');
    const other = nodes(
      'NAIROBI, Kenya (AP) - Residents asked the Centre to reopen after floods closed it on Monday, officials said.',
    );
    expect(other.at('the Centre')).not.toContain('kenya');
  });
});

describe("the government of a story told from inside its dateline's state", () => {
  it("is the dateline's state when its places are, though a neighbour's troops are named more", () => {
    const n = nodes(
      'JUBA, June 14, 2019 (AFP) - Cattle raiders killed 11 people in Torit and near Jonglei, local officials ' +
        'said on Friday. South Sudanese soldiers were sent to the area. Ugandan troops deployed along the ' +
        'border under a defence pact were not involved, a spokesman for the Ugandan army said, adding that ' +
        'Uganda had closed two crossings into Uganda. The government said it would send more police to Torit.',
    );
    expect(n.at('The government said')).toEqual(['south-sudan']);
  });

  it("is not the dateline's state when the story's places are another state's", () => {
    const n = nodes(
      'KABUL, Nov 2, 2023 (Reuters) - Police in Peshawar and Quetta detained hundreds of Afghan refugees this ' +
        'week, Pakistani officials said, and Pakistani troops guarded camps near Quetta. Afghan Taliban ' +
        'officials in Kabul urged Pakistan to halt the expulsions. The government said the arrests targeted ' +
        'migrants without papers.',
    );
    expect(n.at('The government said')).not.toContain('afghanistan');
  });

  it("is not the dateline's state when another state's ministry speaks in it", () => {
    const n = nodes(
      'JUBA, June 14, 2019 (AFP) - Cattle raiders killed 11 people in Torit and near Jonglei, local officials ' +
        "said on Friday. Uganda's foreign ministry said Uganda would close two crossings into Uganda and Uganda " +
        'would send aid. The government said it would send more police to Torit.',
    );
    expect(n.at('The government said')).not.toContain('south-sudan');
  });
});

describe('the government in a named seat', () => {
  it("is the seat's state, not the state of the dateline", () => {
    const n = nodes(
      'GOMA, Congo, March 3, 2024 (Reuters) - M23 rebels seized two villages north of Goma on Sunday, residents ' +
        'said. The government in Kinshasa accused Rwanda of backing the rebels, which Rwanda denies.',
    );
    expect(n.at('The government in Kinshasa')).toEqual(['democratic-republic-of-the-congo']);
    const kyiv = nodes(
      'KYIV, Jan 9, 2024 (AP) - Russian missiles struck Kharkiv and Odesa overnight, Ukrainian officials said. ' +
        'The government in Moscow said it had hit military targets, while the Ukrainian air force said it ' +
        'downed 18 missiles.',
    );
    expect(kyiv.at('The government in Moscow')).toEqual(['russia']);
    expect(kyiv.at('The government in Moscow')).not.toContain('ukraine');
  });
});
