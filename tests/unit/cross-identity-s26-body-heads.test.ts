// Bodies whose own words say they are bodies (session 26, tests/fixtures/cross-actors26): a name whose head comes
// first in another language ("Consórcio ...", "Jaish ..."), a name in capitals that ends in a body's word or is an
// acronym, read as a speaker; the lower-case particle of an Arabic name ("al-Ghab") is no description's word. Wire
// sentences of our own, other places and outlets than the fixture set.
import { describe, expect, it } from 'vitest';

import { actorIdentity } from '../../graph/identity.ts';
import type { Actor } from '../../graph/schema.ts';
import { bodyKindOfName, englishHead, romanceBodyKind } from '../../ingest/actors/lexicon.ts';
import { resolvedStory as nodes } from './resolved-story.ts';

const body = (name: string, kind: Actor['kind'] = 'group'): Actor => ({
  id: 'x',
  name,
  kind,
  aliases: [],
  anonymous: false,
  affiliation: null,
  mentions: [],
});

describe('the head word of a body named in another language', () => {
  it('types the name by its first word in Portuguese, Arabic, Malay and Indonesian', () => {
    expect(romanceBodyKind(['consórcio', 'norte', 'energia'], 0)).toBe('organization');
    expect(romanceBodyKind(['prefeitura', 'de', 'manaus'], 0)).toBe('organization');
    expect(romanceBodyKind(['jabhat', 'fateh', 'al', 'sham'], 0)).toBe('group');
    expect(romanceBodyKind(['partai', 'buruh'], 0)).toBe('organization');
    expect(romanceBodyKind(['ahmed', 'jaish'], 0)).toBeNull();
  });

  it("gives the English head that a later description's word refers back to", () => {
    expect(englishHead('Consórcio Rodoanel Norte')).toBe('consortium');
    expect(englishHead('Harakat al-Nujaba')).toBe('movement');
    expect(englishHead('Rodoanel Norte')).toBeUndefined();
  });

  it('reads a body from its last word or its first, never from one word', () => {
    expect(bodyKindOfName(['upper', 'west', 'watch'])).toBe('organization');
    expect(bodyKindOfName(['kalu', 'brigade'])).toBe('group');
    expect(bodyKindOfName(['laskar', 'merah', 'putih'])).toBe('group');
    expect(bodyKindOfName(['watch'])).toBeNull();
    expect(bodyKindOfName(['aung', 'kyaw', 'moe'])).toBeNull();
  });

  it('keys a Portuguese-named consortium after "The" by its full name, and "the consortium" is it', () => {
    const x = nodes(
      'The Consórcio Rodoanel Norte halted work on Tuesday after a section of the road collapsed near Guarulhos. ' +
        'In a note, the consortium said no worker had been hurt.',
    );
    expect(x.at('Consórcio Rodoanel Norte')).toEqual(['consorcio-rodoanel-norte']);
    expect(x.at('the consortium')).toEqual(['consorcio-rodoanel-norte']);
  });
});

describe('a speaker whose name is a body', () => {
  it('reads "<Region> Watch said" as an organization keyed by its full name (a person key made it "upper-watch")', () => {
    const said = nodes('Upper West Watch said on Friday that 14 people had been killed in raids since January.');
    expect(said.at('Upper West Watch')).toEqual(['upper-west-watch']);
    expect(said.actors.find((a) => a.id === 'upper-west-watch')?.kind).toBe('organization');
  });

  it('reads an acronym speaker as a body, not a person', () => {
    const x = nodes('The KLMP, which represents most of the mines, has denied the report and said output was rising.');
    const klmp = x.actors.find((a) => a.name === 'KLMP');
    expect(klmp?.kind).not.toBe('person');
  });
});

describe('an Arabic name with a lower-case particle', () => {
  it('is a body name that keys across articles', () => {
    expect(actorIdentity(body('Jaish Ahrar al-Ghab'), 'feedfacecafe0000', { isKnownId: () => false })).toMatchObject({
      id: 'jaish-ahrar-al-ghab',
      global: true,
    });
  });

  it('leaves a lower-case description with a hyphen in its article', () => {
    for (const name of ['US-led coalition', 'pro-government militia', 'Saudi-backed forces'])
      expect(actorIdentity(body(name), 'feedfacecafe0000', { isKnownId: () => false }).global).toBe(false);
  });
});
