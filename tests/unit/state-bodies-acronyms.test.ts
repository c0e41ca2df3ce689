// A state body one article names by its acronym and another by its full name (or its local-language name) is one
// node across articles: the gazetteer's world knowledge of electoral bodies, anti-corruption agencies, prosecutors
// and parties (organizations.json), each tied to its state. An acronym two states' bodies share stays unread.
import { describe, expect, it } from 'vitest';

import { GAZETTEER_IDS } from '../../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';

function nodes(text: string) {
  const x = resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS);
  return (surface: string) => {
    const from = text.indexOf(surface);
    expect(from).toBeGreaterThanOrEqual(0);
    return x.actors.filter((a) => a.mentions.some(([s]) => s === from)).map((a) => a.id);
  };
}

describe('a state body written as an acronym in one story and in full in another', () => {
  it('is one node for an electoral body (Kenya, 2017)', () => {
    const nairobi = nodes(
      'NAIROBI, Aug 11, 2017 (Reuters) - The IEBC declared President Uhuru Kenyatta the winner of the ' +
        'presidential election on Friday. Four IEBC commissioners said they could not stand by the result.',
    );
    const mombasa = nodes(
      'MOMBASA, Kenya, Sept 2, 2017 (AFP) - The Independent Electoral and Boundaries Commission said it would ' +
        'meet on Monday to set a date for the new vote ordered by the Supreme Court.',
    );
    expect(nairobi('IEBC')).toEqual(['independent-electoral-and-boundaries-commission']);
    // Its commissioners speak as people of the body, not as the body.
    const members = nairobi('Four IEBC commissioners');
    expect(members).toHaveLength(1);
    expect(members[0]).not.toBe('independent-electoral-and-boundaries-commission');
    expect(mombasa('Independent Electoral and Boundaries Commission')).toEqual([
      'independent-electoral-and-boundaries-commission',
    ]);
  });

  it('is one node for an electoral jury under its Spanish and English names (Peru, 2021)', () => {
    const lima = nodes(
      "LIMA, June 28, 2021 (Reuters) - Peru's Jurado Nacional de Elecciones began reviewing appeals on Monday, " +
        'the last step before it can proclaim a winner.',
    );
    const afp = nodes(
      'LIMA, July 19, 2021 (AFP) - The National Jury of Elections proclaimed Pedro Castillo president-elect on ' +
        'Monday, six weeks after the run-off. The JNE had rejected every appeal.',
    );
    expect(lima('Jurado Nacional de Elecciones')).toEqual(['jurado-nacional-de-elecciones']);
    expect(afp('National Jury of Elections')).toEqual(['jurado-nacional-de-elecciones']);
    expect(afp('JNE had')).toEqual(['jurado-nacional-de-elecciones']);
  });

  it('is one node for an anti-corruption agency (Malaysia, 2018)', () => {
    const kl = nodes(
      'KUALA LUMPUR, July 3, 2018 (Reuters) - The MACC arrested former prime minister Najib Razak at his home ' +
        'on Tuesday, a source said.',
    );
    const bernama = nodes(
      'PUTRAJAYA, May 22, 2018 (AP) - Najib Razak arrived at the offices of the Malaysian Anti-Corruption ' +
        'Commission on Tuesday to give a statement.',
    );
    expect(kl('MACC')).toEqual(['malaysian-anti-corruption-commission']);
    expect(bernama('Malaysian Anti-Corruption Commission')).toEqual(['malaysian-anti-corruption-commission']);
  });

  it("leaves an acronym two states' bodies share to the article (Brazil's TSE is not Guatemala's)", () => {
    const brasilia = nodes(
      "BRASILIA, Oct 30, 2022 (Reuters) - Brazil's Superior Electoral Court (TSE) declared Luiz Inacio Lula da " +
        'Silva the winner on Sunday. The TSE said the count was complete.',
    );
    // The possessive names the state too, nested in the court's name (as "China's Foreign Ministry" does).
    expect([...brasilia("Brazil's Superior Electoral Court")].sort()).toEqual(['brazil', 'superior-electoral-court']);
    expect(brasilia('TSE said')).not.toContain('guatemala-supreme-electoral-tribunal');
  });
});

describe('a state body the gazetteer knows, and the same body named bare in a story of its state', () => {
  it('is one node: the id a generic name takes under its state (Ghana, 2020; Pakistan, 2024)', () => {
    const accra = nodes(
      "ACCRA, Dec 8, 2020 (Reuters) - Ghana's Electoral Commission said on Tuesday the count would be finished by " +
        'Wednesday.',
    );
    const kumasi = nodes(
      'KUMASI, Ghana, Dec 9, 2020 (AFP) - The Electoral Commission said on Wednesday that turnout had passed 79 ' +
        'percent.',
    );
    expect(accra("Ghana's Electoral Commission")).toContain('ghana-electoral-commission');
    expect(kumasi('Electoral Commission said')).toEqual(['ghana-electoral-commission']);
    const islamabad = nodes(
      'ISLAMABAD, Feb 9, 2024 (Reuters) - The ECP said on Friday results from 12 constituencies were delayed.',
    );
    const lahore = nodes(
      'LAHORE, Pakistan, Feb 10, 2024 (AFP) - The Election Commission said on Saturday it had received 40 complaints.',
    );
    expect(islamabad('ECP')).toEqual(['pakistan-election-commission']);
    expect(lahore('Election Commission said')).toEqual(['pakistan-election-commission']);
  });
});

describe('a tribunal named bare', () => {
  it("is its story state's body, never a person keyed by two of its words (Guatemala 2023, Honduras 2025)", () => {
    const guatemala = nodes(
      'GUATEMALA CITY, June 4, 2023 (AFP) - The Supreme Electoral Tribunal said on Tuesday the recount had begun.',
    );
    const owned = nodes(
      "GUATEMALA CITY, June 3, 2023 (Reuters) - Guatemala's Supreme Electoral Tribunal said on Monday it would " +
        'recount the ballots.',
    );
    const honduras = nodes(
      'TEGUCIGALPA, Dec 2, 2025 (AFP) - The Supreme Electoral Tribunal said on Tuesday the recount had begun.',
    );
    expect(guatemala('Supreme Electoral Tribunal said')).toEqual(['guatemala-supreme-electoral-tribunal']);
    expect(owned("Guatemala's Supreme Electoral Tribunal")).toContain('guatemala-supreme-electoral-tribunal');
    expect(honduras('Supreme Electoral Tribunal said')).toEqual(['honduras-supreme-electoral-tribunal']);
  });
});
