// Non-state bodies (session 33): a state's body of a generic name keys by its initials under the state, as its
// bare acronym does, and never meets another state's body of those letters; a number glued to letters in a
// gazetteer name ("La 1ère") matches as the tagger splits it; "Rifles" closes an armed unit's name; a body's
// "chapter" that speaks is a unit of its own, not the body.
// In: the pure helpers and invented wire paragraphs. Out: node ids, keys and which actor a mention lands on.
import { describe, expect, it } from 'vitest';

import { actorIdentity } from '../../graph/identity.ts';
import { GAZETTEER_IDS } from '../../graph/load.ts';
import type { Actor } from '../../graph/schema.ts';
import { extract } from '../../ingest/extract.ts';
import { matchAt } from '../../ingest/gazetteer/index.ts';
import { keysOf, numberSplitKeys } from '../../ingest/gazetteer/keys.ts';

const body = (name: string, extra: Partial<Actor> = {}): Actor => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  kind: 'organization',
  aliases: [],
  anonymous: false,
  affiliation: null,
  mentions: [],
  ...extra,
});
const idOf = (a: Actor, owner?: string) =>
  actorIdentity(a, 'feedfacecafe00', GAZETTEER_IDS, owner ? { id: owner, global: true } : null).id;

describe('a state body keyed by its initials', () => {
  it('meets the bare acronym of a story of the same state', () => {
    const full = idOf(body('National Disaster Management Authority', { affiliation: 'pakistan' }), 'pakistan');
    const bare = idOf(body('NDMA', { homeState: 'pakistan' }));
    expect(full).toBe('pakistan-ndma');
    expect(bare).toBe(full);
  });

  it("never meets another state's body of the same letters", () => {
    const pakistan = idOf(body('National Disaster Management Authority', { affiliation: 'pakistan' }), 'pakistan');
    const kenya = idOf(body('National Drought Management Authority', { affiliation: 'kenya' }), 'kenya');
    expect(kenya).not.toBe(pakistan);
    expect(idOf(body('NDMA', { homeState: 'kenya' }))).not.toBe(pakistan);
  });

  it('keys a body the extractor derived from its state as the same name keyed here', () => {
    const derived = body('Sierra Leonean Anti-Corruption Commission', {
      id: 'sierra-leone-anti-corruption-commission',
      affiliation: 'sierra-leone',
    });
    expect(idOf(derived)).toBe('sierra-leone-acc');
    expect(idOf(body('Anti-Corruption Commission', { affiliation: 'sierra-leone' }), 'sierra-leone')).toBe(
      'sierra-leone-acc',
    );
  });

  it('leaves ministries, short initials and owners that are no state to their old keys', () => {
    expect(idOf(body('Ministry of Public Works', { affiliation: 'kenya' }), 'kenya')).not.toMatch(/-mpw$/);
    expect(idOf(body('Supreme Court', { affiliation: 'kenya' }), 'kenya')).toBe('kenya-supreme-court');
    expect(idOf(body('Central Executive Committee'), 'new-patriotic-party')).not.toMatch(/-cec$/);
  });
});

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
    const { at } = wire(
      'Chapter speaks\n\nNAIROBI - The Orange Democratic Movement said on Monday it would hold talks. ' +
        "The Orange Democratic Movement's Mombasa chapter said the talks were a waste of time.",
    );
    const party = at('Orange Democratic Movement said');
    const chapter = at("Orange Democratic Movement's Mombasa chapter");
    expect(party).toBeDefined();
    expect(chapter?.id).not.toBe(party?.id);
  });

  it('makes a local chapter that only acts a body of its own, affiliated to the party', () => {
    const { at } = wire(
      'Members suspended\n\nNAIROBI - The Orange Democratic Movement said on Monday it would hold talks. ' +
        "The Orange Democratic Movement's Mombasa county branch has suspended two members over the dispute.",
    );
    const party = at('Orange Democratic Movement said');
    const chapter = at("Orange Democratic Movement's Mombasa county branch");
    expect(chapter).toBeDefined();
    expect(chapter?.id).not.toBe(party?.id);
    expect(chapter?.affiliation).toBe(party?.id);
  });

  it('reads people or units of a body opening a sentence as no words of its name', () => {
    const { at } = wire(
      'Rescue under way\n\nGANGTOK (PTI) - Teams of the National Disaster Response Force (NDRF) reached the site on Friday.',
    );
    expect(at('National Disaster Response Force')?.name).toBe('National Disaster Response Force');
  });
});
