// Speech tags the attribution stage used to miss (issue #10, PolNeAR train misses): subjects past tagger slips,
// content that follows the tag, show titles after it, quotes resumed after the writer's words, quantifier and
// first-person speakers, present-tense cues tagged as nouns, reported questions. Short wire copy of other places,
// topics and years, through the real tagger (ingest/nlp) and no actors stage.
import { describe, expect, it } from 'vitest';

import type { AttributionDoc } from '../../ingest/types.ts';
import { attributeText, nameOf } from './attribute-text.ts';

const said = (doc: AttributionDoc) => doc.claims.map((c) => [nameOf(doc, c.speaker), c.text]);
const source = (doc: AttributionDoc & { text: string }, i: number) => {
  const [s, e] = doc.claims[i]!.evidence.source ?? [0, 0];
  return doc.text.slice(s, e);
};

describe('attribute: subjects past tagger slips', () => {
  it('reads subjects whose appositives hold compounds, ages and -ed adjectives the tagger took for verbs', () => {
    const doc = attributeText(
      'NAIROBI, May 3, 2022 (Reuters) - Wanjiru Kamau, a founder of the center-left think tank Mzalendo, said the ' +
        'budget would widen the deficit.\n' +
        'Otieno Odhiambo, then 38, said he was told to leave the ministry.\n' +
        '"Nobody asked the farmers," said one unaligned county lawmaker.\n' +
        'The self-described fiscal hawk said the levy would fail.',
    );
    expect(said(doc)).toEqual([
      ['Wanjiru Kamau', 'the budget would widen the deficit'],
      ['Otieno Odhiambo', 'he was told to leave the ministry'],
      [expect.stringMatching(/lawmaker/), 'Nobody asked the farmers'],
      [expect.stringMatching(/hawk/), 'the levy would fail'],
    ]);
  });

  it('starts the subject after the conjunction of an earlier clause ("... and Mwangi said", "when Achieng asked")', () => {
    const doc = attributeText(
      'The auditor was copied on the letters and Mwangi said he signed them before the vote.\n' +
        'The chamber fell silent when Achieng asked whether the contracts would be published.',
    );
    expect(said(doc)).toEqual([
      ['Mwangi', 'he signed them before the vote'],
      ['Achieng', 'whether the contracts would be published'],
    ]);
    expect(source(doc, 1)).toBe('Achieng');
  });
});

describe('attribute: content after the tag', () => {
  it('takes the words after the tag when nothing but a conjunction stands before it', () => {
    const doc = attributeText(
      'Rosa Quispe said, if elected, she would close the mine within a year.\n' +
        'Luis Paredes said because the copper price had fallen, "the company cannot pay the fines."\n' +
        'As Carmen Rojas said, the drought has emptied the reservoirs.\n' +
        'But, said Jorge Salas, "the talks are not over."',
    );
    expect(said(doc)).toEqual([
      ['Rosa Quispe', 'if elected, she would close the mine within a year'],
      ['Luis Paredes', 'because the copper price had fallen, "the company cannot pay the fines'],
      ['Carmen Rojas', 'the drought has emptied the reservoirs'],
      ['Jorge Salas', 'the talks are not over'],
    ]);
  });

  it('takes the content before the tag when a quoted show title or a participle adjunct follows it', () => {
    const doc = attributeText(
      'The harvest was the worst in a decade, Pedro Huaman said on Radio Programas\' "La Rotativa."\n' +
        '"We will march again," Elena Mamani told "Cuarto Poder" after the police cleared the square.\n' +
        '"I would have stayed," Mr. Condori, the mayor of Puno, said in his office overlooking the lake.',
    );
    expect(said(doc)).toEqual([
      ['Pedro Huaman', 'The harvest was the worst in a decade'],
      ['Elena Mamani', 'We will march again'],
      ['Condori', 'I would have stayed'],
    ]);
  });
});

describe('attribute: a quote resumed after the tag', () => {
  it("joins the next sentence's quote across the writer's words in the tag, not across another speech verb", () => {
    const doc = attributeText(
      '"The river has never been this low," Aino Virtanen said as the ferry waited at the dock. "We cannot cross."\n' +
        '"It is a fair price," Mikko Laine said when asked about the tender. "Nobody else bid."\n' +
        '"The plant stays open," Juha Niemi said, and the union replied with a strike call. "Jobs come first."',
    );
    expect(said(doc)).toEqual([
      ['Aino Virtanen', 'The river has never been this low We cannot cross'],
      ['Mikko Laine', 'It is a fair price Nobody else bid'],
      ['Juha Niemi', 'The plant stays open'],
    ]);
  });
});

describe('attribute: a quote resumed after an abbreviation or doubled apostrophes', () => {
  it('joins the quote after "Ont." in the tag, and a doubled-apostrophe quote with commas inside', () => {
    const doc = attributeText(
      "''The mill will not reopen,'' said Marie Tremblay, 44, of Kapuskasing, Ont. ''We have been told to retrain.''\n" +
        "''It is a long winter,'' Luc Gagnon said in an interview. ''We had to choose, in the end, between heat and " +
        "food, and most of us chose heat in.''",
    );
    expect(said(doc)).toEqual([
      ['Marie Tremblay', expect.stringMatching(/^The mill will not reopen.*We have been told to retrain$/)],
      ['Luc Gagnon', expect.stringMatching(/^It is a long winter.*most of us chose heat in$/)],
    ]);
  });
});

describe('attribute: quantifier, noun-tagged and first-person speakers', () => {
  it('reads a share of the people polled, and a present-tense cue after a common noun', () => {
    const doc = attributeText(
      'A survey of 1,200 Bavarian voters found wide unease; most said they feared higher energy bills.\n' +
        'Another said the coalition had ignored rural areas.\n' +
        'The Federal Cartel Office claims the merger would raise fuel prices.',
    );
    const texts = doc.claims.map((c) => c.text);
    expect(texts).toEqual([
      'they feared higher energy bills',
      'the coalition had ignored rural areas',
      'the merger would raise fuel prices',
    ]);
    expect(source(doc, 0)).toBe('most');
    expect(source(doc, 2)).toBe('The Federal Cartel Office');
  });

  it('credits the first person outside quotes to the writer, an unnamed person, and inside quotes to the speaker', () => {
    const doc = attributeText(
      'I asked the minister how the reactor would be cooled.\n' +
        '"I have no plan to resign," Minister Kaarin Tamm said.\n' +
        'I told her that the inspectors had found cracks.',
    );
    expect(said(doc)).toEqual([
      ['the author', 'how the reactor would be cooled'],
      ['Kaarin Tamm', 'I have no plan to resign'],
      ['the author', 'the inspectors had found cracks'],
    ]);
    const author = doc.actors.find((a) => a.name === 'the author');
    expect(author?.anonymous).toBe(true);
  });
});
