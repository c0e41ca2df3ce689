// Cross-article actor resolution and the aliases file: a pure rewrite of one extraction's actor ids, from the
// article alone. In: hand-written extractions. Out: the rewritten extraction.
import { describe, expect, it } from 'vitest';

import { type IdentityContext, articleScopedId } from '../../graph/identity.ts';
import { personKey } from '../../graph/names.ts';
import { AliasesFile, NO_ALIASES, normalizeName, resolveExtraction } from '../../graph/resolve.ts';
import { Extraction, type ExtractionInput, checkReferences } from '../../graph/schema.ts';
import { denial, strike } from '../fixtures/articles.ts';

const KNOWN: IdentityContext = { isKnownId: (id) => ['syria', 'israel', 'russia', 'united-states'].includes(id) };

/** A one-paragraph extraction whose actors each have one mention at 0..1. */
function article(id: string, actors: ExtractionInput['actors']): Extraction {
  return Extraction.parse({
    article: { id, source: `${id}.txt`, title: null, publishedAt: null, outlet: null },
    actors: actors!.map((a) => ({ mentions: [[0, 1]], ...a })),
  });
}
const ids = (x: Extraction) => resolveExtraction(x, NO_ALIASES, KNOWN).actors.map((a) => a.id);

describe('personKey', () => {
  it.each([
    ['Bill Clinton', 'william clinton'],
    ['William J. Clinton', 'william clinton'],
    ['Hillary Rodham Clinton', 'hillary clinton'],
    ['James B. Comey', 'james comey'],
    ['Jim Comey', 'james comey'],
    ['Joseph R. Biden', 'joseph biden'],
    ['Joe Biden', 'joseph biden'],
    ['Donald Trump Jr.', 'donald trump jr'],
    ['Donald J. Trump', 'donald trump'],
    ['Bashar al-Assad', 'bashar assad'],
    ['Recep Tayyip Erdoğan', 'recep erdogan'],
    ['Al Gore', 'al gore'],
    // Written family name first: the key keeps the written order and every syllable ("Kim Jong Un" too).
    ['Kim Jong-un', 'kim jong un'],
    ['Kim Jong Un', 'kim jong un'],
    ['J. Edgar Hoover', 'j edgar hoover'],
  ])('%s → %s', (written, key) => expect(personKey(written)).toBe(key));

  it.each(['Salman', 'King Salman', 'Crown Prince Salman', 'Russian journalist', 'senior official', 'Obama'])(
    '%s is no full name',
    (written) => expect(personKey(written)).toBeNull(),
  );

  it('keeps different given names, surnames and suffixes apart', () => {
    const keys = ['Bill Clinton', 'Hillary Clinton', 'Declan Kelly', 'Mark Kelly', 'Melania Trump', 'Donald Trump'];
    expect(new Set(keys.map(personKey)).size).toBe(keys.length);
    expect(personKey('Donald Trump Jr.')).not.toBe(personKey('Donald Trump'));
    expect(personKey('Karen Hobert Flynn')).not.toBe(personKey('Michael Flynn'));
  });
});

