// One speech act reporting two assertions (issue #10): 'X said that "A" and that B' gives two claims of X's, each with
// its own span, so an outlet telling only A or only B meets its own claim. Plain clauses joined by "and that", ordinary
// coordination inside one clause and interrupted quotes stay one claim. Short wire copy of other places and years,
// through the real tagger (ingest/nlp) and no actors stage.
import { describe, expect, it } from 'vitest';

import type { AttributionDoc } from '../../ingest/types.ts';
import { attributeText, nameOf } from './attribute-text.ts';

type Doc = AttributionDoc & { text: string };
const said = (doc: Doc) => doc.claims.map((c) => [nameOf(doc, c.speaker), c.stance, c.quote, c.text]);
/** Each claim's content span as scorers read it. */
const spans = (doc: Doc) => doc.claims.map((c) => doc.text.slice(c.evidence.content[0], c.evidence.content[1]));

describe('attribute: a quote and a second complement clause', () => {
  it('gives the quoted words and the clause after "and that" as two claims with their own spans', () => {
    const doc = attributeText(
      'ABUJA, March 3, 2024 (Reuters) - The Nigerian army said in a statement that "bandits loyal to Bello Turji ' +
        'carried out the attack" and that 14 hostages had been rescued in the forest near Shinkafi.',
    );
    expect(said(doc)).toEqual([
      ['Nigerian army', 'claims', true, 'bandits loyal to Bello Turji carried out the attack'],
      ['Nigerian army', 'claims', false, '14 hostages had been rescued in the forest near Shinkafi'],
    ]);
    expect(spans(doc)).toEqual([
      'bandits loyal to Bello Turji carried out the attack',
      '14 hostages had been rescued in the forest near Shinkafi',
    ]);
    // One cue, one speaker mention for both.
    expect(doc.claims[0]!.evidence.cue).toEqual(doc.claims[1]!.evidence.cue);
    expect(doc.claims[0]!.evidence.source).toEqual(doc.claims[1]!.evidence.source);
  });

  it('splits after a plain first clause when the second is the quote, and keeps a denial a denial in both', () => {
    const doc = attributeText(
      'The ministry denied that its troops had crossed the border and that "a single shot was fired at civilians".\n' +
        'A police spokesman said the gunmen had fled into the hills and that "the situation is now calm".',
    );
    expect(said(doc)).toEqual([
      ['ministry', 'denies', false, 'its troops had crossed the border'],
      ['ministry', 'denies', true, 'a single shot was fired at civilians'],
      ['police spokesman', 'claims', false, 'the gunmen had fled into the hills'],
      ['police spokesman', 'claims', true, 'the situation is now calm'],
    ]);
  });
});

describe('attribute: a quote, a comma and a second complement clause', () => {
  it("keeps the clause after '\", but that' instead of ending the content at the quote", () => {
    const doc = attributeText(
      'LIMA, Aug. 19, 2023 (EFE) - Interior Minister Vicente Romero said that "the attackers came from Ecuador", ' +
        'but that no Peruvian police officer had been hurt in the shootout.',
    );
    expect(said(doc).map((c) => c.slice(1))).toEqual([
      ['claims', true, 'the attackers came from Ecuador'],
      ['claims', false, 'no Peruvian police officer had been hurt in the shootout'],
    ]);
  });
});

describe('attribute: what stays one claim', () => {
  it('keeps plain clauses joined by "and that" or "but that" whole, as outlets retell them together', () => {
    const doc = attributeText(
      'The governor said the dead were nine civilians and three soldiers, and that the town was calm again.\n' +
        'The court said the ruling was final but that the government could set a new date.',
    );
    expect(spans(doc)).toEqual([
      'the dead were nine civilians and three soldiers, and that the town was calm again',
      'the ruling was final but that the government could set a new date',
    ]);
  });

  it('keeps coordination inside one clause, a demonstrative "that" and an interrupted quote whole', () => {
    const doc = attributeText(
      'The army said its troops killed three fighters and wounded two others near the village.\n' +
        'The ministry said Mali and Niger had agreed to share intelligence.\n' +
        'Police officials said a second device was found in Chelsea and that location is being treated as a crime scene.\n' +
        '"The attack was ordered from inside the prison," the minister said, "and that is why we moved the leaders."',
    );
    expect(spans(doc)).toEqual([
      'its troops killed three fighters and wounded two others near the village',
      'Mali and Niger had agreed to share intelligence',
      'a second device was found in Chelsea and that location is being treated as a crime scene',
      'The attack was ordered from inside the prison," the minister said, "and that is why we moved the leaders',
    ]);
    expect(doc.claims).toHaveLength(4);
  });

  it('does not split a second clause that may belong to an inner "that" clause', () => {
    const doc = attributeText(
      'The ministry said the survey showed that "prices had risen sharply" and that wages had fallen.',
    );
    expect(spans(doc)[0]).toBe('the survey showed that "prices had risen sharply" and that wages had fallen');
  });
});

describe('attribute: two counts joined by "and that"', () => {
  it('gives each clause that counts its own dead, wounded or detained as a claim of its own', () => {
    const doc = attributeText(
      'KAMPALA, May 2, 2017 (Reuters) - Army spokesman Richard Karemire said two soldiers had been killed and that ' +
        'troops had killed 11 rebels near the border.\n' +
        'A police spokesman said 12 people were killed in the blast and that 30 others had been wounded.\n' +
        'The ministry said 40 suspects had been arrested, and that three officers had died in the raid.',
    );
    expect(spans(doc)).toEqual([
      'two soldiers had been killed',
      'troops had killed 11 rebels near the border',
      '12 people were killed in the blast',
      '30 others had been wounded',
      '40 suspects had been arrested',
      'three officers had died in the raid',
    ]);
    // One cue and one speaker mention for both clauses of a statement.
    expect(doc.claims[0]!.evidence.cue).toEqual(doc.claims[1]!.evidence.cue);
  });

  it('keeps a count joined to a clause that counts nothing whole, and a clause with no act told with its figure', () => {
    const doc = attributeText(
      'The spokesman said five militants were killed and that the army was combing the hills.\n' +
        'The mayor said the town had 3,000 residents and that 200 homes were flooded.',
    );
    expect(spans(doc)).toEqual([
      'five militants were killed and that the army was combing the hills',
      'the town had 3,000 residents and that 200 homes were flooded',
    ]);
  });
});
