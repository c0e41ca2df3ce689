// A body an article writes by its acronym alone is keyed by the state the article places it in: the gazetteer's body
// of those letters there, else `<state>-<acronym>`; the same letters in another state's story are another body.
// A body also named in full keys by its name, as before. In: hand-written actors and invented wire paragraphs.
import { describe, expect, it } from 'vitest';

import { type IdentityContext, actorIdentity } from '../../graph/identity.ts';
import { GAZETTEER_IDS } from '../../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { Actor } from '../../graph/schema.ts';
import { placeAcronymBodies } from '../../ingest/actors/acronym-homes.ts';
import { extract } from '../../ingest/extract.ts';
import { stateBodyByAcronym } from '../../ingest/gazetteer/state-acronyms.ts';

const STATES = ['zambia', 'jamaica', 'bolivia', 'south-africa'];
const CTX: IdentityContext = {
  isKnownId: (id) => STATES.includes(id),
  stateAcronymBody: (state, acronym) => (state === 'bolivia' && acronym === 'TSE' ? 'bolivia-tse-known' : undefined),
};
const body = (name: string, extra: Partial<Actor> = {}) =>
  Actor.parse({ id: name.toLowerCase(), name, kind: 'organization', mentions: [[0, 1]], ...extra });
const key = (a: Actor) => actorIdentity(a, 'feedfacefeedface', CTX);

describe('actorIdentity of a body written by an acronym alone', () => {
  it('keys it by its state and the acronym, another state giving another key', () => {
    expect(key(body('UPND', { homeState: 'zambia' }))).toEqual({ id: 'zambia-upnd', global: true, rule: 'state body' });
    expect(key(body('UPND', { homeState: 'jamaica' })).id).toBe('jamaica-upnd');
  });

  it("takes the layer above's known body of those letters in that state", () => {
    expect(key(body('TSE', { homeState: 'bolivia' })).id).toBe('bolivia-tse-known');
    expect(key(body('TSE', { homeState: 'zambia' })).id).toBe('zambia-tse');
  });

  it('leaves it in its article without a known state, and a body named in full keys by its name', () => {
    expect(key(body('UPND')).global).toBe(false);
    expect(key(body('UPND', { homeState: 'atlantis' })).global).toBe(false);
    const named = body('UPND', { aliases: ['United Party for National Development'], homeState: 'zambia' });
    expect(key(named).id).not.toBe('zambia-upnd');
  });
});

describe('placeAcronymBodies', () => {
  const zambia = Actor.parse({ id: 'zambia', name: 'Zambia', kind: 'state' });
  it('gives a bare acronym body its affiliated state, else the story state', () => {
    const [, own, story] = placeAcronymBodies([zambia, body('ECZ', { affiliation: 'zambia' }), body('PF')], 'jamaica');
    expect(own!.homeState).toBe('zambia');
    expect(story!.homeState).toBe('jamaica');
  });

  it('skips people, bodies named in full, bodies of bodies and posts', () => {
    const out = placeAcronymBodies(
      [
        zambia,
        Actor.parse({ id: 'hh', name: 'HH', kind: 'person' }),
        body('ECZ', { aliases: ['Electoral Commission of Zambia'] }),
        body('PF', { affiliation: 'some-alliance' }),
        body('DC'),
      ],
      'zambia',
    );
    expect(out.map((a) => a.homeState)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('stateBodyByAcronym', () => {
  it("finds a state's gazetteer body by its name's initials, in that state only", () => {
    expect(stateBodyByAcronym('south-africa', 'NPA')).toBe('national-prosecuting-authority');
    expect(stateBodyByAcronym('philippines', 'NPA')).not.toBe('national-prosecuting-authority');
  });

  it('gives no initials to a name that opens with its state', () => {
    expect(stateBodyByAcronym('united-states', 'USD')).toBeUndefined();
  });
});

function nodes(text: string) {
  const x = resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS);
  return (surface: string) => {
    const from = text.indexOf(surface);
    expect(from).toBeGreaterThanOrEqual(0);
    return x.actors.filter((a) => a.mentions.some(([s]) => s === from)).map((a) => a.id);
  };
}

describe('an acronym alone across stories', () => {
  it('is one node in two stories of one state, another in a third state', () => {
    const kingston = nodes(
      'KINGSTON, Jamaica, March 3 (Reuters) - Road repairs in Clarendon were delayed again, and residents blamed ' +
        'the NWA for leaving the main road to Chapelton unfinished for a year.',
    );
    const mandeville = nodes(
      'MANDEVILLE, Jamaica, April 9 (AP) - A bridge near Christiana will reopen next month, officials said. ' +
        'Works on it were contracted by the NWA in January.',
    );
    const accra = nodes(
      'ACCRA, Ghana, May 2 (Reuters) - Ghanaian farmers in the Volta region said supplies promised by the NWA ' +
        'had not arrived before the rains.',
    );
    expect(kingston('NWA for')).toEqual(['jamaica-nwa']);
    expect(mandeville('NWA in')).toEqual(['jamaica-nwa']);
    expect(accra('NWA had')).not.toContain('jamaica-nwa');
  });

  it('reads no word English writes in capitals as a body', () => {
    const x = extract({
      source: 'wire.txt',
      text: 'LUSAKA, Zambia, June 1 (Reuters) - Copper exports lifted the GDP last year, and the CEO of the mine said so.',
    });
    expect(x.actors.map((a) => a.name)).not.toContain('GDP');
    expect(x.actors.map((a) => a.name)).not.toContain('CEO');
  });
});
