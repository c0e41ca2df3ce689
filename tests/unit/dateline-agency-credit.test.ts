// A wire dateline whose agency follows the date after a comma ("TALLINN, Nov 18, BNS - The court ..."): the agency is
// part of the dateline, never a word of the lead's first name (ingest/actors/dateline.ts). Stories of our own.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe('an agency credit after the dateline date', () => {
  it('is no word of the body that opens the lead', () => {
    const n = nodes(
      'VILNIUS, March 3, ELTA - The Vilnius Regional Court on Tuesday jailed a former customs officer for six ' +
        'years for taking bribes, a spokeswoman for the court said.',
    );
    expect(n.at('Vilnius Regional Court')).toEqual(['vilnius-regional-court']);
    expect(n.ids().some((id) => /elta-the/.test(id))).toBe(false);
  });

  it('leaves a dateline with no agency and a lead opening with an acronym as they were', () => {
    const n = nodes(
      'RIGA, March 3 - NATO said on Tuesday it would send more aircraft to the Baltic states, a spokesman said.',
    );
    expect(n.at('NATO')).toEqual(['nato']);
  });
});
