// "Foreign Office" is Britain's in the gazetteer, and the name Pakistan's press gives its own foreign ministry (s18):
// written only so, in a story about another state that never names Britain, it is that state's foreign ministry, one
// node with "Pakistan's Foreign Ministry" of another article; in a British story it stays Britain's.
import { describe, expect, it } from 'vitest';

import { GAZETTEER_IDS } from '../../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';

/** The node ids of the actors a written mention belongs to, once the article is resolved to graph nodes. */
function nodesAt(text: string) {
  const x = resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS);
  return (surface: string) => {
    const from = text.indexOf(surface);
    expect(from).toBeGreaterThanOrEqual(0);
    return x.actors.filter((a) => a.mentions.some(([s, e]) => s <= from && from < e)).map((a) => a.id);
  };
}

describe('a bare "Foreign Office"', () => {
  it("is the story state's foreign ministry when the story never names Britain", () => {
    const tribune = nodesAt(
      'Taftan crossing shut after Iranian guards open fire\n\nStaff Reporter\n\n' +
        "The Foreign Office on Thursday summoned the Iranian charge d'affaires after border guards fired on " +
        'Pakistani traders near Taftan. Pakistan wants the incident investigated, the Foreign Office said, ' +
        'adding that Pakistan had conveyed its concern through diplomatic channels.',
    );
    const wire = nodesAt(
      "ISLAMABAD, June 3, 2019 (AP) - Pakistan's Foreign Ministry said on Thursday it had lodged a protest " +
        'with Iran over the shooting of traders at the Taftan border crossing.',
    );
    const [ministry] = wire('Foreign Ministry said');
    expect(ministry).toBe('pakistan-foreign-ministry');
    expect(tribune('Foreign Office on Thursday')).toEqual([ministry]);
  });

  it("stays Britain's in a story from London", () => {
    const london = nodesAt(
      'LONDON, June 3, 2019 (Reuters) - The Foreign Office said on Monday it was seeking urgent information ' +
        'about a British national detained in Tehran.',
    );
    expect(london('Foreign Office said')).toEqual(['uk-foreign-office']);
  });
});
