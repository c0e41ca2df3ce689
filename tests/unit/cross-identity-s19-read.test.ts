// Actor identity classes the s19a / s19b post-mortem showed (batches nobody had read when they were scored), on wire
// stories of our own (other regions, outlets, years): a given name English also uses as a verb ("Deny", "Will")
// opening a name in running text; an acronym the gazetteer gives to another body, spelled out by the article for a
// state's force ("Somali National Army (SNA)" is no Syrian National Army).
import { describe, expect, it } from 'vitest';

import { resolvedStory as nodes } from './resolved-story.ts';

describe('a capitalized word the tagger reads as a verb, opening a name', () => {
  it('keeps "Deny Kogoya" a person apart from another Kogoya of the story', () => {
    const x = nodes(
      'JAYAPURA, Nov 13 (Reuters) - Rebels under Deny Kogoya attacked an army post on Tuesday, a spokesman said. ' +
        'District head Yulius Kogoya, who is not related to the rebel commander, urged calm.',
    );
    expect(x.at('Deny Kogoya')).toEqual(['deny-kogoya']);
    expect(x.at('Yulius Kogoya')).toEqual(['yulius-kogoya']);
  });

  it('opens a name after a lower-case title too, and reads "Will" so', () => {
    const x = nodes(
      'WAMENA, Aug 9, 2016 (AFP) - Fighters loyal to rebel commander Deny Wenda burned a school, said a spokesman ' +
        'for leader Will Tabuni.',
    );
    expect(x.at('Deny Wenda')).toEqual(['deny-wenda']);
    expect(x.at('Will Tabuni')).toEqual(['william-tabuni']); // the graph keys a short given name by its full form
  });

  it('reads a verb at the head of a sentence as the verb still', () => {
    const x = nodes('NAIROBI, May 2 (AP) - Deny Them Justice, a campaign group, said police had not acted.');
    expect(x.actors.some((a) => a.kind === 'person' && /deny/i.test(a.name))).toBe(false);
  });
});

describe("an acronym the article spells out for a state's force", () => {
  it('is that force, in the headline and after, not the body the gazetteer gives the letters to', () => {
    const x = nodes(
      'Militants overrun SNA post near Luuq\n' +
        'BAIDOA, Somalia, June 3, 2019 - Al-Shabaab fighters attacked a Somali National Army (SNA) post near Luuq ' +
        'on Sunday, local elders said. The militant group said it had seized weapons. An SNA officer said troops ' +
        'had retaken the post.',
    );
    const army = x.at('Somali National Army');
    expect(army).toEqual(['somalia-military']);
    expect(x.at('SNA post')).toEqual(army);
    expect(x.at('SNA)')).toEqual(army);
    expect(x.actors.some((a) => a.id === 'syrian-national-army')).toBe(false);
  });
});

describe('a plural for people opening the story after its dateline', () => {
  it('is an unnamed group of this article, never one actor "Officials" across articles', () => {
    const x = nodes('KANO, Jan 4, 2013 (Reuters) - Officials said 12 traders had been abducted near the market.');
    const speaker = x.actors.find((a) => a.id === x.claims[0]?.speaker);
    expect(speaker?.anonymous).toBe(true);
    expect(x.actors.some((a) => a.name === 'Officials' && !a.anonymous)).toBe(false);
  });
});
