// Bodies keyed to the wrong actor or state (session 30): a place in a body's own sentence beats the story's state
// ("In Washington, House Democrats said" from Vienna; "the Supreme Court in Apia" from a New Zealand outlet); a
// mission or delegation a body sends is its own actor; a city closing a foreign body's name is no state; a title
// closing "Office of the ..." is the office's name; "Navy and Army" are two services.
import { describe, expect, it } from 'vitest';

import { clausePlaceState, sentenceAround } from '../../ingest/actors/clause-place.ts';
import { openingState } from '../../ingest/actors/state-opened.ts';
import { extract } from '../../ingest/extract.ts';
import { nodes } from './resolved-nodes.ts';

const ids = (text: string) => extract({ source: 'wire.txt', text }).actors.map((a) => a.id);

describe('the place named in a body’s own sentence', () => {
  it('is found in the sentence around the span, and two states or none give null', () => {
    const t = 'KYIV (AFP) - Talks went on. In Ottawa, the Supreme Court ruled. Later, in Kyiv, officials met.';
    const at = t.indexOf('Supreme Court');
    expect(t.slice(...sentenceAround(t, at))).toBe('In Ottawa, the Supreme Court ruled.');
    expect(clausePlaceState(t, at, at + 13)).toBe('canada');
    // A place right after the body is its own; one further on is another noun's.
    const pair = 'The court in Ottawa and the court in Nairobi.';
    expect(clausePlaceState(pair, 4, 9)).toBe('canada');
    const far = 'The Foreign Office sought news of a British national detained in Tehran.';
    expect(clausePlaceState(far, 4, 18)).toBeNull();
    const two = 'In Ottawa and in Nairobi, the courts ruled.';
    expect(clausePlaceState(two, 30, 36)).toBeNull();
    const none = 'The Supreme Court ruled on Monday. Talks in Nairobi went on.';
    expect(clausePlaceState(none, 4, 17)).toBeNull();
  });

  it("keeps a party the gazetteer knows its own when the sentence is set in the party's state, not the dateline's", () => {
    const x = ids(
      'MADRID, May 3, 2021 (Reuters) - The government said the budget would pass. ' +
        'In Washington, Senate Republicans said the trade deal was dead.',
    );
    expect(x).toContain('republican-party');
    expect(x).not.toContain('spain-republican-party');
  });

  it("gives a generic court the state of the city the sentence names, not the outlet's or dateline's", () => {
    const a = ids(
      "WELLINGTON, May 2, 2019 (RNZ) - A Tongan MP has told the Supreme Court in Nuku'alofa that the money was a gift.",
    );
    expect(a).toContain('tonga-supreme-court');
    expect(a).not.toContain('new-zealand-supreme-court');
    // Must stay apart: the dateline state's own court, with no other place in its sentence.
    const b = ids('WELLINGTON, May 2, 2019 (RNZ) - The Supreme Court ruled on Thursday that the law was valid.');
    expect(b).not.toContain('tonga-supreme-court');
  });
});

describe('a mission or delegation of a body', () => {
  it('is an actor of its own, keyed by the body and the state it is in, and the body keeps its own name', () => {
    const a = nodes(
      'FREETOWN, March 9, 2018 (Reuters) - The African Union observer mission said the vote was orderly. ' +
        'African Union leaders will meet in Addis Ababa next week.',
    );
    const b = nodes('FREETOWN, March 9, 2018 (AFP) - The African Union mission said on Friday that turnout was high.');
    // The mission's phrase holds the body's own name: the mission is the node that is not the body.
    const m = a.at('African Union observer mission').find((id) => id !== 'african-union');
    expect(m).toBeDefined();
    expect(a.at('African Union leaders')).toEqual(['african-union']);
    expect(b.at('African Union mission')).toContain(m);
    // Must stay apart: the same body's mission in another state.
    const c = nodes(
      'MONROVIA, Oct 11, 2017 (AFP) - The African Union mission said on Wednesday that turnout was high.',
    );
    expect(c.at('African Union mission')).not.toContain(m);
  });
});

