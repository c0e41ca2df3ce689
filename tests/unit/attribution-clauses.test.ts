// Where a claim's content and its speakers end (issue #10, PolNeAR train misses and two fresh wire stories): requests,
// a second clause with its own speaker, coordinated speakers, a shared subject past a relative aside, mid-sentence
// tags and doubled-apostrophe quotes. Each on short wire copy of other places, topics and years, through the real
// tagger (ingest/nlp) and no actors stage.
import { describe, expect, it } from 'vitest';

import type { AttributionDoc } from '../../ingest/types.ts';
import { attributeText, nameOf } from './attribute-text.ts';

const run = attributeText;

/** The evidence span of a claim's content, as scorers read it. */
const span = (doc: AttributionDoc & { text: string }, i: number) =>
  doc.text.slice(doc.claims[i]!.evidence.content[0], doc.claims[i]!.evidence.content[1]);
const said = (doc: AttributionDoc) => doc.claims.map((c) => [nameOf(doc, c.speaker), c.text]);

describe('attribute: requests', () => {
  it('reads "asked X to V" as the asker\'s, with whom it asks, up to a clause with its own subject', () => {
    const doc = run(
      'DHAKA, Feb. 9, 2019 (Reuters) - During the flood briefing, Mayor Atiqul Islam asked residents to boil drinking water for a week.\n' +
        'When Dr. Nasima Sultana asked hospitals to postpone routine surgery, most of them agreed.\n' +
        'The utility asked customers to cut their use by a fifth, and about 9,000 households said they would.\n' +
        'Reporters asked Commissioner Rafiq Ahmed to confirm the pumps had failed.',
    );
    expect(said(doc)).toEqual([
      ['Atiqul Islam', 'residents to boil drinking water for a week'],
      ['Nasima Sultana', 'hospitals to postpone routine surgery'],
      ['utility', 'customers to cut their use by a fifth'],
      ['households', 'they would'],
    ]);
    expect(span(doc, 0)).toBe('residents to boil drinking water for a week');
  });
});

describe('attribute: where a content ends', () => {
  it('ends a content where a clause joined by "and" brings its own subject and speech verb', () => {
    const doc = run(
      "QUITO, Oct. 4, 2021 (Reuters) - Peru's foreign ministry said it regretted the closure of the border crossing, and " +
        "Colombia's government, citing migration figures, said the number of people crossing had doubled.\n" +
        'The port authority said the cranes were idle, but the dockworkers union said the strike would end on Friday.',
    );
    const texts = doc.claims.map((c) => c.text);
    expect(texts).toContain('it regretted the closure of the border crossing');
    expect(texts).toContain('the cranes were idle');
    expect(texts).toContain('the strike would end on Friday');
    expect(texts.some((t) => /crossing had doubled/.test(t) && /regretted/.test(t))).toBe(false);
  });

  it('reads "X, Y said, <speech verb> ..." as one content: the verb after the tag is the predicate of X', () => {
    const doc = run(
      'ACCRA, July 2, 2018 (Reuters) - The central bank, traders said, denied any plan to devalue the cedi.\n' +
        'The ruling party, a senior official said, rejected the new levy.',
    );
    expect(said(doc)).toEqual([
      ['traders', 'The central bank denied any plan to devalue the cedi'],
      ['senior official', 'The ruling party rejected the new levy'],
    ]);
  });
});

describe('attribute: speakers', () => {
  it("gives coordinated common-noun speakers one claim each, not one glued actor; one person's two roles stay one", () => {
    const doc = run(
      'GOMA, Congo, May 14, 2024 (Reuters) - Shelling hit a camp for displaced people outside the city on Friday, ' +
        'witnesses and a local aid group said.\n' +
        'Police and doctors said the clinic had run out of antibiotics.\n' +
        'Local traders and market vendors said the roads were closed.\n' +
        'The vendor and bus driver said he had lost a week of sales.',
    );
    expect(doc.claims.map((c) => nameOf(doc, c.speaker))).toEqual([
      'witnesses',
      'local aid group',
      'Police',
      'doctors',
      'Local traders',
      'market vendors',
      'vendor and bus driver',
    ]);
  });

  it('finds the subject a second cue shares past a relative clause inside an appositive', () => {
    const doc = run(
      'ADDIS ABABA, Nov. 3, 2020 (Reuters) - The Oromo Liberation Front, the armed movement that calls itself the ' +
        'voice of the Oromo people, condemned the air strikes and said at least 30 civilians had been killed.',
    );
    expect(said(doc)).toEqual([['Oromo Liberation Front', 'at least 30 civilians had been killed']]);
  });
});

describe("attribute: doubled-apostrophe quotes ('')", () => {
  it('credits a question closed before a sentence break to the tag after it, inverted or not', () => {
    const doc = run(
      'WELLINGTON, March 8, 2017 (Reuters) - Finance Minister Steven Joyce spoke to farmers in Hamilton.\n' +
        "''Can the dairy sector carry this?'' Mr. Joyce asked. ''I think it can.''\n" +
        "''Who pays for the clean-up?'' asked Marama Davidson, referring to the river spill.",
    );
    expect(doc.claims.map((c) => nameOf(doc, c.speaker))).toEqual(['Joyce', 'Marama Davidson']);
    expect(doc.claims[0]!.text).toMatch(/^Can the dairy sector carry this\?.*I think it can$/);
    expect(doc.claims[1]!.text).toBe('Who pays for the clean-up?');
  });

  it('takes the quote before the tag, not a relative clause after its adjunct, and the quote after it', () => {
    const doc = run(
      "OSAKA, June 1, 2016 (Reuters) - ''It's like a new stadium,'' Mr. Tanaka said in a video that showed the renovated " +
        "stands. ''The club will sell every seat.''",
    );
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe("It's like a new stadium The club will sell every seat");
  });
});

describe('attribute: a quote split by its tag', () => {
  it('joins the second quote when the tag names a show in quotes or describes the speaker with a participle', () => {
    const doc = run(
      'KAMPALA, Jan. 20, 2021 (Reuters) - "The count was clean," Simon Byabakama said Monday on NTV\'s "Meet the ' +
        'Voters." "Every district has filed its results."\n' +
        '"Turnout beat our forecast," said Lina Mwesigwa, a spokeswoman for the committee raising funds for observers. ' +
        '"We saw long queues in Gulu."',
    );
    expect(said(doc)).toEqual([
      ['Simon Byabakama', 'The count was clean Every district has filed its results'],
      ['Lina Mwesigwa', 'Turnout beat our forecast We saw long queues in Gulu'],
    ]);
  });
});
