// Where a reported content ends and starts (twenty-eighth session): a discourse marker set off after the cue ("for
// its part", "in turn", "however") is the writer's, and ", while <another subject> has claimed ..." is the writer's
// clause with a speaker of its own, bracketed acronym and auxiliaries before its verb (ingest/attribution/content.ts).
// Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { attributeText } from './attribute-text.ts';

const contents = (text: string) => attributeText(text).claims.map((c) => c.text);

describe('a discourse marker opening the content', () => {
  it('is no part of what was said', () => {
    expect(
      contents(
        'The Interior Ministry announced, for its part, the arrest of five persons in Yapacani suspected of smuggling fuel.',
      ),
    ).toContain('the arrest of five persons in Yapacani suspected of smuggling fuel');
    expect(
      contents('The army spokesman said, in turn, that troops had arrested three suspects near the market.'),
    ).toContain('troops had arrested three suspects near the market');
    expect(contents('The governor said, however, that the bridge would reopen next week.')).toContain(
      'the bridge would reopen next week',
    );
  });

  it("stays where it is the content's own words", () => {
    expect(contents('The minister said that for its part the government would pay the salaries.')).toContain(
      'for its part the government would pay the salaries',
    );
  });
});

describe('a contrast with a speaker of its own after the content', () => {
  it('ends the content, auxiliaries and a bracketed acronym before its verb', () => {
    const got = contents(
      'The governor accused Boko Haram of sending the bombers into the market, while the Islamic State West Africa Province (ISWAP) has claimed responsibility for the attack.',
    );
    expect(got).toContain('Boko Haram of sending the bombers into the market');
  });

  it("does not end it at a contrast with no speech verb: the speaker's own two clauses", () => {
    expect(contents('The minister said the army would withdraw, while the police would stay in the town.')).toContain(
      'the army would withdraw, while the police would stay in the town',
    );
  });
});
