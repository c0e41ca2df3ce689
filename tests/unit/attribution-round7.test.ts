// Seventh round (issue #10): speaker classes still wrong on fresh wire copy, each tested on short articles of other
// regions, outlets and years, through the whole extraction (actors, discourse, attribution).
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

/** Each claim as [speaker name, relays' names, content], in reading order. */
function claimsOf(text: string): [string | undefined, (string | undefined)[], string][] {
  const x = extract({ text, source: 'round7.txt' });
  const name = (id: string) => x.actors.find((a) => a.id === id)?.name;
  return x.claims.map((c) => [name(c.speaker), c.via.map(name), c.text]);
}

/** The speaker actor of the claim whose content has `words`. */
function speakerOf(text: string, words: string) {
  const x = extract({ text, source: 'round7.txt' });
  const c = x.claims.find((k) => k.text.includes(words));
  return c && x.actors.find((a) => a.id === c.speaker);
}

describe('attribute: an act relayed by an outlet', () => {
  it('reads "According to <outlet>, X accused / warned ..." as X\'s claim via the outlet, not the outlet\'s', () => {
    const claims = claimsOf(
      'BUENOS AIRES, Aug. 21, 2019 (Reuters) - Argentina’s peso fell 4 percent on Wednesday as investors weighed a debt restructuring.\n' +
        'According to Clarín, Economy Minister Hernan Lacunza accused the opposition of stoking panic among investors.\n' +
        'According to NHK, Japanese Finance Minister Taro Aso urged Buenos Aires to seek an agreement with its creditors.\n' +
        'The central bank sold $200 million in reserves to steady the currency, traders said.',
    );
    expect(claims.slice(0, 2)).toEqual([
      ['Hernan Lacunza', ['Clarín'], 'the opposition of stoking panic among investors'],
      ['Taro Aso', ['NHK'], 'Buenos Aires to seek an agreement with its creditors'],
    ]);
  });

  it('keeps "according to" a body that is no outlet as that body\'s claim about the act', () => {
    const claims = claimsOf(
      'NAIROBI, March 3, 2021 (Reuters) - Aid convoys were halted at the Tigray border for a third day.\n' +
        'According to the United Nations, Ethiopian troops accused aid workers of helping rebels in Tigray.',
    );
    expect(claims).toContainEqual([
      'United Nations',
      [],
      'Ethiopian troops accused aid workers of helping rebels in Tigray',
    ]);
  });
});

describe('attribute: "the army" in a war between a state and an armed group', () => {
  it('credits "the army said" to the state\'s military named before, never to the paramilitary "Forces"', () => {
    const text =
      'KHARTOUM, April 18, 2023 (Reuters) - Fighting between Sudan’s army and the paramilitary Rapid Support Forces spread to Darfur on Tuesday.\n' +
      'The RSF, led by General Mohamed Hamdan Dagalo, said it had taken control of the airport in Nyala.\n' +
      'The army said its aircraft had struck RSF bases in the capital.';
    expect(speakerOf(text, 'airport in Nyala')?.id).toBe('rapid-support-forces');
    const army = speakerOf(text, 'struck RSF bases');
    expect(army?.id).toBe('sudan-military');
    expect(army?.affiliation).toBe('sudan');
  });

  it('makes "the military" the state\'s forces when only a rebel "Army" was named', () => {
    const text =
      'NAYPYITAW, Feb. 2, 2024 (AP) - Clashes between the Arakan Army and government troops intensified in Rakhine state this week.\n' +
      'The Arakan Army said its fighters had captured a border outpost near Paletwa.\n' +
      'The military said the attack had been repelled.';
    expect(speakerOf(text, 'border outpost')?.id).toBe('arakan-army');
    const military = speakerOf(text, 'had been repelled');
    expect(military?.id).toBe('myanmar-military');
    expect(military?.affiliation).toBe('myanmar');
  });
});
