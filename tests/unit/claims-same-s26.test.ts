// What a claim's terms read of its reporting: a negation in a later sentence or clause of the content is not the
// content's own ("The attackers crossed from Congo. They will not find refuge anywhere" asserts the crossing); a
// blame verb outside the content ("blamed the Kunjin tribe for the attack", "attributed the ambush to the NPA") holds
// its object responsible (graph/claims/terms.ts). The same speaker's two tellings then meet as one assertion across
// outlets (graph/claims/decide.ts). Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { type Origin, type Side, paraphrase } from '../../graph/claims/decide.ts';
import { NEGATED } from '../../graph/claims/similar.ts';
import { RESPONSIBLE, claimTerms, wordTerm } from '../../graph/claims/terms.ts';
import { said } from './claim-sides.ts';

const negated = (text: string) => claimTerms({ text, actors: [] }).includes(NEGATED);

describe('a negated content', () => {
  it('is not one whose negation is only in a later sentence, clause or contrast', () => {
    expect(negated('The attackers crossed from Burkina Faso and went back there. They will not find refuge')).toBe(
      false,
    );
    expect(
      negated('the dam burst has caused an outbreak of cholera, and our teams can no longer reach the camps'),
    ).toBe(false);
    expect(negated('We paid them in March and they promised never to come back')).toBe(false);
    expect(negated('the troops were conducting operations in the area, not delivering aid')).toBe(false);
  });

  it('is one whose first sentence or clause is negated, whatever follows', () => {
    expect(negated('the army had not fired at the camp')).toBe(true);
    expect(negated('No soldier was killed. Two were wounded')).toBe(true);
    expect(negated('We did not sleep. Everybody stayed inside')).toBe(true);
    // An abbreviation's full stop does not end the sentence.
    expect(negated('U.S. forces did not strike the convoy')).toBe(true);
    expect(negated('Gen. Tanaka never ordered the strike')).toBe(true);
    expect(negated('the group had nothing to do with the bombing')).toBe(true);
  });
});

/** Terms of a content naming `id` where `name` is written, reported with `cue`. */
function termsOf(text: string, id: string, name: string, cue: string | null): string[] {
  const i = text.indexOf(name);
  return claimTerms({ text, actors: [{ id, kind: 'group', spans: [[i, i + name.length]] }], cue });
}

describe('a blame verb outside the content', () => {
  it('holds the party responsible: "blamed X for the attack", "attributed the attack to X"', () => {
    expect(termsOf('the Kunjin tribe for the attack', 'kunjin', 'Kunjin tribe', 'blamed')).toContain(RESPONSIBLE);
    expect(termsOf('the ambush to the New Peoples Army', 'npa', 'New Peoples Army', 'attributed')).toContain(
      RESPONSIBLE,
    );
    expect(termsOf('the attack on RED-Tabara', 'red-tabara', 'RED-Tabara', 'blames')).toContain(RESPONSIBLE);
  });

  it('and no other verb does: "condemned the attack on X", "said"', () => {
    expect(termsOf('the attack on the police post', 'x', 'police post', 'condemned')).not.toContain(RESPONSIBLE);
    expect(termsOf('the attack on the police post', 'x', 'police post', 'said')).not.toContain(RESPONSIBLE);
    expect(termsOf('the attack on the police post', 'x', 'police post', null)).not.toContain(RESPONSIBLE);
  });
});

const INCIDENT = '^inc-1:attack-gatumba';
/** A side with the given terms plus the incident it tells. */
const side = (text: string, terms: string[], origin: Origin, incident = INCIDENT): Side => ({
  text,
  terms: [...terms, incident].sort(),
  origins: [origin],
});

describe('one party blamed for one incident', () => {
  const police = said('burundi-police');
  const group = said('red-tabara-spokesman', { affiliation: 'red-tabara' });
  const blamed = side(
    'the attack on RED-Tabara',
    termsOf('the attack on RED-Tabara', 'red-tabara', 'RED-Tabara', 'blamed'),
    police,
  );

  it('is one assertion whether told with a blame verb or as the party carrying it out', () => {
    const text = 'RED-Tabara fighters carried out the attack';
    const carried = side(text, termsOf(text, 'red-tabara', 'RED-Tabara', 'said'), group);
    expect(paraphrase(blamed, carried)).not.toBeNull();
    // Without the blame verb the same content is an attack on the group, no blame.
    const on = side(blamed.text, termsOf(blamed.text, 'red-tabara', 'RED-Tabara', 'said'), police);
    expect(paraphrase(on, carried)).toBeNull();
  });

  it('is not the same blame for another incident or on another party', () => {
    const other = side(blamed.text, termsOf(blamed.text, 'red-tabara', 'RED-Tabara', 'blamed'), police, '^inc-2:x');
    const text = 'RED-Tabara fighters carried out the attack';
    const carried = side(text, termsOf(text, 'red-tabara', 'RED-Tabara', 'said'), group);
    expect(paraphrase(other, carried)).toBeNull();
    const fnl = side(
      'the attack on the FNL',
      termsOf('the attack on the FNL', 'fnl', 'FNL', 'blamed'),
      said('burundi-police'),
    );
    expect(paraphrase(fnl, blamed)).toBeNull();
  });
});

describe('a figure with a comma', () => {
  it('is a decimal with one or two digits after it, a thousands separator with three', () => {
    expect(wordTerm('3,5')).toBe('#3.5');
    expect(wordTerm('3.5')).toBe('#3.5');
    expect(wordTerm('12,75')).toBe('#12.75');
    expect(wordTerm('1,200')).toBe('#1200');
    expect(wordTerm('40,000')).toBe('#40000');
  });
});

describe('"carried off" and "made off with"', () => {
  it('are a seizure, as "seized" is', () => {
    const concepts = (text: string) => claimTerms({ text, actors: [] }).filter((t) => t.startsWith('~'));
    expect(concepts('it had wiped out the garrison and carried off weapons and a vehicle')).toEqual(
      concepts('its fighters had wiped out the garrison and seized weapons and a vehicle').filter(
        (t) => t !== '~forces',
      ),
    );
    expect(concepts('the gunmen made off with two trucks')).toContain('~seize');
    expect(concepts('the gunmen carried out the raid')).not.toContain('~seize');
  });
});
