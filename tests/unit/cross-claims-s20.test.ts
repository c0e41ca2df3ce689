// Claim identity classes of the twentieth session's look at the read sets' missed claim pairs, on sentences of our
// own in wire style: a group's own claim of an attack ("its fighters had carried out the attack", told by the group)
// and another speaker's blame of it for the same incident are one assertion, while the group's own figure and
// another party blamed stay apart; a report named with how it went round ("reports circulating on social media
// that ...") or with its author's possessive ("the army's claim that ...") keeps only what is denied as content.
import { describe, expect, it } from 'vitest';

import { type Origin, type Side, paraphrase } from '../../graph/claims/decide.ts';
import { claimTerms } from '../../graph/claims/terms.ts';

const INCIDENT = '^inc1:attack-kalat';
const origin = (speaker: string, outlet: string): Origin => ({
  type: 'CLAIMS',
  speaker,
  affiliation: null,
  via: [],
  outlet,
  publishedAt: '2025-03-04',
});
/** A claim's side as the store keeps it: terms read from its text with the actors it names, and the incident. */
function side(text: string, speaker: string, outlet: string, actors: Array<[string, string]>, told = true): Side {
  const spans = actors.map(([id, form]) => {
    const i = text.indexOf(form);
    return { id, kind: 'group', spans: [[i, i + form.length]] as Array<[number, number]> };
  });
  const terms = claimTerms({ text, actors: spans, speaker: { id: speaker, kind: 'group' } });
  return { text, terms: told ? [...terms, INCIDENT].sort() : terms, origins: [origin(speaker, outlet)] };
}

describe("a group's own claim of an attack and another speaker's blame of it", () => {
  const own = side('its fighters had carried out the attack on the bus', 'bla', 'afp', []);
  const blame = side(
    'the outlawed Balochistan Liberation Army had carried out the attack, the latest in a wave of attacks on the highway',
    'shahid-rind',
    'reuters',
    [['bla', 'Balochistan Liberation Army']],
  );

  it('are one assertion when both tell the same incident', () => {
    expect(own.terms).toContain('@bla');
    expect(paraphrase(own, blame)?.reason).toMatch(/one party blamed for one incident/);
    expect(paraphrase(blame, own)?.reason).toMatch(/one party blamed for one incident/);
  });

  it('are two when they tell no incident in common', () => {
    const elsewhere = { ...blame, terms: blame.terms.filter((t) => t !== INCIDENT) };
    expect(paraphrase(own, elsewhere)).toBeNull();
  });

  it("keep the group's own figure apart", () => {
    const figure = side('its fighters had killed 14 soldiers on the bus and were behind the attack', 'bla', 'afp', []);
    expect(figure.terms).toContain('#14');
    expect(paraphrase(figure, blame)).toBeNull();
  });

  it('keep another party blamed for the same attack apart', () => {
    const other = side(
      'the attackers had been trained and funded by India and were behind the attack',
      'naqvi',
      'afp',
      [['india', 'India']],
    );
    expect(paraphrase(own, other)).toBeNull();
    expect(paraphrase(other, blame)).toBeNull();
  });
});

describe("two sides of a border clash blaming each other's forces", () => {
  it("are two assertions though both name one side's forces, the shelling and blame", () => {
    const armenian = side(
      'Azerbaijani forces were behind the shelling of the border villages',
      'armenia-mod',
      'reuters',
      [['azerbaijan-military', 'Azerbaijani forces']],
    );
    // The other side's forces are who is blamed on one side, who fired back on the other.
    const azerbaijani = side(
      'Azerbaijani forces fired back at Armenian shelling, and Armenia bears responsibility',
      'azerbaijan-mod',
      'afp',
      [
        ['azerbaijan-military', 'Azerbaijani forces'],
        ['armenia', 'Armenia'],
      ],
    );
    expect(azerbaijani.terms).toEqual(expect.arrayContaining(['@azerbaijan-military', '@armenia', '~responsible']));
    expect(paraphrase(armenian, azerbaijani)).toBeNull();
    expect(paraphrase(azerbaijani, armenian)).toBeNull();
  });
});

describe('a report named with how it went round or by its author', () => {
  it('keeps only what the report says', () => {
    const denied = (text: string) => claimTerms({ text, actors: [] });
    expect(denied('reports circulating on social media that soldiers had burned houses in the village')).toEqual(
      denied('soldiers had burned houses in the village'),
    );
    expect(denied("the army's claim that soldiers shot dead a second bomber")).toEqual(
      denied('soldiers shot dead a second bomber'),
    );
    expect(denied('claims made by Kyiv that Russian troops had shelled the plant')).toEqual(
      denied('Russian troops had shelled the plant'),
    );
    // A report of something, with no author or medium, keeps its words: "reports of fighting that left ten dead".
    expect(denied('reports of fighting that left ten dead')).toContain('~attack');
  });
});
