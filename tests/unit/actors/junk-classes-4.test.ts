// Junk actor classes of issue #10, fourth round (hand-labelled PolNeAR sample, seed 7071), on short wire-style
// articles of other regions and years: a state named only through its people, as a scope or as a place crossed, a
// seat as an election's prize, and documents as speakers (a poll, a book, data).
import { describe, expect, it } from 'vitest';

import { extract } from '../../../ingest/extract.ts';
import { names } from './helpers.ts';

const run = (text: string) => extract({ source: 't.txt', text });
const speakers = (text: string) => {
  const x = run(text);
  return x.claims.map((c) => x.actors.find((a) => a.id === c.speaker)!);
};

describe('junk actor classes, fourth round: states that do not act (issue #10)', () => {
  it('names no state for its people, its history or a place crossed', () => {
    const found = names(
      'MEXICO CITY (AP) - Many Mexicans worry about the peso. It was the worst flood in modern Mexican history, and ' +
        'the longest drought in Guatemalan history. Thousands were deported to Honduras last year, and families ' +
        'fleeing El Salvador were barred from entering Guatemala. The minister toured four countries, including ' +
        'Panama, Belize and Nicaragua. The size of Costa Rica was no help.\n',
    );
    for (const state of ['Mexico', 'Honduras', 'El Salvador', 'Guatemala', 'Panama', 'Belize', 'Costa Rica'])
      expect(found).not.toContain(`state:${state}`);
  });

  it('keeps a state that acts, and "the Palestinians" as a side', () => {
    const found = names(
      'RAMALLAH (Reuters) - Israel and the Palestinians resumed talks on Monday. Jordan said it would host the next ' +
        'round, and Egypt sent an envoy.\n',
    );
    for (const state of ['Israel', 'Palestine', 'Jordan', 'Egypt']) expect(found).toContain(`state:${state}`);
  });

  it('names no state for a city called after its capital or its seat as a prize', () => {
    const found = names(
      'PARIS (AFP) - The race for the Elysee heats up as Marine Le Pen hopes to win the Elysee next spring. A ' +
        'Nairobi-based investor and a Canberra-born banker bought the club.\n',
    );
    for (const state of ['France', 'Kenya', 'Australia']) expect(found).not.toContain(`state:${state}`);
    expect(found).toContain('person:Marine Le Pen');
  });

  it('makes a plural demonym speaking an unnamed group, not the state', () => {
    const found = speakers(
      'BERLIN (Reuters) - Most Germans say the pension age should stay at 67. Britons told pollsters they were ' +
        'tired of strikes.\n',
    );
    expect(found.map((a) => a.kind)).not.toContain('state');
    expect(found.length).toBe(2);
    for (const a of found) expect(a.anonymous).toBe(true);
  });
});

describe('junk actor classes, fourth round: documents as speakers (issue #10)', () => {
  it("gives a poll's claims to the pollster the article named", () => {
    const found = speakers(
      'JOHANNESBURG - The ANC leads in Gauteng, a survey by the Human Sciences Research Council shows. The poll ' +
        'found that 41 percent of voters back the party. The survey also found that support for the EFF rose.\n',
    ).map((a) => a.name);
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const n of found) expect(n).toBe('Human Sciences Research Council');
  });

  it('gives "his book" to its author, and a recording to whoever made it public', () => {
    const found = speakers(
      'TOKYO (Kyodo) - Former Prime Minister Taro Aso was close to the bank, according to his memoir. The ' +
        'ministry was wrong, according to audio released by NHK.\n',
    ).map((a) => a.name);
    expect(found).toContain('Taro Aso');
    expect(found).toContain('NHK');
    expect(found.some((n) => /memoir|audio/i.test(n))).toBe(false);
  });

  it('makes no actor of a document with no author named', () => {
    const x = run(
      'LAGOS - Inflation rose to 22 percent in May, according to official data. Exit polls suggested that the ' +
        'governor was ahead in Lagos.\n',
    );
    const named = x.actors.map((a) => a.name);
    expect(named.some((n) => /data|polls/i.test(n))).toBe(false);
    // The claims stay, with the document as their source span.
    const text = 'LAGOS - Inflation rose to 22 percent in May, according to official data. Exit polls';
    expect(x.claims.map((c) => c.evidence.source)).toEqual([
      [text.indexOf('official data'), text.indexOf('official data') + 13],
      [text.indexOf('Exit polls'), text.length],
    ]);
  });

  it('reads no speaker in a relative clause and takes the one after "than"', () => {
    const found = speakers(
      'NAIROBI (Reuters) - Mr. Odinga, whose only win came in 2002, said he would run again. Fuel is cheaper than ' +
        'the oil ministry says traders can sell it for.\n',
    ).map((a) => a.name);
    expect(found.some((n) => /whose|cheaper|win/i.test(n))).toBe(false);
  });
});

describe('junk actor classes, fourth round: seed 9091 (issue #10)', () => {
  it('names the pollster, not its poll, and no month or date as one', () => {
    const found = speakers(
      'SEOUL (Yonhap) - Lee leads by 6 points. The Realmeter poll also found that 40 percent of voters back ' +
        'his party. The March survey showed that turnout would be high.\n',
    );
    expect(found.map((a) => a.name)).toContain('Realmeter');
    expect(found.find((a) => a.name === 'Realmeter')?.kind).toBe('organization');
    expect(found.some((a) => /poll|March/.test(a.name))).toBe(false);
  });

  it('names no state inside "Tour de France" or for a city a body is called after', () => {
    const found = names(
      'MADRID (AP) - The Vuelta a Espana and the Tour de France draw millions. Bombers struck the Brussels ' +
        'airport in 2016, and the rally in Brussels drew 5,000 people.\n',
    );
    expect(found).not.toContain('state:France');
    expect(found).not.toContain('organization:European Union');
  });

  it('keeps "Our" that opens a name', () => {
    const found = names('CANBERRA (Reuters) - The ad was paid for by Our Future Fund, a lobby group.\n');
    expect(found.some((n) => /Our Future Fund/.test(n))).toBe(true);
  });
});

describe('junk actor classes, fourth round: seed 9191 (issue #10)', () => {
  it('names no state for an office, a style or the end of a name', () => {
    const found = names(
      'NAIROBI (Reuters) - She wants to be the first woman president of Kenya, her aide said. Voters are tired of ' +
        'how-Nairobi-works deals. The rise of Alternative for Uganda, a new party, worried officials.\n',
    );
    expect(found).not.toContain('state:Kenya');
    expect(found).not.toContain('state:Uganda');
  });

  it('keeps a state its capital makes act, and a state a list goes to', () => {
    const found = names(
      'KYIV (Reuters) - A Moscow-led bloc said its troops had left. The minister left the UK for Germany on ' +
        'Monday, and Germany said it would send tanks.\n',
    );
    expect(found).toContain('state:Russia');
    expect(found).toContain('state:Germany');
  });
});
