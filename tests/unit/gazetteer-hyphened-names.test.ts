// Known bodies whose names hold a prefix's compound ("Co-operation", "Inter-Services", "Anti-Corruption"), which the
// tagger keeps one token: the gazetteer answers to them as written (s18; before, "Organization for Security and
// Co-operation in Europe (OSCE)" was a body of its own beside the OSCE, and "Inter-Services Intelligence" no actor).
import { describe, expect, it } from 'vitest';

import { GAZETTEER_IDS } from '../../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';
import { hyphenedKeys, keysOf } from '../../ingest/gazetteer/keys.ts';

const nodeIds = (text: string) =>
  resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS).actors.map((a) => a.id);

describe('gazetteer names with hyphened words', () => {
  it('keys a hyphened word whole beside its parts', () => {
    expect(keysOf('Economic Co-operation')).toEqual(['economic', 'co', 'operation']);
    expect(hyphenedKeys('Economic Co-operation')).toEqual(['economic', 'co-operation']);
    expect(hyphenedKeys('Saudi-led coalition')).toEqual(['saudi-led', 'coalition']);
  });

  it('reads the bodies as written in running text', () => {
    const paris = nodeIds(
      'PARIS, June 6, 2018 (AFP) - The Organisation for Economic Co-operation and Development cut its growth ' +
        'forecast for Italy on Wednesday, and the Organization for Security and Co-operation in Europe said it ' +
        'would send observers to the Italian vote.',
    );
    expect(paris).toEqual(expect.arrayContaining(['oecd', 'osce']));
    expect(paris.filter((id) => /organi[sz]ation/.test(id))).toEqual([]);
    const lahore = nodeIds(
      'LAHORE, Pakistan, March 9, 2017 (AP) - The Inter-Services Intelligence agency arrested two men over the ' +
        'bombing, officials said.',
    );
    expect(lahore).toContain('pakistan-intelligence');
  });
});
