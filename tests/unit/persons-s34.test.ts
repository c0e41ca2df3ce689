// Person identity, session 34: a family name of two words ("Leon Guerrero", "Hernández Rueda") that two people of a
// story carry keys neither of them across articles, and a given name is never cut off with half of it; initials
// written without periods ("P A Sangma"); a quoted nickname after a title; an office's title before a lone surname
// is the office holder, not a namesake the article described otherwise; local-language titles ("Landrat",
// "Regierungschef", "Consellera") are no given names; Galician, Catalan and Basque given names meet their Castilian
// form beside the same family name.
import { describe, expect, it } from 'vitest';

import { articleScopedId } from '../../graph/identity.ts';
import { GAZETTEER_IDS } from '../../graph/load.ts';
import { familyNameAlone, personKey, unfoldedPersonKey } from '../../graph/names.ts';
import { resolveExtraction } from '../../graph/resolve.ts';
import { Extraction } from '../../graph/schema.ts';
import { findActors } from '../../ingest/actors/index.ts';
import { clean } from '../../ingest/clean/index.ts';
import { extract } from '../../ingest/extract.ts';
import { analyze } from '../../ingest/nlp/index.ts';

/** The actors stage's persons of a text: name → the mentions' texts. */
function personsIn(text: string): Map<string, string[]> {
  const c = clean({ source: 't', text });
  const out = new Map<string, string[]>();
  for (const a of findActors(analyze(c), c).actors)
    if (a.kind === 'person')
      out.set(
        a.name,
        a.mentions.map(([s, e]) => text.slice(s, e)),
      );
  return out;
}

/** The cross-article node of each person of a text, by its resolved name; article-scoped nodes as null. */
function nodesOf(text: string): Map<string, string | null> {
  const r = resolveExtraction(extract({ source: 't', text }), undefined, GAZETTEER_IDS);
  const out = new Map<string, string | null>();
  for (const a of r.actors) if (a.kind === 'person') out.set(a.name, /^[0-9a-f]{12}:/.test(a.id) ? null : a.id);
  return out;
}

describe('a family name of two words', () => {
  it('keeps a place-named second surname on the name ("Vincent Leon Guerrero" is not "Vincent Leon")', () => {
    const p = personsIn(
      'HAGATNA, Guam (AP) - A grand jury indicted Ramon Leon Guerrero, 47, a port supervisor, on Friday.\n\n' +
        'The lawyer of Ramon Leon Guerrero denied the charges.\n',
    );
    expect(p.has('Ramon Leon Guerrero')).toBe(true);
    expect(p.has('Ramon Leon')).toBe(false);
  });

  it('reads a quoted nickname after a title as one person ("Gov. Lourdes \\"Lou\\" Leon Guerrero")', () => {
    const p = personsIn(
      'HAGATNA, Guam (AP) - Gov. Teresa "Tess" Leon Guerrero said on Friday she had asked for a review.\n',
    );
    expect(p.get('Teresa Leon Guerrero')).toContain('Tess');
    expect(p.has('Teresa')).toBe(false);
  });

  it('keys a two-word family name alone to no one across articles', () => {
    expect(familyNameAlone('Leon Guerrero')).toBe(true);
    expect(familyNameAlone('Mr. Leon Guerrero')).toBe(true);
    expect(familyNameAlone('Núñez Feijóo')).toBe(true);
    expect(familyNameAlone('San Agustin')).toBe(true);
    // A given name that is a Spanish family name too opens a given name and a family name.
    expect(familyNameAlone('Leon Torres')).toBe(false);
    expect(familyNameAlone('Vera Molina')).toBe(false);
    expect(familyNameAlone('Santo Fazzari')).toBe(false);
    // Given names of other languages end as Spanish patronymics do: the list of those is closed.
    expect(familyNameAlone('Almaz Bekele')).toBe(false);
    expect(familyNameAlone('Fayez Sarraj')).toBe(false);
    expect(familyNameAlone('Ramon Leon Guerrero')).toBe(false);
    // Both words of the family name key the full name, so two people who carry it stay two.
    expect(personKey('Ramon Leon Guerrero')).toBe('ramon leon guerrero');
    expect(personKey('Teresa Leon Guerrero')).not.toBe(personKey('Ramon Leon Guerrero'));
  });

  it('gives a bare double family name no cross-article node where two people of the story carry it', () => {
    const nodes = nodesOf(
      'SAIPAN (AP) - Prosecutors charged Ramon Leon Guerrero, a port supervisor, with bribery on Friday.\n\n' +
        'Gov. Teresa Leon Guerrero, who is not related to the defendant, said she had asked for an audit.\n\n' +
        'Leon Guerrero is due in court on Monday.\n',
    );
    expect(nodes.get('Ramon Leon Guerrero')).toBe('ramon-leon-guerrero');
    expect(nodes.get('Teresa Leon Guerrero')).toBe('teresa-leon-guerrero');
    for (const [name, id] of nodes) if (id === 'leon-guerrero') throw new Error(`${name} keyed as "leon-guerrero"`);
  });

  it("keeps the two last words of another person's longer name off a node of their own", () => {
    const x = Extraction.parse({
      article: { id: 'a1', source: 'a1.txt', title: null, publishedAt: null, outlet: null },
      actors: [
        { id: 'mark-sablan-torres', name: 'Mark Sablan Torres', kind: 'person', mentions: [[0, 1]] },
        { id: 'sablan-torres', name: 'Sablan Torres', kind: 'person', mentions: [[2, 3]] },
        { id: 'ana-torres', name: 'Ana Torres', kind: 'person', mentions: [[4, 5]] },
      ],
    });
    const ids = resolveExtraction(x).actors.map((a) => a.id);
    expect(ids).toContain('mark-torres');
    expect(ids).toContain('ana-torres');
    expect(ids).toContain(articleScopedId('a1', 'sablan-torres'));
  });

  it('keeps the two last words of a longer name of the article off a node of their own', () => {
    const nodes = nodesOf(
      'BOGOTA (AFP) - Prosecutors arrested contractor Luis Alberto Ortega Salcedo on Tuesday.\n\n' +
        'The city auditor, Diana Ortega Salcedo, who is not related, found the invoices.\n\n' +
        'Ortega Salcedo denies the charges.\n',
    );
    expect(nodes.get('Luis Alberto Ortega Salcedo')).toBe('luis-ortega-salcedo');
    expect([...nodes.values()]).not.toContain('ortega-salcedo');
  });
});

