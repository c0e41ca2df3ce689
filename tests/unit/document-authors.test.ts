// Who speaks through a document and which ministry "the interior ministry" is: "according to Military Communique No.
// 118 issued by the Ministry of Defence" is the ministry's claim (and "the communique said" after it too), "confirmed
// by a bulletin issued by X" is X's; "the interior ministry" and "the health ministry" are never the defence ministry
// the article named before them. Invented wire copy.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const speakerOf = (x: ReturnType<typeof extract>, words: RegExp) => {
  const c = x.claims.find((k) => words.test(k.text));
  expect(c, String(words)).toBeDefined();
  return c!.speaker;
};

describe('a document issued by someone', () => {
  const x = extract({
    source: 'wire.txt',
    text:
      'ALGIERS, Nov 6, 2024 (APS) - Rebel units shelled an army post near the border on Tuesday, according to ' +
      'Military Communique No. 118 issued by the Ministry of Defence of Mali.\n\n' +
      '"Our units bombarded the positions of the enemy," the communique said.\n\n' +
      'The clashes were later confirmed by a bulletin issued by the Malian army.\n',
  });

  it('is its author speaking', () => {
    expect(speakerOf(x, /shelled an army post/)).toBe('mali-defense-ministry');
    expect(speakerOf(x, /Our units bombarded/)).toBe('mali-defense-ministry');
    expect(speakerOf(x, /^The clashes$/)).toBe('mali-military');
  });

  it('and is no actor of its own', () => {
    expect(x.actors.map((a) => a.name)).not.toContain('Military Communique No. 118');
  });
});

describe('a communique carried by an agency', () => {
  it('is relayed by the agency, named without its description', () => {
    const x = extract({
      source: 'wire.txt',
      text:
        'TINDOUF, Algeria, Nov 7, 2024 (AFP) - The Polisario Front said in a communique carried by the SPS news ' +
        'agency that its fighters had shelled Moroccan positions near Mahbes.\n\nMoldova accused Tiraspol of taking ' +
        'more gas than agreed, the Moldpres state news agency reported.\n',
    });
    const shelled = x.claims.find((c) => /^its fighters had shelled/.test(c.text));
    expect(shelled, 'content starts after the aside').toBeDefined();
    expect(shelled!.via).toEqual(['sps']);
    const gas = x.claims.find((c) => /taking more gas/.test(c.text));
    expect(gas!.via).toEqual(['moldpres']);
    expect(x.actors.find((a) => a.id === 'moldpres')?.kind).toBe('outlet');
  });
});

describe('"the interior ministry" after "the Ministry of Defence"', () => {
  it('is another body, as is "the health ministry"', () => {
    const x = extract({
      source: 'wire.txt',
      text:
        'RABAT, Nov 6, 2024 (AFP) - The Ministry of Defence sent troops to the border on Tuesday.\n\n' +
        'The interior ministry said the clashes had ended.\n\nThe health ministry said two people were hurt.\n',
    });
    const defence = x.actors.find((a) => /defen[cs]e/i.test(a.name));
    expect(defence).toBeDefined();
    const speakers = [speakerOf(x, /clashes had ended/), speakerOf(x, /two people were hurt/)];
    expect(speakers).not.toContain(defence!.id);
    expect(speakers[0]).not.toBe(speakers[1]);
    // Its mentions are its own words only.
    expect(defence!.mentions).toHaveLength(1);
  });

  it('while "the ministry" alone still is the one named before', () => {
    const x = extract({
      source: 'wire.txt',
      text:
        'RABAT, Nov 6, 2024 (AFP) - The Ministry of Defence sent troops to the border on Tuesday.\n\n' +
        'The ministry said the clashes had ended.\n',
    });
    const defence = x.actors.find((a) => /defen[cs]e/i.test(a.name));
    expect(speakerOf(x, /clashes had ended/)).toBe(defence!.id);
  });
});
