// A polity's short name leading a lower-case description of one of its bodies (session 32): "the EU anti-fraud office
// OLAF" names OLAF, never the EU; "the UN climate body said" names no UN; a possessive or a clause going on after the
// head word ("US service members", "the UN said the agency") leaves the polity where it is. A body's name written
// short ("Icelandic Met Office") keys as written in full.
// In: the pure helper and invented wire paragraphs. Out: which actor each mention lands on.
import { describe, expect, it } from 'vitest';

import { bodyNameKey } from '../../graph/names.ts';
import { descriptionEnd } from '../../ingest/actors/polity-led-bodies.ts';
import { extract } from '../../ingest/extract.ts';

/** descriptionEnd for the first occurrence of `name` in `text`, as the text after the description ends. */
const after = (text: string, name: string) => {
  const start = text.indexOf(name);
  const end = descriptionEnd(text, { start, end: start + name.length });
  return end < 0 ? null : text.slice(start, end);
};

describe('descriptionEnd', () => {
  it('reads lower-case words up to a body head after the name', () => {
    expect(after('the EU anti-fraud office OLAF said', 'EU')).toBe('EU anti-fraud office');
    expect(after('The US drug agency DEA flew him', 'US')).toBe('US drug agency');
    expect(after('The UN climate body said talks', 'UN')).toBe('UN climate body');
  });

  it('reads no description after a possessive, a clause, or a head that qualifies a noun after it', () => {
    expect(after("The EU's anti-fraud office said", 'EU')).toBeNull();
    expect(after('The UN said the agency would close', 'UN')).toBeNull();
    expect(after('US service members were safe', 'US')).toBeNull();
    expect(after('EU agency officials declined', 'EU')).toBeNull();
    expect(after('Kenya and Uganda signed', 'Kenya')).toBeNull();
    expect(after('since the Bukele administration took office on June 1', 'the Bukele administration')).toBeNull();
    expect(after('since Bukele took office on June 1', 'Bukele')).toBeNull();
  });
});

describe('bodyNameKey with a short word', () => {
  it('reads "Met" as "Meteorological" before a body word, and leaves it elsewhere', () => {
    expect(bodyNameKey('Icelandic Met Office')).toBe(bodyNameKey('Icelandic Meteorological Office'));
    expect(bodyNameKey('Fiji Met Service')).toBe(bodyNameKey('Fiji Meteorological Service'));
    expect(bodyNameKey('Met Police')).toBe('met police');
    expect(bodyNameKey('Met Gala')).toBe('met gala');
  });
});

const wire = (body: string) => {
  const text = `Inquiry opened\n\nBRUSSELS (Reuters) - ${body}`;
  const x = extract({ source: 'wire.txt', text });
  const at = (form: string) => {
    const i = text.indexOf(form);
    return x.actors.find((a) => a.mentions.some(([s, e]) => s <= i && i < e));
  };
  return { x, at, text };
};

describe('polity-led bodies in extraction', () => {
  it("gives the description to the body named after it, and the EU's own mentions stay the EU's", () => {
    const { at } = wire(
      'The EU anti-fraud office OLAF opened an investigation into road contracts. ' +
        'The European Union has frozen payments.',
    );
    expect(at('EU anti-fraud')?.id).toBe(at('OLAF')?.id);
    expect(at('OLAF')?.id).not.toBe('european-union');
    expect(at('European Union')?.id).toBe('european-union');
  });

  it('drops the polity where no body is named after the description, and a one-word name there is no person', () => {
    const { x, at } = wire(
      'The US drug agency said it had seized cocaine. The EU border agency Frontex said it would send ships.',
    );
    expect(x.actors.find((a) => a.id === 'united-states')).toBeUndefined();
    expect(at('Frontex')?.kind).toBe('organization');
    expect(at('EU border')?.id).toBe(at('Frontex')?.id);
  });
});

describe('a state agency named by a field word and its country', () => {
  it('reads "Identity Malta" and "Statistics Canada" as bodies of their states, not the states', () => {
    const { at } = wire(
      'A senior official at Identity Malta was arrested on Tuesday, police said. Statistics Canada said prices rose. ' +
        'Malta has long defended its permit scheme.',
    );
    expect(at('Identity Malta')?.id).toBe('identity-malta');
    expect(at('Identity Malta')?.kind).toBe('organization');
    expect(at('Statistics Canada')?.id).toBe('statistics-canada');
    expect(at('Malta has')?.id).toBe('malta');
  });

  it('leaves a place before a state and a word outside the list alone', () => {
    const { at } = wire('Northern Ireland and South Africa signed a deal. Officials in Greater Malta said no.');
    expect(at('South Africa')?.id).toBe('south-africa');
    expect(at('Greater Malta')?.id).not.toBe('greater-malta');
  });
});

describe("a known body's name opened by its state's possessive", () => {
  it('mentions the state too, over its own words', () => {
    const { x, at, text } = wire("Britain's National Crime Agency said four men were charged.");
    const uk = x.actors.find((a) => a.id === 'united-kingdom');
    const i = text.indexOf('Britain');
    expect(uk?.mentions.some(([s, e]) => s === i && e === i + 'Britain'.length)).toBe(true);
    expect(at('National Crime')?.id).toBe('national-crime-agency');
  });
});

describe("a plural noun's possessive before a known body's name", () => {
  it("reads the Peoples' Democratic Party as a party of its own, not the Democratic Party", () => {
    const { at } = wire(
      "Selahattin Demirtas, co-leader of the pro-Kurdish Peoples' Democratic Party (HDP), condemned the killing.",
    );
    expect(at('Democratic Party')?.name).toBe("Peoples' Democratic Party");
    expect(at('Democratic Party')?.id).not.toMatch(/^(democratic-party|turkey-democratic-party)$/);
  });
});

describe('a branch written by its members', () => {
  it('reads "US Marines" as the Marine Corps, not the whole US military', () => {
    const { at } = wire('US Marines said a panel fell from a helicopter. The U.S. military said it was checking.');
    expect(at('US Marines')?.id).toBe('united-states-marines');
    expect(at('U.S. military')?.id).toBe('united-states-military');
  });
});