describe('initials written without periods', () => {
  it('reads "P A Sangma" as a name, the "A" an initial', () => {
    const p = personsIn(
      'Shillong, Jan 7 (PTI) Tura MP and party founder R A Marak demanded an inquiry into the collapse.\n',
    );
    expect(p.has('R A Marak')).toBe(true);
    expect(personKey('R A Marak')).toBe(personKey('R.A. Marak'));
  });
});

describe('an office title before a lone surname', () => {
  it('is the office holder, not the namesake the article named otherwise', () => {
    const p = personsIn(
      'BASSETERRE (CMC) - Police named the dead man as Carl Liburd, 61, a bus driver of Sandy Point.\n\n' +
        'Premier Liburd extended condolences to the family of Mr Liburd and said Cabinet would meet.\n',
    );
    expect(p.get('Carl Liburd')).toEqual(['Carl Liburd', 'Liburd']);
    expect(p.has('Premier Liburd')).toBe(true);
  });

  it('is the person the article described by that title', () => {
    const p = personsIn(
      "BASSETERRE (CMC) - Carl Liburd, the island's premier, said two people had died.\n\n" +
        'Premier Liburd said the road would stay closed.\n',
    );
    expect(p.get('Carl Liburd')).toContain('Liburd');
    expect(p.has('Premier Liburd')).toBe(false);
  });
});

describe('local-language titles and regional given names', () => {
  it('drops a German, Catalan, Italian or Dutch title before a name from its key', () => {
    expect(personKey('Landrat Anton Maier')).toBe('anton maier');
    expect(personKey('Regierungschef Daniel Risch')).toBe('daniel risch');
    expect(personKey('Consellera Laia Vidal')).toBe('laia vidal');
    expect(personKey('Sindaco Enzo Bianco')).toBe('enzo bianco');
    expect(personKey('Burgemeester Anne Visser')).toBe('anne visser');
    // A German family name that is also a word for a judge stays a name.
    expect(personKey('Gerhard Richter')).toBe('gerhard richter');
  });

  it('reads a Galician, Catalan or Basque given name as its Castilian form in the folded key only', () => {
    expect(personKey('Xosé Manuel Fernández')).toBe(personKey('José Manuel Fernández'));
    expect(personKey('Jordi Vidal')).toBe(personKey('Jorge Vidal'));
    expect(personKey('Iñaki Arregi')).toBe(personKey('Ignacio Arregi'));
    expect(unfoldedPersonKey('Jordi Vidal')).not.toBe(unfoldedPersonKey('Jorge Vidal'));
    // Never across family names, and never a form that is another language's name of its own.
    expect(personKey('Jordi Vidal')).not.toBe(personKey('Jorge Vidala'));
    expect(personKey('Xavier Bettel')).not.toBe(personKey('Javier Bettel'));
    expect(personKey('Joan Puig')).not.toBe(personKey('Juan Puig'));
  });
});