describe('body names closed by a city or a title', () => {
  it('a foreign body head then a known city is no mention of the state; the city alone still is', () => {
    const x = ids(
      'The wounded were taken to the Academisch Ziekenhuis Amsterdam. According to the hospital, two are critical.',
    );
    expect(x).not.toContain('netherlands');
    // The city acting for its state elsewhere in the article is still the state.
    expect(ids('AMSTERDAM (Reuters) - The Netherlands said on Monday it would object to the plan.')).toContain(
      'netherlands',
    );
  });

  it('"Office of the <words> Commissioner" is the office, and a name after the title leaves it a title', () => {
    expect(ids('The Office of the Information Commissioner said the complaint was upheld.')).toContain(
      'office-of-the-information-commissioner',
    );
    expect(ids('An aide in the Office of the Commissioner Ahmed Bello said.')).not.toContain(
      'office-of-the-commissioner-ahmed-bello',
    );
  });

  it('"Navy and Army personnel" are two services, not one group of that name', () => {
    const x = ids('COLOMBO, Nov 2, 2018 (AFP) - Navy and Army personnel were deployed to the flooded districts.');
    expect(x).not.toContain('navy-and-army');
    expect(x).toContain('sri-lanka-navy');
  });
});

describe('a state named in the "of" tail of its own body', () => {
  it('has that name as its own mention, as "Ghana\'s" before the court has', () => {
    const text = 'ACCRA (Reuters) - The Supreme Court of Ghana on Monday halted a rerun of the vote in two wards.';
    const actors = extract({ source: 'wire.txt', text }).actors;
    const at = text.indexOf('Ghana on');
    expect(actors.find((a) => a.id === 'ghana')?.mentions).toContainEqual([at, at + 5]);
    expect(actors.find((a) => a.id === 'ghana-supreme-court')?.mentions).toContainEqual([
      text.indexOf('Supreme'),
      at + 5,
    ]);
  });
});

describe('a body its own state names in the same words', () => {
  it('stays that state’s whatever other place its sentence names', () => {
    const text =
      'BEIRUT (Reuters) - The U.S. military’s Central Command said it had carried out a strike in northwest Syria on Sunday.';
    expect(ids(text)).toContain('united-states-central-command');
    expect(ids(text)).not.toContain('syria-central-command');
  });
});

describe('a body whose name a state’s name opens', () => {
  it('is that state’s body, and the state stays to own it', () => {
    expect(openingState('Malawi Revenue Authority')).toBe('malawi');
    expect(openingState('Sierra Leone Roads Authority')).toBe('sierra-leone');
    expect(openingState('Malawian Revenue Authority')).toBeNull();
    expect(openingState('Malawi')).toBeNull();
    const text =
      'Officials of the Malawi Revenue Authority said on Monday that the government would not extend the tax deadline.';
    const actors = extract({ source: 'wire.txt', text }).actors;
    const body = actors.find((a) => a.name === 'Malawi Revenue Authority');
    expect(body?.affiliation).toBe('malawi');
    expect(actors.map((a) => a.id)).toContain('malawi');
  });
});

describe('a title and a verb before a body’s name', () => {
  it('reads the clause as a clause: the body keeps its own name', () => {
    const text = 'A senator on Tuesday accused the Malawi Revenue Authority of hiding the audit.';
    const names = extract({ source: 'wire.txt', text }).actors.map((a) => a.name);
    expect(names).toContain('Malawi Revenue Authority');
    expect(names.some((n) => /accused/.test(n))).toBe(false);
  });
});

describe('a party named "All ..." and its acronym before it', () => {
  it('keeps "All" in the name and reads "the APC party" before it as the same party', () => {
    const text =
      'Police were accused of targeting supporters of the opposition APP party. ' +
      "The opposition All People's Party (APP) said the killings were political.";
    const actors = extract({ source: 'wire.txt', text }).actors;
    const app = actors.find((a) => a.name === "All People's Party");
    expect(app?.mentions.some(([s]) => s === text.indexOf('APP party'))).toBe(true);
    expect(actors.some((a) => a.name === 'APP party')).toBe(false);
  });
});
