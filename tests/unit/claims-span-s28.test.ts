// One speaker's claim told by two outlets that never met (twenty-eighth session): "without" before a noun tells how
// the act was done, no negation of it (graph/claims/terms.ts); one speaker's report of one act told with the same
// figure, acts and place in other words is one claim (graph/claims/place-told.ts), and everything else that shares a
// figure, an act or a place with it stays apart. Invented wire sentences from regions the fixtures do not use.
import { describe, expect, it } from 'vitest';

import { type Side, paraphrase, termOverlap } from '../../graph/claims/decide.ts';
import { placeTold } from '../../graph/claims/place-told.ts';
import { NEGATED } from '../../graph/claims/similar.ts';
import { claimTerms } from '../../graph/claims/terms.ts';
import { claimSide, said } from './claim-sides.ts';

const negated = (text: string) => claimTerms({ text, actors: [] }).includes(NEGATED);

describe('"without" in a content', () => {
  it('before a noun tells the manner of an asserted act', () => {
    expect(negated('the miners had entered a sealed shaft without authorization')).toBe(false);
    expect(negated('the convoy had crossed the border without any permission')).toBe(false);
    expect(negated('the gunmen opened fire without warning')).toBe(false);
    expect(negated('the detainees were held for a week without charge')).toBe(false);
  });

  it("before a gerund is the writer's aside or a real negation, and other negations still count", () => {
    expect(negated('has been detained without naming him')).toBe(true);
    expect(negated('the troops left without firing a shot')).toBe(true);
    expect(negated('the miners had not entered the shaft')).toBe(true);
    expect(negated('no one entered the shaft without permission')).toBe(true);
  });

  it('lets one speaker\'s two tellings meet when only one says "without permission"', () => {
    const minister = (text: string, outlet: string) => claimSide(text, said('lwazi-phiri', { outlet }));
    expect(
      paraphrase(
        minister('the dead were unlicensed diggers who had entered a fenced section of the quarry', 'reuters'),
        minister('the victims had entered a fenced section of the quarry without permission', 'xinhua'),
      ),
    ).not.toBeNull();
  });
});

describe("one speaker's report of one act at one place, in other words", () => {
  const ministry = (text: string, outlet: string, named: Array<[string, string]> = []) =>
    claimSide(text, said('bolivia-interior-ministry', { outlet, affiliation: 'bolivia' }), named);

  const reuters = ministry(
    'police had detained five men in Yapacani suspected of supplying the traffickers with fuel and weapons',
    'reuters',
  );

  it('meets: the same figure, act and place, suspects worded otherwise', () => {
    const abi = ministry(
      'the arrest of five persons in Yapacani suspected of providing logistical support to the criminal gangs',
      'abi',
    );
    expect(paraphrase(reuters, abi)?.reason).toMatch(/one act at one place/);
  });

  it('stays apart at another place, with another figure or another act', () => {
    const other = (text: string) => paraphrase(reuters, ministry(text, 'abi'));
    expect(other('the arrest of five persons in Montero suspected of providing logistical support')).toBeNull();
    expect(other('the arrest of six persons in Yapacani suspected of providing logistical support')).toBeNull();
    expect(other('five persons were wounded in Yapacani when suspected traffickers opened fire')).toBeNull();
  });

  it('stays apart when another speaker tells it', () => {
    const mayor = claimSide(
      'the arrest of five persons in Yapacani suspected of providing logistical support to the gangs',
      said('hector-villca', { outlet: 'abi' }),
    );
    expect(paraphrase(reuters, mayor)).toBeNull();
  });

  it('reads no one act where each side names its own group, or one names a group the other does not describe', () => {
    const told = (a: Side, b: Side) =>
      placeTold('same speaker', termOverlap(a.terms, b.terms), a, b, (t) => !t.startsWith('@bolivia'));
    const red = ministry('police had detained five Red Command members in Yapacani suspected of smuggling', 'efe', [
      ['red-command', 'Red Command'],
    ]);
    const pcc = ministry('police had detained five First Capital members in Yapacani suspected of smuggling', 'abi', [
      ['first-capital', 'First Capital'],
    ]);
    const gangs = ministry('the arrest of five gunmen in Yapacani suspected of smuggling', 'abi');
    const plain = ministry('the arrest of five persons in Yapacani suspected of smuggling', 'abi');
    expect(told(red, pcc)).toBe(false);
    expect(told(red, plain)).toBe(false);
    // The group the other side describes as gunmen is no other party.
    expect(told(red, gangs)).toBe(true);
  });
});

describe('a state named in the content that no actor mention covers', () => {
  const terms = (text: string) => claimTerms({ text, actors: [] });

  it('is that state when its name has two words or more, inside quote marks too', () => {
    expect(terms('the gunmen had come "from Sierra Leone" and had gone back across the river')).toContain(
      '@sierra-leone',
    );
    expect(terms('the convoy had crossed into South Sudan at night')).toContain('@south-sudan');
    // Its words are the state's, not words of their own.
    expect(terms('the convoy had crossed into South Sudan at night')).not.toContain('south');
  });

  it('is not read from a one-word name the article never resolved, nor from a place named after one', () => {
    expect(terms('the oil spill in the Niger Delta had spread')).not.toContain('@niger');
    expect(terms('Jordan told reporters the deal was dead')).not.toContain('@jordan');
  });
});
