// Speakers and contents the PolNeAR train misses showed the extractor losing (issue #10, fifth round): a subject
// with a long aside before its cue, a quote before a speaker with a long apposition, a colon that ends its
// paragraph, infinitives the subject carries out, fronted and progressive speech verbs, relative speakers and
// participles after an embedded speaker. Each on short wire copy of other places, topics and years, through the
// real tagger (ingest/nlp) and no actors stage.
import { describe, expect, it } from 'vitest';

import type { AttributionDoc } from '../../ingest/types.ts';
import { attributeText, nameOf } from './attribute-text.ts';

const run = attributeText;
const said = (doc: AttributionDoc) => doc.claims.map((c) => [nameOf(doc, c.speaker), c.text]);
/** The evidence span of a claim's content, as scorers read it. */
const span = (doc: AttributionDoc & { text: string }, i: number) =>
  doc.text.slice(doc.claims[i]!.evidence.content[0], doc.claims[i]!.evidence.content[1]);

describe('attribute: a subject with a long aside before its cue', () => {
  it('skips relative clauses, quoted titles, participles, dashes and party tags between subject and cue', () => {
    const doc = run(
      'Okonjo, the co-author of "Rivers of Oil," a history of the delta, said the spill was the worst in a decade.\n' +
        'Dr. Lina Haddad, a Beirut surgeon helping to run the field clinic, said supplies would last a week.\n' +
        'Ms. Tan — after a long pause — told reporters the vote had been fair.\n' +
        'And Sen. Mara Quist (D-Minn.), another first-term senator, said she would oppose the bill.\n' +
        'Ferreira, who calls the plan "a betrayal," said he would appeal to the courts.',
    );
    expect(said(doc)).toContainEqual(['Okonjo', 'the spill was the worst in a decade']);
    expect(said(doc)).toContainEqual(['Lina Haddad', 'supplies would last a week']);
    expect(said(doc)).toContainEqual(['Tan', 'the vote had been fair']);
    expect(said(doc)).toContainEqual(['Mara Quist', 'she would oppose the bill']);
    expect(said(doc)).toContainEqual(['Ferreira', 'he would appeal to the courts']);
  });

  it('leaves a clause with a finite verb of its own alone: no speaker from "the capital, sirens sounded,"', () => {
    const doc = run('In Kyiv, the capital, sirens sounded, and residents said they had heard blasts.');
    expect(said(doc)).toEqual([['residents', 'they had heard blasts']]);
  });
});

describe('attribute: a quote before a speaker with a long apposition', () => {
  it('takes the quote, not the adjunct after the cue, and the name, not a place in the apposition', () => {
    const doc = run(
      '"The water is still rising," Mr. Okafor, now 64 and retired in Lokoja, Kogi State, said by telephone on Sunday.\n' +
        '"I will vote for change," Maria Chen, 67, a retired nurse in Kaohsiung, Taiwan, said in a follow-up interview.\n' +
        'Turnout was low, Wilkin said during his campaign speech to be a national delegate.',
    );
    expect(said(doc)).toEqual([
      ['Okafor', 'The water is still rising'],
      ['Maria Chen', 'I will vote for change'],
      ['Wilkin', 'Turnout was low'],
    ]);
  });

  it('reads an inverted "warned" with its speaker, and a name after an inverted role', () => {
    const doc = run(
      '"The ceasefire will not hold," warned analyst Mei Chen of Nomura.\n' +
        'The currency will fall further, warned economist Raul Ortega.\n' +
        '"We have done nothing wrong," said a spokesman for the ministry, Ivan Petrov.',
    );
    expect(said(doc)).toEqual([
      ['analyst Mei Chen of Nomura', 'The ceasefire will not hold'],
      ['Raul Ortega', 'The currency will fall further'],
      ['Ivan Petrov', 'We have done nothing wrong'],
    ]);
  });
});

describe('attribute: a colon that ends its paragraph', () => {
  it('takes the next paragraph, a quote or a block quotation without marks', () => {
    const doc = run(
      'Health officials in Accra defended the programme on Monday. Dr. Ama Owusu stated:\n' +
        '"The vaccine is safe and we will keep using it. Nobody has been harmed."\n' +
        'In a letter to parents, the ministry wrote:\n' +
        'Schools will reopen on Monday and classes will run as normal.\n' +
        'The talks ended without a deal.',
    );
    expect(said(doc)).toEqual([
      ['Ama Owusu', 'The vaccine is safe and we will keep using it. Nobody has been harmed'],
      ['ministry', 'Schools will reopen on Monday and classes will run as normal'],
    ]);
  });
});

