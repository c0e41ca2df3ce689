// Wire datelines opening a sentence are no content (ingest/attribution/content.ts datelineEnd): the long agency form
// with a country and a year ("UVIRA, DR Congo, March 18, 2024 (AFP) -"), a local paper's place and spaced hyphen
// ("KASESE - "), the South Asian papers' place and colon ("PARACHINAR: "); and sentences that open in capitals
// without a dateline keep their words.
import { describe, expect, it } from 'vitest';

import { attributeText } from './attribute-text.ts';

const contents = (text: string) => attributeText(text).claims.map((c) => c.text);

describe('datelines opening a reported sentence', () => {
  it('skips the agency form with a country and a year, 13 tokens long', () => {
    expect(
      contents(
        'UVIRA, DR Congo, March 18, 2024 (AFP) - Fourteen civilians were killed in an attack on a village, ' +
          'local officials said.',
      ),
    ).toEqual(['Fourteen civilians were killed in an attack on a village']);
  });

  it("skips a local paper's place and spaced hyphen", () => {
    expect(contents('KASESE - Two civilians were killed in the crossfire on Monday, residents said.')).toEqual([
      'Two civilians were killed in the crossfire on Monday',
    ]);
  });

  it('skips a place in capitals with its date and a spaced hyphen', () => {
    expect(
      contents('DUSHANBE, July 12 - One Tajik border guard was killed on Monday, the border service said.'),
    ).toEqual(['One Tajik border guard was killed on Monday']);
  });

  it("skips the South Asian papers' place and colon", () => {
    expect(contents('PARACHINAR: At least 14 people were killed when gunmen ambushed a convoy, police said.')).toEqual([
      'At least 14 people were killed when gunmen ambushed a convoy',
    ]);
  });

  it('keeps a capitalised opening that is no dateline', () => {
    expect(contents('UN peacekeepers had left the town - a day before the raid, residents said.')).toEqual([
      'UN peacekeepers had left the town - a day before the raid',
    ]);
    expect(contents('EU, UK and US - officials from all three had met in Geneva, a diplomat said.')).toEqual([
      'EU, UK and US - officials from all three had met in Geneva',
    ]);
  });

  it('drops a label in capitals before a colon too ("NATO: ..."), as a dateline', () => {
    expect(contents('NATO: the alliance had no plans to send troops, officials said.')).toEqual([
      'the alliance had no plans to send troops',
    ]);
  });
});
