// A role given by a description set before a name inside the sentence ("received the Chadian ambassador, Idriss
// Mahamat, on Monday"): a later "the ambassador said" is that person, not the last name spoken of, and not a local
// outlet the article quotes ("Contacted by Sahel Medias, the ambassador said"); the description is read only when
// it stands right before the name, after an article. A name ending in a media word ("Medias", "Online") is an
// outlet. Short copy of other places than the read sets (Niger, Botswana); full pipeline and the role pattern.
import { describe, expect, it } from 'vitest';

import { rolePatterns } from '../../ingest/attribution/roles.ts';
import { extract } from '../../ingest/extract.ts';

const run = (text: string) => extract({ source: 'wire.txt', text });

describe('attribute: a role described before the name, inside the sentence', () => {
  it('gives "the ambassador" the person the description named, past a local outlet', () => {
    const text =
      'NIAMEY, March 3 - Foreign Minister Hassoumi Massaoudou received the Chadian ambassador, Idriss Mahamat Saleh, on Monday, the ministry said.\n\n' +
      'A herder told Sahel Medias that soldiers had fired on the camp.\n\n' +
      'Contacted by Sahel Medias, the ambassador said the Chadian army had no unit in the area.';
    const x = run(text);
    expect(x.actors.find((a) => a.name === 'Sahel Medias')?.kind).toBe('outlet');
    const claim = x.claims.find((c) => c.text.includes('no unit in the area'));
    expect(claim?.speaker).toBe('idriss-mahamat-saleh');
  });

  it('reads the description only when it stands right before the name, after an article', () => {
    const p = rolePatterns('ambassador')!;
    expect(p.apposed.test('The minister received the Chadian ambassador, ')).toBe(true);
    expect(p.apposed.test('He met an ambassador, ')).toBe(true);
    expect(p.apposed.test('He met the ambassadors, ')).toBe(false);
    expect(p.apposed.test('after meeting the ambassador on Monday, ')).toBe(false);
    expect(p.apposed.test('the ambassador, ')).toBe(true);
    expect(p.apposed.test('ambassador, ')).toBe(false);
  });

  it('types a name ending in a media word as an outlet', () => {
    // An invented site: the outlet data knows the real Mmegi, and this tests the media word, not the data.
    const text =
      'GABORONE, Oct 2 - Police arrested two men over the robbery, a spokesman told Thamaga Online on Wednesday.\n\n' +
      'Thamaga Online said the men were due in court on Thursday.';
    const x = run(text);
    expect(x.actors.find((a) => a.name === 'Thamaga Online')?.kind).toBe('outlet');
  });
});
