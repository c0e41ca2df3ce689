// Who passed it on and who said it: "X told Reuters A, and said B" is B told to Reuters too; "the minister" is
// never a company president who spoke before, whoever spoke last. Invented wire copy.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const TEXT =
  'LA PAZ, April 14, 2026 (EFE) - State lithium company president Karla Quispe told Reuters the accusation was ' +
  'baseless, and said the company would take legal action against the deputy.\n\n' +
  'The minister told AFP that the plant was on schedule and added that exports would begin in May.\n\n' +
  'Quispe said the plant would employ 400 people.\n';

describe('an interview told to an outlet', () => {
  const x = extract({ source: 'wire.txt', text: TEXT });
  const claim = (words: RegExp) => {
    const c = x.claims.find((k) => words.test(k.text));
    expect(c, String(words)).toBeDefined();
    return c!;
  };

  it("relays the same speaker's next cue in the sentence as well", () => {
    expect(claim(/take legal action/).via).toEqual(['reuters']);
    expect(claim(/exports would begin/).via).toEqual(['afp']);
  });

  it("but not the speaker's words in another sentence", () => {
    expect(claim(/employ 400 people/).via).toEqual([]);
  });

  it('"the minister" is not the company president who spoke before', () => {
    expect(claim(/plant was on schedule/).speaker).not.toBe(claim(/take legal action/).speaker);
  });
});
