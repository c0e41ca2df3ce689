// Actor identity classes of the s19a/s19b read sets, on wire sentences of our own (other states, outlets, years):
// a state's air force or navy is its own service, never the army the same state fields, so "a Syrian air force jet"
// in one story and "units of the Syrian Arab Army" in another do not meet; a force's craft or raid after "a" keeps
// the force ("a Nigerian Air Force raid"); "the army" after a state's air force is that state's army.
import { describe, expect, it } from 'vitest';

import { resolvedStory as nodes } from './resolved-story.ts';

describe("a state's air force or navy", () => {
  it('is its own service, not the army', () => {
    const a = nodes(
      "AMMAN, March 3 (Reuters) - A Jordanian air force jet struck a drug smugglers' hideout in southern Syria " +
        'on Monday, killing seven people, a monitoring group said.',
    );
    const b = nodes(
      'Amman (AFP) - Units of the Jordanian army clashed with smugglers along the northern border on Monday, the ' +
        'army said in a statement.',
    );
    expect(a.at('Jordanian air force')).toEqual(['jordan-air-force']);
    expect(b.at('Jordanian army')).toEqual(['jordan-military']);
  });

  it('keeps a raid or a warship named after "a"', () => {
    const x = nodes(
      'LAGOS, May 9 (Reuters) - A Nigerian Air Force raid on a camp near Lake Chad killed 30 fighters, and a ' +
        'Cameroonian navy patrol boat picked up survivors, officials said.',
    );
    expect(x.at('Nigerian Air Force')).toEqual(['nigeria-air-force']);
    expect(x.at('Cameroonian navy')).toEqual(['cameroon-navy']);
  });

  it('makes "the army" after it that state\'s army', () => {
    const x = nodes(
      'BEIRUT, Oct 2 (Reuters) - A Syrian air force jet bombed a market in Idlib on Sunday, a war monitor said. ' +
        'Fighters of the Islamic State in Iraq and the Levant were nearby. State media said the army had struck ' +
        '"terrorist gatherings" in the province.',
    );
    expect(x.at('Syrian air force')).toEqual(['syria-air-force']);
    expect(x.at('the army')).toEqual(['syria-military']);
  });
});

describe('a body\'s short alias ("House of Representatives") in a story about another state', () => {
  it("is the dateline state's body, an agency's colon dateline included", () => {
    const a = nodes(
      "ABUJA, June 4 (Reuters) - Nigeria's House of Representatives on Tuesday passed a bill to create new " +
        'seats for women, lawmakers said.',
    );
    const b = nodes(
      'ABUJA (Reuters) - The House of Representatives on Tuesday voted to summon the central bank governor over ' +
        "the naira's slide, a spokesman for the chamber said.",
    );
    const c = nodes(
      'Kathmandu, Jestha 12 (RSS): The House of Representatives on Sunday endorsed the budget for the coming ' +
        'fiscal year, Speaker Devraj Ghimire said.',
    );
    expect(a.at('House of Representatives')).toEqual(['nigeria-house-of-representatives']);
    expect(b.at('House of Representatives')).toEqual(['nigeria-house-of-representatives']);
    expect(c.at('House of Representatives')).toEqual(['nepal-house-of-representatives']);
  });

  it('stays the US body when the story named the United States first', () => {
    const x = nodes(
      'KYIV (Reuters) - Ukraine welcomed new U.S. military aid on Sunday after the House of Representatives ' +
        'approved the package, officials said.',
    );
    expect(x.at('House of Representatives')).toEqual(['us-house']);
  });
});

describe('a minister named after a list of portfolios', () => {
  it('is the person after the portfolio words, not the portfolios', () => {
    const a = nodes(
      'Kathmandu, Jestha 12 (RSS): Minister for Physical Infrastructure and Transport Ramesh Kumar Thapa said on ' +
        'Sunday the road would open next month.',
    );
    const b = nodes(
      'KATHMANDU (Reuters) - Minister for Finance, Planning and Development Ramesh Kumar Thapa told lawmakers the ' +
        'deficit would narrow. Thapa said revenue had grown.',
    );
    const c = nodes('DHAKA (Reuters) - Ramesh Kumar Thapa, a former minister, said on Sunday he would stand again.');
    expect(a.at('Ramesh Kumar Thapa')).toEqual(['ramesh-thapa']);
    expect(b.at('Ramesh Kumar Thapa')).toEqual(['ramesh-thapa']);
    expect(c.at('Ramesh Kumar Thapa')).toEqual(['ramesh-thapa']);
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.id)).toEqual(['ramesh-thapa']);
    expect(b.actors.filter((x) => x.kind === 'person').map((x) => x.id)).toEqual(['ramesh-thapa']);
  });
});

describe("a body's short alias in an undated story about another state", () => {
  it("is that state's body when the article never names the body's own state", () => {
    const x = nodes(
      'A member of the House of Representatives, Chidi Okafor, on Thursday accused the Nigerian Ports Authority ' +
        'of hiding N30 billion in revenue. Nigeria lost the money over three years, he said, and Nigeria must ' +
        'recover it.',
    );
    expect(x.at('House of Representatives')).toEqual(['nigeria-house-of-representatives']);
  });

  // statebodies22 (issue #10): a body alias of generic words alone is no state's body on its own (Ukraine's "State
  // Border Guard Service" is Lithuania's name too), so a lone "House of Representatives" in an undated story that
  // names no US body is the article's own; it was the US House.
  it("is neither the US body nor the story state's in an undated story only about another state", () => {
    const x = nodes(
      'The House of Representatives voted 402-15 on Tuesday to expand sanctions on Iran. Iran has called the ' +
        'sanctions economic warfare. Lawmakers said Iran was funding militias.',
    );
    const [house] = x.at('House of Representatives');
    expect(house).toMatch(/^[0-9a-f]{12}:house-of-representatives$/);
  });

  it('stays the US body when the article names a US body too', () => {
    const x = nodes(
      'The House of Representatives on Saturday passed $61 billion in aid for Ukraine, sending the bill to the ' +
        "Senate. Ukraine has waited months for the aid, and Ukraine's troops are short of shells.",
    );
    expect(x.at('House of Representatives')).toEqual(['us-house']);
  });
});
