// An office's title with no name as a speaker: "the opposition MP" after the article named its one MP is that MP;
// "MP" alone in a headline is an unnamed person, never an actor called "MP"; two MPs named before leave "the MP"
// to nobody in particular. The MP's constituency after "Member of Parliament for" is no person. Short copy of other
// countries than the read sets (Zambia, Kenya); full pipeline.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const run = (text: string) => extract({ source: 'wire.txt', text });

describe('attribute: an office title without a name', () => {
  it('gives "the opposition MP" the one MP the article named before', () => {
    const text =
      'LUSAKA, May 6 (Reuters) - The Member of Parliament for Mandevu, Jonas Chanda, has accused the national power utility of overpaying for transformers.\n\n' +
      'Speaking in parliament on Tuesday, the opposition MP said the units had cost twice the market price.\n\n' +
      'Energy Minister Makozo Chikote said the contract would be reviewed.';
    const x = run(text);
    expect(x.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(
      expect.arrayContaining(['Jonas Chanda', 'Makozo Chikote']),
    );
    expect(x.actors.some((a) => /^(?:MP|Mandevu)$/.test(a.name))).toBe(false);
    expect(x.claims.map((c) => c.speaker)).toContain('jonas-chanda');
    expect(x.claims.some((c) => c.speaker.startsWith('anon-'))).toBe(false);
  });

  it('makes no person "MP" of a headline title, and leaves "the MP" unresolved between two MPs', () => {
    const text =
      'MP says county funds misused\n\n' +
      'NAIROBI (Reuters) - Two members of parliament, MP Jane Wambui and MP Peter Otieno, visited the county on Monday.\n\n' +
      'The MP said the funds had been misused.';
    const x = run(text);
    expect(x.actors.some((a) => a.name === 'MP' && !a.anonymous)).toBe(false);
    const speakers = x.claims.map((c) => c.speaker);
    expect(speakers.length).toBe(2);
    expect(speakers.filter((s) => s === 'jane-wambui' || s === 'peter-otieno')).toEqual([]);
  });
});

describe('attribute: a side of politics in a body description', () => {
  it('never gives "the ruling party" the party the article called the opposition', () => {
    const text =
      'HARARE (Reuters) - Police beat three activists in Bulawayo on Saturday, the opposition Movement for Democratic ' +
      'Change said on Monday. The ruling party says the police acted lawfully.';
    const x = run(text);
    const mdc = x.actors.find((a) => a.name === 'Movement for Democratic Change');
    expect(mdc).toBeDefined();
    const ruling = x.claims.find((c) => /lawfully/.test(c.text));
    expect(ruling).toBeDefined();
    expect(ruling!.speaker).not.toBe(mdc!.id);
  });
});