describe('attribute: infinitives the subject carries out', () => {
  it('reads "continued to insist", "took to Twitter to say", "went so far as to say", "used his speech to call"', () => {
    const doc = run(
      'The defence minister continued to insist that no civilians were killed.\n' +
        'Opposition leader Maria Lopez took to Twitter to say the count had been rigged.\n' +
        'Finance Minister Kofi Mensah went so far as to say that the treaty was dead.\n' +
        'Mayor Ruth Achieng used her speech to call the plan a disaster.',
    );
    expect(said(doc)).toEqual([
      ['defence minister', 'no civilians were killed'],
      ['Maria Lopez', 'the count had been rigged'],
      ['Kofi Mensah', 'the treaty was dead'],
      ['Ruth Achieng', 'the plan a disaster'],
    ]);
  });

  it('gives "prompted X to declare", "led X to say" to X, the object that then speaks', () => {
    const doc = run(
      'The court ruling prompted the dockworkers union to declare that the strike was over.\n' +
        'The landslide led party chairman Obi Ekwe to declare that the nomination was settled.\n' +
        'The flood led to calls to declare a state of emergency.',
    );
    expect(said(doc)).toEqual([
      ['dockworkers union', 'the strike was over'],
      ['party chairman Obi Ekwe', 'the nomination was settled'],
    ]);
  });

  it('still asserts nothing for "declined to say", "is expected to argue" and "urged X to say"', () => {
    const doc = run(
      'The governor declined to say whether the dam was safe.\n' +
        'The central bank is expected to argue that inflation has peaked.\n' +
        'Donors urged the ministry to say the funds had been spent.',
    );
    expect(doc.claims.filter((c) => /inflation|dam was safe|funds/.test(c.text) && !/to say/.test(c.text))).toEqual([]);
  });
});

describe('attribute: fronted, progressive and relative speech verbs', () => {
  it('gives a fronted "Noting that C," to the main clause\'s subject and keeps C out of its verb\'s content', () => {
    const doc = run(
      'Noting that the shilling had lost a third of its value, Governor Patrick Njoroge warned of further rate rises.\n' +
        'Acknowledging that the army "made mistakes," President Ruto said the inquiry would be independent.',
    );
    expect(said(doc)).toEqual([
      ['Patrick Njoroge', 'the shilling had lost a third of its value'],
      ['Ruto', 'the army "made mistakes'],
      ['Ruto', 'the inquiry would be independent'],
    ]);
  });

  it('reads a gerund after "by", "before" or "after" with a clause after it, but not "after hearing the result"', () => {
    const doc = run(
      'Prime Minister Ana Brnabic rallied supporters by warning darkly that the opposition was coming out in droves.\n' +
        'Governor Adeleke responded before adding that the state would pay salaries in March.\n' +
        'Senator Wu criticised the tariff after noting that it would cost farmers $5 billion.\n' +
        'The crowd cheered after hearing the result.',
    );
    expect(said(doc)).toEqual([
      ['Ana Brnabic', 'the opposition was coming out in droves'],
      ['Adeleke', 'the state would pay salaries in March'],
      ['Wu', 'it would cost farmers $5 billion'],
    ]);
  });

  it('reads a progressive with a clause after it ("is telling supporters that C")', () => {
    const doc = run('President Samia Suluhu Hassan is telling supporters in Arusha that the economy will grow.');
    expect(said(doc)).toEqual([['Samia Suluhu Hassan', 'the economy will grow']]);
  });

  it('reads relative speakers before a quote, after "who" and in "who\'s argued", and "which X described as Y"', () => {
    const doc = run(
      'The motion was backed by Senator Grace Akello, who declared, "This is a dark day for our democracy."\n' +
        'The mill was sued by two former workers who claim they were fired for joining the union.\n' +
        "Critics include Tomas Berg, who's argued for years that the bank is too big.\n" +
        'The report criticised the dam, which engineers described as "a disaster waiting to happen."',
    );
    expect(said(doc)).toEqual([
      ['Grace Akello', 'This is a dark day for our democracy'],
      ['former workers', 'they were fired for joining the union'],
      ['Tomas Berg', 'the bank is too big'],
      ['engineers', 'a disaster waiting to happen'],
    ]);
    expect(span(doc, 3)).toBe('a disaster waiting to happen');
  });
});

describe('attribute: participles of a clause whose object speaks or cannot speak', () => {
  it('gives "saying" to the clause\'s subject after an embedded speaker and after things that cannot speak', () => {
    const doc = run(
      'President Ruto sharply rebuked critics who say he should resign, saying the economy had recovered.\n' +
        'Finance Minister Ngozi Bello opened the second debate saying the budget was balanced.\n' +
        'Protesters blocked the road to the port, carrying signs saying the deal was a sell-out.\n' +
        'A group of nurses marched on parliament, saying they had not been paid.',
    );
    expect(said(doc)).toEqual([
      ['critics', 'he should resign'],
      ['Ruto', 'the economy had recovered'],
      ['Ngozi Bello', 'the budget was balanced'],
      ['Protesters', 'the deal was a sell-out'],
      ['group', 'they had not been paid'],
    ]);
  });
});

describe('attribute: a reason given with "citing"', () => {
  it("gives a cited reason ending the sentence to the clause's subject, but keeps cited voices as relays", () => {
    const doc = run(
      'Kenya Airways cancelled 40 flights on Monday, citing the strike by air traffic controllers.\n' +
        'The channel reported the deal, citing two officials.\n' +
        'Pastor Ade Bello, citing a verse from Exodus, endorsed the governor.',
    );
    expect(said(doc)).toEqual([
      ['Kenya Airways', 'the strike by air traffic controllers'],
      ['channel', 'the deal'],
    ]);
  });
});

describe('attribute: a speech noun with its issuer after a quote', () => {
  it('gives "the army\'s statement" to the army, not to the last body that spoke', () => {
    const doc = run(
      'GOMA, Congo (Reuters) - "The situation is under control," a statement from the presidency said.\n' +
        '"The road to Sake is open," the army\'s statement said.',
    );
    expect(said(doc)).toEqual([
      ['presidency', 'The situation is under control'],
      ['army', 'The road to Sake is open'],
    ]);
  });
});
