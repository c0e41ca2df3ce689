// proper-nouns.ts: capitalized runs the gazetteer does not know become persons or bodies by their cues.
import { describe, expect, it } from 'vitest';

import { runItem } from '../../../ingest/actors/proper-nouns.ts';
import { sentence } from './helpers.ts';

/** Runs the proper-noun recogniser over every run of the sentence; returns "kind:name" of the actors found. */
function runs(text: string): string[] {
  const { v, items, sc } = sentence(text);
  items.forEach((it, x) => {
    if (it.type === 'run') runItem(sc, v, it, items, x);
  });
  return sc.reg
    .all()
    .map((d) => `${d.kind}:${d.name}`)
    .sort();
}

describe('proper-noun recogniser', () => {
  it('types runs by their cue words', () => {
    expect(
      runs('Officials at the Zambezi River Authority met Nkosi Dlamini, the Mutare Chronicle reported.\n'),
    ).toEqual(['organization:Zambezi River Authority', 'outlet:Mutare Chronicle', 'person:Nkosi Dlamini']);
  });

  it('types a run described by an appositive as a body, even with a clause after the noun', () => {
    expect(runs('Vantage Drilling, a firm founded in Houston in 2007, denied the claim.\n')).toEqual([
      'organization:Vantage Drilling',
    ]);
    expect(runs('Tomas Berg, a property developer based in Malmo, welcomed the plan.\n')).toEqual([
      'person:Tomas Berg',
    ]);
  });

  it('takes a name followed by a region or a US state abbreviation as a place', () => {
    expect(runs('Lake Charles, La., was hit hardest.\n')).toEqual([]);
    expect(runs('Donald Okafor of Jackson, Mississippi, said the storm was the worst he had seen.\n')).toEqual([
      'person:Donald Okafor',
    ]);
  });

  it('makes no person of a name after "the" unless it modifies a noun', () => {
    expect(runs('Fans of the Crimson Tide cheered the Sydney Swans.\n')).toEqual([]);
    expect(runs('Aides said the Jacinda Ardern government would decide.\n')).toEqual(['person:Jacinda Ardern']);
  });

  it('makes no person of page furniture glued to a name, nor of a plural for people', () => {
    expect(runs('ShareTweetEmailMaria Santos wrote the story.\n')).toEqual([]);
    expect(runs('Kumasi Farmers marched through the city.\n')).toEqual([]);
  });
});
