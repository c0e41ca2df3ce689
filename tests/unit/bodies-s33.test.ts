// Non-state bodies (session 33): a number glued to letters in a gazetteer name ("La 1ère") matches as the tagger
// splits it; "Rifles" closes an armed unit's name; a body's "chapter" that speaks is a unit of its own, not the body.
// In: the pure helpers and invented wire paragraphs. Out: node ids, keys and which actor a mention lands on.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';
import { matchAt } from '../../ingest/gazetteer/index.ts';
import { keysOf, numberSplitKeys } from '../../ingest/gazetteer/keys.ts';

describe('gazetteer names with a number glued to letters', () => {
  it('keys them both whole and split', () => {
    expect(keysOf('Réunion La 1ère')).toEqual(['reunion', 'la', '1ere']);
    expect(numberSplitKeys('Réunion La 1ère')).toEqual(['reunion', 'la', '1', 'ere']);
    expect(numberSplitKeys('Radio 2M Maroc')).toEqual(['radio', '2', 'm', 'maroc']);
    expect(numberSplitKeys('Channel 4')).toEqual(['channel', '4']);
  });

  it('matches the split tokens the tagger gives', () => {
    const m = matchAt(['guadeloupe', 'la', '1', 'ere', 'said'], 0);
    expect(m?.end).toBe(4);
    expect(m?.hits.some((h) => h.id === 'guadeloupe-la-1ere')).toBe(true);
  });
});

const wire = (text: string) => {
  const x = extract({ source: 'wire.txt', text });
  const at = (form: string) => {
    const i = text.indexOf(form);
    return x.actors.find((a) => a.mentions.some(([s, e]) => s <= i && i < e));
  };
  return { x, at };
};

describe('bodies in extraction', () => {
  it('reads a "Rifles" unit as an armed group and a PRO as its spokesperson', () => {
    const { at } = wire(
      'Troops ambushed\n\nSHILLONG (PTI) - Two soldiers of the Garo Hills Rifles were wounded on Friday, ' +
        'Lt Col Rakesh Menon, PRO of the Garo Hills Rifles, said.',
    );
    expect(at('Garo Hills Rifles')?.kind).toBe('group');
    expect(at('Garo Hills Rifles')?.name).toBe('Garo Hills Rifles');
    expect(at('Rakesh Menon')?.kind).toBe('person');
  });

  it("gives a chapter's statement to the chapter, not the party", () => {
    const { x, at } = wire(
      'Chapter speaks\n\nNAIROBI - The Orange Democratic Movement said on Monday it would hold talks. ' +
        "The Orange Democratic Movement's Mombasa chapter said the talks were a waste of time.",
    );
    const party = at('Orange Democratic Movement said');
    const claim = x.claims.find((c) => c.text.includes('waste of time'));
    expect(party).toBeDefined();
    expect(claim).toBeDefined();
    expect(claim?.speaker).not.toBe(party?.id);
  });

  it('reads people or units of a body opening a sentence as no words of its name', () => {
    const { at } = wire(
      'Rescue under way\n\nGANGTOK (PTI) - Teams of the National Disaster Response Force (NDRF) reached the site on Friday.',
    );
    expect(at('National Disaster Response Force')?.name).toBe('National Disaster Response Force');
  });
});
