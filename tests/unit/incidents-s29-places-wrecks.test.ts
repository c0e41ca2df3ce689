// Incidents told by several outlets (the twenty-ninth session): what one telling lacks that another gives. A place
// after "shelling of" or after a settlement's word ("the regional capital Gao"), a wreck whose vessel is told long
// before its verb ("a boat carrying ... capsized") or right before it in a headline, "off" a place, a flood told with
// what it swamped, and background told by another month or year kept off the news told by its day. Sentences are
// invented, in wire style.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const told = (text: string) =>
  extract({ source: 'wire.txt', text }).incidents.map((i) => ({
    kind: i.kind,
    date: i.date,
    place: i.place,
    areas: i.areas ?? [],
    killed: i.killed,
  }));

describe('a place told after a strike noun or a settlement word', () => {
  it('"shelling of the X capital Y" is at Y, inside X', () => {
    const got = told(
      'Khartoum (AFP) - Shelling of the North Darfur capital El Fasher by rebels killed six people on Thursday, ' +
        'officials said.',
    );
    expect(got[0]).toMatchObject({ place: 'El Fasher', killed: 6 });
    expect(got[0]!.areas).toContain('North Darfur');
  });

  it('"shelling of the state capital Y" is at Y', () => {
    const got = told('Juba (AFP) - Rebel shelling of the state capital Malakal killed four people on Sunday.');
    expect(got[0]).toMatchObject({ place: 'Malakal', killed: 4 });
  });

  it('"of" after an ordinary noun names no struck place', () => {
    const got = told(
      'KABUL, May 3 (Reuters) - Insurgents attacked a checkpoint on Sunday, killing four, the governor of Uruzgan said.',
    );
    expect(got.map((g) => g.place)).not.toContain('Uruzgan');
  });
});

describe('a wreck told with its vessel far before its verb', () => {
  it('"a boat carrying ... capsized off X" is a disaster off X with its drowned', () => {
    const got = told(
      'Freetown (AFP) - At least 14 people drowned when a wooden boat carrying traders and their goods to markets on ' +
        'the mainland capsized overnight off Tombo, police said Sunday.',
    );
    expect(got[0]).toMatchObject({ kind: 'other', place: 'Tombo', killed: 14 });
  });

  it('"boat capsizes off X" in a headline', () => {
    const got = told('Seven dead as ferry capsizes off Bonthe\n\nPolice said seven people died.');
    expect(got[0]).toMatchObject({ kind: 'other', place: 'Bonthe' });
  });

  it('a clause of its own stops the search: no vessel of another clause makes "the talks collapsed" a wreck', () => {
    expect(told('The ferry operator said on Monday that the talks collapsed after two hours.')).toEqual([]);
  });
});

describe('a town told on a body of water', () => {
  it('"off X on Lake Y": the headline\'s lake and the lead\'s town are one capsizing, at the town', () => {
    const got = told(
      'Six drown as boat capsizes on Lake Kivu\n\nGoma (AFP) - At least six people drowned when a wooden boat ' +
        'carrying traders capsized overnight off Kalehe on Lake Kivu, officials said Sunday.',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ place: 'Kalehe', killed: 6 });
    expect(got[0]!.areas).toContain('Lake Kivu');
  });

  it('"on" before a name that is no water says nothing of where the town lies', () => {
    const got = told(
      'Gunmen attack Kalehe\n\nGoma (AFP) - Gunmen attacked Kalehe on Saturday, killing six people, officials said.',
    );
    expect(got.flatMap((g) => g.areas)).not.toContain('Saturday');
  });
});

describe('background told by another year stays off the news', () => {
  it('an arrest "on Tuesday" and one "in 2015" are two incidents', () => {
    const got = told(
      'Tbilisi, 12 June 2019 - The mayor of Rustavi was detained at his office in Rustavi on Tuesday on suspicion ' +
        'of bribery, prosecutors said.\n\nA former mayor of Rustavi was arrested in 2015 on similar charges.',
    );
    expect(got[0]).toMatchObject({ date: '2019-06-11' });
    expect(got.every((g) => g.date !== '2015' || g !== got[0])).toBe(true);
  });

  it('a lead dated by its dateline alone does not take a month of another year told later', () => {
    const got = told(
      'JUBA, March 9 (Reuters) - Rebels shelled Malakal on Tuesday, killing five civilians, the governor said.\n\n' +
        'Fighting in the state began in March 2014, when clashes between the army and rebels in Malakal forced ' +
        'thousands to flee.',
    );
    expect(got[0]!.date).not.toBe('2014-03');
  });
});
