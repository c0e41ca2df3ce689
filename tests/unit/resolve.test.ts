// Cross-article actor resolution and the aliases file: a pure rewrite of one extraction's actor ids.
// In: hand-written extractions and store lookups. Out: the rewritten extraction.
import { describe, expect, it } from 'vitest';

import { AliasesFile, namesToLookUp, normalizeName, resolveExtraction } from '../../graph/resolve.ts';
import { Extraction, checkReferences } from '../../graph/schema.ts';
import type { ActorRef } from '../../graph/store.ts';
import { denial, strike } from '../fixtures/articles.ts';

const refs = (entries: Array<[string, ActorRef]>) => new Map(entries);

describe('resolveExtraction', () => {
  it('maps an actor onto the stored one with the same name and rewrites every reference', () => {
    // The second article calls the envoy by another id; the store knows him by name.
    const x = structuredClone(denial.extraction);
    for (const a of x.actors) if (a.id === 'alexander-lavrentiev') a.id = 'a-lavrentiev';
    for (const c of x.claims) c.speaker = 'a-lavrentiev';
    const out = resolveExtraction(
      x,
      refs([['Alexander Lavrentiev', { id: 'alexander-lavrentiev', name: 'Alexander Lavrentiev', kind: 'person' }]]),
    );
    expect(out.actors.map((a) => a.id)).toEqual(['alexander-lavrentiev', 'walid-muallem', 'russia']);
    expect(out.claims.map((c) => c.speaker)).toEqual(['alexander-lavrentiev', 'alexander-lavrentiev']);
    expect(checkReferences(out, denial.text.length)).toEqual([]);
  });

  it('keeps the stored display name, records its own as an alias, and rewrites relations, incidents, relays and the outlet', () => {
    const out = resolveExtraction(
      strike.extraction,
      refs([
        ['Muallem', { id: 'muallem-w', name: 'Walid al-Moallem', kind: 'person' }],
        ['Al Akhbar', { id: 'al-akhbar-daily', name: 'Al-Akhbar', kind: 'organization' }],
        ['Israel', { id: 'state-of-israel', name: 'State of Israel', kind: 'state' }],
      ]),
    );
    const muallem = out.actors.find((a) => a.id === 'muallem-w')!;
    expect(muallem.name).toBe('Walid al-Moallem');
    expect(muallem.aliases.sort()).toEqual(['Muallem', 'Walid Muallem']);
    expect(out.article.outlet).toBe('al-akhbar-daily');
    expect(out.claims[1]!.via).toEqual(['al-akhbar-daily']);
    expect(out.claims[1]!.about).toEqual(['muallem-w', 'alexander-lavrentiev']);
    expect(out.claims[0]!.about).toEqual(['strike-1', 'state-of-israel']);
    expect(out.incidents[0]!.participants).toEqual(['state-of-israel', 'syria']);
    expect(out.relations.map((r) => [r.source, r.target])).toEqual([
      ['state-of-israel', 'syria'],
      ['muallem-w', 'alexander-lavrentiev'],
    ]);
    expect(checkReferences(out, strike.text.length)).toEqual([]);
  });

  it('does not merge across incompatible kinds or anonymous actors', () => {
    const out = resolveExtraction(
      strike.extraction,
      refs([
        ['Syria', { id: 'syria-province', name: 'Syria', kind: 'person' }],
        ['sources', { id: 'old-sources', name: 'sources', kind: 'group', anonymous: true }],
      ]),
    );
    expect(out.actors.map((a) => a.id)).toEqual(strike.extraction.actors.map((a) => a.id));
    expect(namesToLookUp(strike.extraction)).not.toContain('sources');
  });

  it('applies the aliases file: merge by name or id (two actors become one), then rename', () => {
    const aliases = AliasesFile.parse({
      merge: { 'Russian envoy': 'russia', 'ALEXANDER LAVRENTIEV': 'lavrentiev', syria: 'sy' },
      rename: { lavrentiev: 'A. Lavrentiev' },
    });
    const x = Extraction.parse({
      ...strike.extraction,
      actors: [
        ...strike.extraction.actors,
        { id: 'envoy-2', name: 'Lavrentiev', kind: 'person', aliases: ['Alexander Lavrentiev'], mentions: [[0, 4]] },
      ],
    });
    const out = resolveExtraction(x, new Map(), aliases);
    const lav = out.actors.filter((a) => a.id === 'lavrentiev');
    expect(lav).toHaveLength(1);
    expect(lav[0]!.name).toBe('A. Lavrentiev');
    expect(lav[0]!.aliases.sort()).toEqual(['Alexander Lavrentiev', 'Lavrentiev']);
    expect(lav[0]!.mentions).toHaveLength(2);
    expect(out.actors.some((a) => a.id === 'sy')).toBe(true);
    expect(out.actors.find((a) => a.id === 'walid-muallem')!.affiliation).toBe('sy');
    expect(out.actors).toHaveLength(x.actors.length - 1);
    expect(checkReferences(out, strike.text.length)).toEqual([]);
  });

  it('rejects a malformed aliases file and normalises names', () => {
    expect(AliasesFile.safeParse({ merge: { a: 1 } }).success).toBe(false);
    expect(AliasesFile.safeParse({ merges: {} }).success).toBe(false);
    expect(normalizeName('  The Kremlin ')).toBe('kremlin');
    expect(normalizeName('Bashar al-Assad')).toBe(normalizeName('BASHAR AL ASSAD'));
    expect(normalizeName('Erdoğan')).toBe('erdogan');
  });
});
