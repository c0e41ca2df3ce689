// A local paper's credit line above the lead ("Prothom Alo, Bandarban", "El Comercio, Lima, 3 March 2025"), on
// stories of our own: it names the publisher, whose home state is the story's when the story names none, so "the
// army" there keys as that state's military, the node a dated wire story of the same state gives it.
import { describe, expect, it } from 'vitest';

import { clean } from '../../ingest/clean/index.ts';
import { nodes } from './resolved-nodes.ts';

describe("a local paper's credit line", () => {
  it('names the publisher, and its home state is the story state', () => {
    const text =
      'Two killed as gunmen raid Dhangadhi market\n\nThe Kathmandu Post, Dhangadhi\n\n' +
      'Gunmen killed two traders in a market in Dhangadhi on Sunday night, and the army said it had sent ' +
      'troops to the area.\n\nLocal officials said the attackers fled on motorcycles.';
    expect(clean({ source: 'post.txt', text }).outletName).toBe('The Kathmandu Post');
    expect(nodes(text).at('the army said')).toEqual(['nepal-military']);
    const wire = nodes('KATHMANDU, Nepal (Reuters) - The Nepal Army said on Monday it had deployed troops in the west.');
    expect(wire.at('Nepal Army')).toContain('nepal-military');
  });

  it('is a short line of a known outlet and a place or a day, never a headline naming one', () => {
    const dated = 'Clinic fees cut\n\nThe Kathmandu Post, 4 June 2019\n\nThe health ministry cut clinic fees on Monday.';
    expect(clean({ source: 'a.txt', text: dated }).outletName).toBe('The Kathmandu Post');
    const headline =
      'Reuters, AP reporters detained in Minsk\n\nTwo journalists were detained on Sunday while covering a protest.';
    expect(clean({ source: 'b.txt', text: headline }).outletName).not.toBe('Reuters');
  });
});
