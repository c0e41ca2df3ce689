// A local paper's credit line above the lead ("Prothom Alo, Bandarban", "El Comercio, Lima, 3 March 2025"), on
// stories of our own: it names the publisher, whose home state is the story's when the story names none, so "the
// army" there keys as that state's military, the node a dated wire story of the same state gives it; likewise a
// dateline on a line of its own ("Imphal", "Chittagong") names the story's city.
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
    const wire = nodes(
      'KATHMANDU, Nepal (Reuters) - The Nepal Army said on Monday it had deployed troops in the west.',
    );
    expect(wire.at('Nepal Army')).toContain('nepal-military');
  });

  it('is a short line of a known outlet and a place or a day, never a headline naming one', () => {
    const dated =
      'Clinic fees cut\n\nThe Kathmandu Post, 4 June 2019\n\nThe health ministry cut clinic fees on Monday.';
    expect(clean({ source: 'a.txt', text: dated }).outletName).toBe('The Kathmandu Post');
    const headline =
      'Reuters, AP reporters detained in Minsk\n\nTwo journalists were detained on Sunday while covering a protest.';
    expect(clean({ source: 'b.txt', text: headline }).outletName).not.toBe('Reuters');
  });
});

describe('a dateline on a line of its own', () => {
  it("is the story's city, whose state owns what the story names without its state", () => {
    const text =
      'Landslide buries three homes near port city\n\nChittagong\n\nThree people were killed when a landslide ' +
      'buried their homes on a hillside on Tuesday, and the army said it had sent soldiers to dig for survivors ' +
      'after days of heavy rain.';
    expect(nodes(text).at('the army said')).toEqual(['bangladesh-military']);
    const named = nodes(
      'DHAKA, Bangladesh (AP) - The Bangladesh Army said on Wednesday its soldiers had rescued 40 people.',
    );
    expect(named.at('Bangladesh Army')).toContain('bangladesh-military');
  });
});
