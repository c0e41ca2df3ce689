// Bodies kept apart from what shares their letters or their head word (session 31): a court of one level is no court
// of another, an acronym the article brackets after a body's name is that body's and not an outlet's, a dateline's
// agency credit stays the publisher, a company's name is no person's, a generic ministry name is the story state's.
// In: the pure helpers and invented wire paragraphs. Out: which actor each mention lands on.
import { describe, expect, it } from 'vitest';

import { bodyNameKey } from '../../graph/names.ts';
import { portfolioFits } from '../../ingest/actors/descriptions.ts';
import { datelineCredit } from '../../ingest/actors/dateline.ts';
import { extract } from '../../ingest/extract.ts';

const words = (name: string) => name.toLowerCase().split(/[^\p{L}]+/u);

describe('portfolioFits for courts', () => {
  it('keeps a court of another level or jurisdiction apart', () => {
    expect(portfolioFits(words('Court of Appeal'), 'court', ['criminal'])).toBe(false);
    expect(portfolioFits(words('High Court'), 'court', ['lower'])).toBe(false);
    expect(portfolioFits(words('Supreme Court'), 'court', ['constitutional'])).toBe(false);
  });

  it('lets the same level through, in either word form, and ignores words that name no level', () => {
    expect(portfolioFits(words('Court of Appeal'), 'court', ['appeals'])).toBe(true);
    expect(portfolioFits(words('Court of Appeal'), 'court', ['appellate'])).toBe(true);
    expect(portfolioFits(words('High Court'), 'court', ['high'])).toBe(true);
    expect(portfolioFits(words('Supreme Court'), 'court', ['country', 'top'])).toBe(true);
  });
});

describe('portfolioFits for a field', () => {
  it("keeps a body of another field apart from 'the anti-graft body' or 'the electoral commission'", () => {
    expect(portfolioFits(words('Seychelles Ports Authority'), 'body', ['anti-graft'])).toBe(false);
    expect(portfolioFits(words('Anti-Corruption Commission'), 'body', ['anti-graft'])).toBe(true);
    expect(portfolioFits(words('Human Rights Commission'), 'commission', ['electoral'])).toBe(false);
    expect(portfolioFits(words('National Elections Commission'), 'commission', ['electoral'])).toBe(true);
  });
});

describe('bodyNameKey with a leading legal form', () => {
  it('keys "PT X" and "Syarikat X Sdn Bhd" as X, and keeps a two-word name whole', () => {
    expect(bodyNameKey('PT Kaltim Prima Coal')).toBe(bodyNameKey('Kaltim Prima Coal'));
    expect(bodyNameKey('Syarikat Bina Jaya Sdn Bhd')).toBe(bodyNameKey('Bina Jaya'));
    expect(bodyNameKey('PT Timah')).not.toBe(bodyNameKey('Timah'));
  });
});

describe('datelineCredit', () => {
  it("reads an agency's bracket after a capitals dateline, with or without a dash after it", () => {
    const a = 'KATHMANDU, May 2 (PTI) Nepal said on Tuesday ...';
    expect(datelineCredit(a, a.indexOf('('))).toBe(true);
    const b = 'Foo\nLAHORE, June 3 (APP) - The party said ...';
    expect(datelineCredit(b, b.indexOf('('))).toBe(true);
  });

  it('is no credit inside a sentence', () => {
    const c = 'Leaders of the Pakistan Tehreek-e-Insaf (PTI) met on Monday.';
    expect(datelineCredit(c, c.indexOf('('))).toBe(false);
  });
});

const actorsOf = (text: string) => {
  const x = extract({ source: 'wire.txt', text });
  const at = (form: string) => {
    const i = text.indexOf(form);
    return x.actors.find((a) => a.mentions.some(([s, e]) => s <= i && i < e));
  };
  return { x, at };
};