describe('resolveExtraction', () => {
  it('keys actors by their own names, whatever id the extractor gave, and rewrites every reference', () => {
    const x = structuredClone(denial.extraction);
    for (const a of x.actors) if (a.id === 'alexander-lavrentiev') a.id = 'a-lavrentiev';
    for (const c of x.claims) c.speaker = 'a-lavrentiev';
    const out = resolveExtraction(x, NO_ALIASES, KNOWN);
    expect(out.actors.map((a) => a.id)).toEqual(['alexander-lavrentiev', 'walid-muallam', 'russia']);
    expect(out.claims.map((c) => c.speaker)).toEqual(['alexander-lavrentiev', 'alexander-lavrentiev']);
    expect(out.actors[0]).toMatchObject({ rule: 'full name', forms: ['Alexander Lavrentiev', 'Lavrentiev'] });
    expect(checkReferences(out, denial.text.length)).toEqual([]);
  });

  it('scopes anonymous, one-word, descriptive and generic-name actors to their article', () => {
    const x = article('a1', [
      { id: 'sources-1', name: 'sources', kind: 'person', anonymous: true, affiliation: 'syria' },
      { id: 'salman', name: 'Salman', kind: 'person', roles: ['King'] },
      { id: 'nato', name: 'NATO', kind: 'organization' },
      { id: 'the-group', name: 'the group', kind: 'group' },
      { id: 'commission', name: 'the Commission', kind: 'organization' },
      { id: 'pro-gov', name: 'pro-government forces', kind: 'group' },
      { id: 'journalist', name: 'Russian journalist', kind: 'person' },
      { id: 'syria', name: 'Syria', kind: 'state' },
    ]);
    const out = resolveExtraction(x, NO_ALIASES, KNOWN);
    const scoped = (id: string) => articleScopedId('a1', id);
    expect(out.actors.map((a) => [a.id, a.rule])).toEqual([
      [scoped('sources-1'), 'anonymous'],
      [scoped('salman'), 'one word'],
      [scoped('nato'), 'one word'],
      [scoped('the-group'), 'description'],
      [scoped('commission'), 'one word'],
      [scoped('pro-gov'), 'description'],
      [scoped('journalist'), 'description'],
      ['syria', 'gazetteer'],
    ]);
    // The anonymous source keeps its link to the named body.
    expect(out.actors[0]!.affiliation).toBe('syria');
  });

  it('keys a generic-name body under its state, and leaves it article-scoped without one', () => {
    const court = { id: 'court', name: 'Supreme Court', kind: 'organization' as const };
    const withState = article('b1', [
      { ...court, affiliation: 'united-states' },
      { id: 'united-states', name: 'United States', kind: 'state' },
    ]);
    expect(ids(withState)[0]).toBe('united-states-supreme-court');
    expect(ids(article('b2', [court]))[0]).toBe(articleScopedId('b2', 'court'));
    // One of 94 federal district courts, one of a country's embassies: generic without their state and place.
    const district = article('b4', [
      { id: 'dc', name: 'U.S. District Court', kind: 'organization' },
      { id: 'em', name: 'U.S. Embassy', kind: 'organization' },
    ]);
    expect(ids(district)).toEqual([articleScopedId('b4', 'dc'), articleScopedId('b4', 'em')]);
    expect(ids(article('b3', [{ id: 'x', name: 'Federal Reserve Board of Governors', kind: 'organization' }]))).toEqual(
      ['federal-reserve-board-of-governors'],
    );
  });

  it('gives two articles the same node for the same full name and different nodes for different people', () => {
    const a = article('c1', [
      { id: 'bill', name: 'Bill Clinton', kind: 'person', aliases: ['Clinton'] },
      { id: 'declan', name: 'Declan Kelly', kind: 'person' },
    ]);
    const b = article('c2', [
      { id: 'hillary', name: 'Hillary Clinton', kind: 'person', aliases: ['Clinton'] },
      { id: 'mark', name: 'Mark Kelly', kind: 'person' },
      { id: 'wjc', name: 'William J. Clinton', kind: 'person' },
    ]);
    expect(ids(a)).toEqual(['william-clinton', 'declan-kelly']);
    expect(ids(b)).toEqual(['hillary-clinton', 'mark-kelly', 'william-clinton']);
    // The node's name in each article is its most complete form there.
    expect(resolveExtraction(b, NO_ALIASES, KNOWN).actors[2]!.name).toBe('William J. Clinton');
  });

  it('keys a person written with initials by the spelled-out form the same article gives', () => {
    const x = article('d1', [
      { id: 'o', name: 'B. Hussein Obama', kind: 'person', aliases: ['Barack Obama', 'Obama'] },
    ]);
    expect(ids(x)).toEqual(['barack-obama']);
  });

  it('applies the aliases file: merge by name or id, rename, and a bare word never moves a full-named person', () => {
    const aliases = AliasesFile.parse({
      merge: { 'Russian envoy': 'russia', 'ALEXANDER LAVRENTIEV': 'lavrentiev', syria: 'sy', Muallem: 'someone-else' },
      rename: { lavrentiev: 'A. Lavrentiev' },
    });
    const out = resolveExtraction(strike.extraction, aliases, KNOWN);
    const lav = out.actors.filter((a) => a.id === 'lavrentiev');
    expect(lav).toHaveLength(1);
    expect(lav[0]).toMatchObject({ name: 'A. Lavrentiev', rule: 'alias file' });
    // A renamed node outranks every name an article gives.
    expect(lav[0]!.rank < '1').toBe(true);
    expect(out.actors.some((a) => a.id === 'sy')).toBe(true);
    // "Muallem" is only an alias of "Walid Muallem", who has a key of his own (his surname read as its romanizations
    // "Muallem" / "Muallam" agree: graph/names.ts arabicConsonantFinal).
    expect(out.actors.find((a) => a.name === 'Walid Muallem')!.id).toBe('walid-muallam');
    expect(out.actors.find((a) => a.id === 'walid-muallam')!.affiliation).toBe('sy');
    expect(checkReferences(out, strike.text.length)).toEqual([]);
  });

  it('keeps people whose names share a key apart with a distinct rule (and George H. W. / George W. Bush always)', () => {
    const x = article('e1', [
      { id: 'gwb', name: 'George W. Bush', kind: 'person' },
      { id: 'ghwb', name: 'George H.W. Bush', kind: 'person' },
      { id: 'gb', name: 'George Bush', kind: 'person' },
      { id: 'jc', name: 'James Comey', kind: 'person' },
      { id: 'jbc', name: 'James B. Comey', kind: 'person' },
    ]);
    expect(ids(x)).toEqual([
      'george-bush--george-w-bush',
      'george-bush--george-h-w-bush',
      'george-bush',
      'james-comey',
    ]);
    const aliases = AliasesFile.parse({ distinct: [['James Comey', 'James B. Comey']] });
    expect(
      resolveExtraction(x, aliases, KNOWN)
        .actors.map((a) => a.id)
        .slice(3),
    ).toEqual(['james-comey--james-comey', 'james-comey--james-b-comey']);
  });

  it('rejects a malformed aliases file and normalises names', () => {
    expect(AliasesFile.safeParse({ merge: { a: 1 } }).success).toBe(false);
    expect(AliasesFile.safeParse({ merges: {} }).success).toBe(false);
    expect(AliasesFile.safeParse({ distinct: [['only one']] }).success).toBe(false);
    expect(normalizeName('  The Kremlin ')).toBe('kremlin');
    expect(normalizeName('Bashar al-Assad')).toBe(normalizeName('BASHAR AL ASSAD'));
    expect(normalizeName('Erdoğan')).toBe('erdogan');
  });
});
