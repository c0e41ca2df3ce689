// Session 32: who said it when an outlet received or passed on the text (ingest/actors/channel.ts), and two tolls
// that share a figure told for different outcomes (graph/claims/counted.ts tollsToldApart, asked by the paraphrase
// decision and the trace-time link). Invented wire sentences from other places than the batches read.
import { describe, expect, it } from 'vitest';

import { tollsToldApart } from '../../graph/claims/counted.ts';
import { relatedClaims } from '../../graph/trace/related.ts';
import { namedAsChannel } from '../../ingest/actors/channel.ts';
import { extract } from '../../ingest/extract.ts';

const run = (text: string) => extract({ source: 'wire.txt', text });
const at = (text: string, name: string) => namedAsChannel(text, text.indexOf(name));

describe('a mention named as the channel of a text', () => {
  it('is the receiver of "received by", "obtained by", "sent to" or "published by" an outlet', () => {
    expect(at('In a text received by Sud Quotidien, the group said', 'Sud Quotidien')).toBe(true);
    expect(at('in a statement sent to the regional daily Le Kassoumay', 'Le Kassoumay')).toBe(true);
    expect(at('a letter obtained by Reuters showed', 'Reuters')).toBe(true);
    expect(at('a statement carried by the state news agency SUNA', 'SUNA')).toBe(true);
    expect(at('a statement published by the weekly Le Kassoumay', 'Le Kassoumay')).toBe(true);
  });

  it('is not the author of a report it published, a body a letter was sent to, nor a place after "seen by"', () => {
    expect(at('a report published by Human Rights Watch said', 'Human Rights Watch')).toBe(false);
    expect(at('in a letter sent to the Taliban, the envoy', 'Taliban')).toBe(false);
    expect(at('Amnesty International said on Monday', 'Amnesty International')).toBe(false);
    expect(at('a video seen by reporters in Dakar', 'Dakar')).toBe(false);
    expect(at('the army was attacked by rebels of the MFDC', 'MFDC')).toBe(false);
  });
});

describe('the speaker of a text an outlet received', () => {
  it('is never the outlet: "the group" after "a text received by X" is no antecedent, X relays', () => {
    const x = run(
      'ZIGUINCHOR, Feb 9 (AFP) - Bombs damaged three villas overnight, officials said.\n' +
        'In a text received by Sud Quotidien, the group said it had targeted "land speculators".',
    );
    const c = x.claims.find((k) => k.text.includes('land speculators'));
    expect(c).toBeDefined();
    expect(c!.speaker).not.toBe('sud-quotidien');
    expect(c!.via).toContain('sud-quotidien');
    const outlet = x.actors.find((a) => a.id === 'sud-quotidien');
    expect(outlet?.aliases ?? []).not.toContain('group');
  });

  it('is not the weekly a statement was published by, which relays it', () => {
    const x = run(
      'ZIGUINCHOR, Feb 9 (APA) - The rebels attacked an army post at Bissine on Monday night, according to a ' +
        'statement published by the weekly Le Kassoumay.',
    );
    const c = x.claims.find((k) => k.text.includes('army post'));
    expect(c).toBeDefined();
    expect(c!.speaker).not.toBe('le-kassoumay');
    expect(c!.via).toContain('le-kassoumay');
  });

  it('is not who "It added" stands for: the body that said it goes on speaking', () => {
    const x = run(
      'BAGHDAD, Dec 8 (Reuters) - The Iraqi Foreign Ministry said in a statement received by the Iraqi News Agency ' +
        '(INA) that the strike was a violation of sovereignty. It added that it would summon the Turkish envoy.',
    );
    const c = x.claims.find((k) => k.text.includes('summon'));
    expect(c).toBeDefined();
    expect(c!.speaker).not.toBe(x.actors.find((a) => /Iraqi News Agency/.test(a.name))?.id);
    expect(x.actors.find((a) => a.id === c!.speaker)?.name).toMatch(/Foreign Ministry/);
  });

  it('is still the author named after "a study by" or "a report issued by"', () => {
    const x = run(
      'GENEVA, May 3 (Reuters) - Prices of staple foods rose by a third last year, according to a report issued by ' +
        'the World Food Programme.',
    );
    const c = x.claims.find((k) => k.text.includes('staple foods'));
    expect(c?.speaker).toBe(x.actors.find((a) => /World Food Programme/.test(a.name))?.id);
  });
});

describe('two tolls sharing a figure told for different outcomes', () => {
  const three = 'Three police officers were killed and four wounded when a bomb hit their patrol near Toribio';
  const four = 'Four police officers were killed when a bomb hit their patrol near Toribio';

  it('are apart, and the trace links neither to the other', () => {
    expect(tollsToldApart(three, four)).toBe(true);
    expect(relatedClaims({ id: 'a', text: three }, [{ id: 'b', text: four, sameArticle: false }], { max: 3 })).toEqual(
      [],
    );
  });

  it('are not apart when each figure keeps its outcome', () => {
    const again = 'Three police officers were killed and four others wounded when a bomb hit their patrol near Toribio';
    expect(tollsToldApart(three, again)).toBe(false);
    expect(relatedClaims({ id: 'a', text: three }, [{ id: 'b', text: again, sameArticle: false }], { max: 3 })).toEqual(
      ['b'],
    );
  });
});
