// Police, military, civic and clerical titles' abbreviations before a name ("Coun. Gerald Pike", "Det. Supt. Mark
// Hill", "Cst.", "Pte.", "Fr.") end no sentence (ingest/nlp/index.ts), and the name after them is a person
// (ingest/gazetteer/data/titles.json), as "Sen." and "Maj. Gen." already were. A sentence that ends with a surname
// and a full stop still ends there.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';
import { analyze } from '../../ingest/nlp/index.ts';
import type { CleanDoc } from '../../ingest/types.ts';

const doc = (text: string): CleanDoc => ({ text, blocks: [{ start: 0, end: text.length }] }) as unknown as CleanDoc;
const sentences = (text: string) => analyze(doc(text)).sentences.map((s) => text.slice(s.start, s.end));
const people = (text: string) =>
  extract({ source: 'wire.txt', text })
    .actors.filter((a) => a.kind === 'person')
    .map((a) => a.name);

describe("a title's abbreviation before a name", () => {
  it('ends no sentence', () => {
    const text =
      'RCMP officers searched the home of Coun. Gerald Pike on Thursday. Det. Supt. Mark Hill said two men ' +
      'were held. Cst. Mike Brennan and Pte. Owen Fraser were hurt, said Fr. Tom Ryan.';
    expect(sentences(text)).toEqual([
      'RCMP officers searched the home of Coun. Gerald Pike on Thursday.',
      'Det. Supt. Mark Hill said two men were held.',
      'Cst. Mike Brennan and Pte. Owen Fraser were hurt, said Fr. Tom Ryan.',
    ]);
  });

  it('opens a person, not a body', () => {
    const found = people(
      'HALIFAX (CP) - Cst. Mike Brennan and Const. Ravi Gill of the Halifax Regional Police were hurt on Friday. ' +
        'Det. Const. Amy Cole said Lance Cpl. Joe Park was not hurt, and Cllr Ann Byrne thanked them.',
    );
    expect(found).toEqual(expect.arrayContaining(['Mike Brennan', 'Ravi Gill', 'Amy Cole', 'Joe Park', 'Ann Byrne']));
    expect(found.some((n) => /\b(?:Cst|Const|Det|Cpl|Cllr)\b/.test(n))).toBe(false);
  });

  it('is not initials that spell it ("F.R. Kharkongor" keeps his initials; no "Fr." as a title)', () => {
    expect(
      people('SHILLONG (PTI) - District commissioner F.R. Kharkongor said on Monday that the pit was sealed.'),
    ).toEqual(['F.R. Kharkongor']);
  });

  it('is not a surname that ends a sentence', () => {
    expect(sentences('The award went to Sam Det. He thanked the jury.')).toHaveLength(2);
  });
});
