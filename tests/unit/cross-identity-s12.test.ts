// Actor identity classes the s12a class check showed, on wire stories of our own (other regions, outlets, years): a
// known acronym hyphened to another acronym is a faction of its own ("SPLM-IO" is not the SPLM); a place right
// before a known armed group's name is a local unit, not the group; "Cde" (Comrade) is an honorific, not a given
// name; a known insurgent group is one node whether an article spells it out or gives only its acronym.
import { describe, expect, it } from 'vitest';

import { GAZETTEER_IDS } from '../../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';

/** The node ids of an article's actors, by the name each was written with, and the nodes a written form is. */
function nodes(text: string) {
  const x = resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS);
  const byName = new Map(x.actors.map((a) => [a.name, a.id]));
  const at = (surface: string) => {
    const from = text.indexOf(surface);
    return x.actors.filter((a) => a.mentions.some(([s]) => s === from)).map((a) => a.id);
  };
  return Object.assign(byName, { at });
}

describe('a faction or local unit named after a known body', () => {
  it('is never the body itself', () => {
    const juba = nodes(
      'JUBA, Aug 3, 2019 (AFP) - Fighters loyal to the FARC-EP and the Kunduz Taliban were not involved, the ' +
        'CODECO-BTD faction said on Saturday. A CODECO spokesman said the militia had observed the truce.',
    );
    expect(juba.get('CODECO')).toBe('codeco');
    expect(juba.at('CODECO-BTD')).not.toContain('codeco');
    expect(juba.at('Kunduz Taliban')).not.toContain('taliban');
    // A known glued form is still the body.
    expect(juba.get('Revolutionary Armed Forces of Colombia')).toBe('farc');
  });
});

describe('party and insurgent names', () => {
  it('reads "Cde" as an honorific and a known group by its acronym alone', () => {
    const harare = nodes(
      'HARARE, June 2, 2018 (The Herald) - Zanu-PF spokesperson Cde Simon Khaya Moyo said the ruling party would ' +
        'win the by-election. The MDC said the voters roll had been tampered with.',
    );
    expect(harare.get('Simon Khaya Moyo')).toBe('simon-moyo');
    expect([...harare.keys()].some((n) => /^Cde/.test(n))).toBe(false);
    expect(harare.get('ZANU-PF')).toBe('zanu-pf');
    expect(harare.get('Movement for Democratic Change')).toBe('movement-for-democratic-change');
    const yala = nodes(
      'YALA, Thailand, Feb 9, 2022 (Reuters) - The army blamed the BRN, the main insurgent group in the deep south, for ' +
        'the bombing of a railway line on Tuesday.',
    );
    expect(yala.get('Barisan Revolusi Nasional')).toBe('barisan-revolusi-nasional');
  });
});

describe('a ministry named with its portfolio', () => {
  it('is the state\'s ministry, whatever form ("Ministry of Foreign Affairs and Expatriates", "Foreign Ministry")', () => {
    const beirut = nodes(
      "BEIRUT, Jan 5, 2019 (AFP) - Lebanon's Ministry of Foreign Affairs and Emigrants condemned the raid. The Lebanese " +
        'Foreign Ministry said it would file a complaint.',
    );
    expect(beirut.at("Lebanon's Ministry of Foreign Affairs")).toContain('lebanon-foreign-ministry');
    expect(beirut.at('Lebanese Foreign Ministry')).toContain('lebanon-foreign-ministry');
  });
});