describe('bodies in extraction', () => {
  it("reads an outlet's letters alone as the body they name in the one state listed for them, not elsewhere", () => {
    const moldova =
      'Protest in Cahul\n\nCHISINAU, May 4 (Reuters) - Protesters in Cahul blocked a car carrying CNA officers on ' +
      "Thursday. Moldova's government said the searches would go on.";
    expect(actorsOf(moldova).at('CNA officers')?.id).toBe('national-anticorruption-center');
    const singapore =
      'Flooding in Jurong\n\nSINGAPORE, May 4 (Reuters) - Heavy rain flooded roads in Jurong, CNA reported. ' +
      "Singapore's national water agency said drains were cleared.";
    expect(actorsOf(singapore).at('CNA reported')?.kind).toBe('outlet');
    const cited =
      'Protest in Cahul\n\nCHISINAU, May 4 (Reuters) - Protesters in Cahul blocked a road on Thursday, a police ' +
      "officer told CNA. Moldova's government said the protest was peaceful.";
    expect(actorsOf(cited).at('CNA.')?.kind).toBe('outlet');
  });

  it("keeps an agency credit after a dateline's state the agency's, never the state's", () => {
    const text =
      "Gunmen kill three\n\nShillong, India (AFP) - Gunmen killed three people in a village in India's Meghalaya " +
      'state, police said. India has sent more troops, an AFP reporter saw.';
    const { at } = actorsOf(text);
    expect(at('AFP)')?.kind).toBe('outlet');
  });

  it("keeps a dateline's agency credit the publisher in a story naming a party of the same letters", () => {
    const text =
      'Nepal watches Pakistan row\n\nKATHMANDU, May 2 (PTI) Nepal is watching the dispute in Pakistan, officials said, ' +
      "after Imran Khan's Pakistan Tehreek-e-Insaf called for protests.";
    const { at } = actorsOf(text);
    expect(at('PTI)')?.kind).toBe('outlet');
    expect(at('Pakistan Tehreek-e-Insaf')?.id).not.toBe(at('PTI)')?.id);
  });

  it('reads a lower-case court of another level as no named court', () => {
    const text =
      'Appeal upheld\n\nLUSAKA, June 2 (Reuters) - The Constitutional Court on Monday upheld the ban. The ruling ' +
      'reversed a decision of the lower court, which had lifted it in March. The Constitutional Court said the ban ' +
      'was lawful.';
    const { at } = actorsOf(text);
    expect(at('lower court')?.id ?? null).not.toBe(at('Constitutional Court')?.id);
  });

  it("reads 'the anti-graft body' as an unnamed body, never the publisher", () => {
    const text =
      "Ex-minister charged\n\nPort Louis (AFP) - A former Mauritian minister was charged on Monday. The country's " +
      'anti-graft body says he took bribes from a shipping firm.';
    const x = extract({ source: 'wire.txt', text });
    const claim = x.claims.find((c) => c.text.includes('took bribes'));
    expect(claim?.speaker).not.toBe('afp');
    expect(x.actors.find((a) => a.id === claim?.speaker)?.kind).toBe('organization');
  });

  it('reads "a director of PT X" as a company, no acronym of a body before a person', () => {
    const text =
      'Fires\n\nPALANGKARAYA, Sept 3 (Reuters) - Police named a director of PT Borneo Hijau Makmur a suspect over ' +
      'fires on its concession, police said.';
    const { at } = actorsOf(text);
    expect(at('Borneo Hijau Makmur')?.kind).toBe('organization');
  });

  it('reads a company named with a resources or mining word as no person', () => {
    const text =
      'Miner fined\n\nACCRA, July 8 (Reuters) - Tarkwa Minerals said it would pay the fine. Ghana fined Nkroful ' +
      'Resources on Tuesday for polluting a river, and Nkroful Resources said it would appeal.';
    const { at } = actorsOf(text);
    expect(at('Nkroful Resources')?.kind).toBe('organization');
    expect(at('Tarkwa Minerals')?.kind).toBe('organization');
  });

  it("gives a generic defence ministry in another state's paper to that state, not to Britain", () => {
    const text =
      'MIDE steps up patrols\n\nBy Ana Gómez | Montecristi | May 3, 2021\n\nThe Ministry of Defense (MIDE) said on Monday it had sent ' +
      '300 more soldiers to the border with Haiti. The Dominican Republic has closed two crossings. The MIDE said ' +
      'patrols would continue.';
    const { at } = actorsOf(text);
    expect(at('Ministry of Defense')?.id).not.toBe('uk-ministry-of-defence');
    expect(at('Ministry of Defense')?.affiliation).toBe('dominican-republic');
  });
});
