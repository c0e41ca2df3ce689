// Offices with "of"/"for" next to a person's name, and descriptions by an office as speakers (session 33, roles): the
// phrase is the person's (a descriptor mention and the role), its place or body is never a person, and an office no
// named person was given stays an unnamed holder, never whoever spoke before. Invented wire copy.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';
import { actorsOf } from './actors/helpers.ts';

/** Each person's mentions as written, "name: m1 | m2", and roles. */
function persons(text: string): string[] {
  const doc = actorsOf(text);
  return doc
    .filter((a) => a.kind === 'person')
    .map(
      (a) => `${a.name}: ${a.mentions.map(([s, e]) => text.slice(s, e)).join(' | ')} [${(a.roles ?? []).join('/')}]`,
    );
}
/** The speaker's name of each claim, with the words it was read from. */
function speakers(text: string): string[] {
  const x = extract({ source: 'wire.txt', text });
  const name = (id: string) => x.actors.find((a) => a.id === id)!;
  return x.claims.map((c) => {
    const a = name(c.speaker);
    return `${a.anonymous ? 'anonymous ' : ''}${a.name}`;
  });
}

describe('an office with "of" next to a name', () => {
  it('reads a capitalized place glued between the office and the name as no person', () => {
    const text = 'The Mayor of Kazlu Ruda Darius Petraitis said the town would house the families.\n';
    const ps = persons(text);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatch(/^Darius Petraitis: .*\[.*Mayor/);
  });

  it("stops at the office when its domain is a region's government, not the place ('the Puglia region')", () => {
    // The region's government is a body: a descriptor ending at "Puglia" would hold the body's words in a person.
    const text =
      'BARI (Reuters) - Nicola Vendola, the president of the Puglia region, asked for help. Loig Le Bras, the ' +
      'president of the Brittany regional council, agreed.\n';
    expect(persons(text)).toEqual([
      'Nicola Vendola: Nicola Vendola | president [president]',
      'Loig Le Bras: Loig Le Bras | president [president]',
    ]);
  });

  it('makes the office phrase before a name set off by commas a mention of the person, with the role', () => {
    const text = 'The president of the Senate, Ana Ruiz, demanded an audit of the contracts.\n';
    expect(persons(text)).toEqual(['Ana Ruiz: president of the Senate | Ana Ruiz [President]']);
  });

  it('takes the office after a name too', () => {
    const text = 'Tomas Lenz, the mayor of Valletta, said the quay would reopen on Monday.\n';
    expect(persons(text)[0]).toMatch(/^Tomas Lenz: Tomas Lenz \| mayor of Valletta \[/);
  });

  it('keeps a body no stage read out of the mention: only the office words describe the person', () => {
    const text = 'The director of Brastrade, Tomas Lenz, denied that the exits had been locked.\n';
    const ps = persons(text);
    expect(ps[0]).toMatch(/^Tomas Lenz: director \| Tomas Lenz/);
  });

  it('reads no domain in a title glued to another name', () => {
    const text = 'The spokesman for President Ana Ruiz, Jose Paz, said the talks had failed.\n';
    expect(persons(text).find((p) => p.startsWith('Ana Ruiz'))).not.toMatch(/spokesman for/);
  });

  it('never runs the phrase across a paragraph', () => {
    const text =
      'The case is political, a spokesperson for the head told Radio Azatliq.\n\nThe contractor, Azat Lenz, said he paid.\n';
    expect(persons(text).find((p) => p.startsWith('Azat Lenz'))).not.toMatch(/spokesperson/);
  });
});

describe('a description by an office as a speaker', () => {
  it('is no person the article gave another standing, however much they spoke', () => {
    const text =
      'Ferry fire forces evacuation\n\n' +
      'Linda Okafor, a nurse from Victoria, said smoke filled the car deck. The nurse said she helped two passengers.\n\n' +
      'The Prime Minister said federal officials were ready to help.\n';
    const s = speakers(text);
    expect(s.at(-1)).toBe('anonymous Prime Minister');
    expect(s.filter((n) => n === 'Linda Okafor')).toHaveLength(2);
  });

  it('is the person the article gave that office', () => {
    const text =
      'Ferry fire forces evacuation\n\n' +
      'The premier of British Columbia, Gordon Hale, ordered an inquiry on Friday. Linda Okafor, a passenger, said ' +
      'the crew acted calmly.\n\nThe premier said the province would pay for the inquiry.\n';
    expect(speakers(text).at(-1)).toBe('Gordon Hale');
  });

  it('stays unnamed when no one holds the office, a lower-case office too', () => {
    const text =
      'Blast in tenement\n\n' +
      'Gary Aitken, 54, said residents had phoned the gas line twice. "Nobody came," he said.\n\n' +
      'The First Minister said an investigation would be led by the police. The transport minister said the line ' +
      'would reopen.\n';
    const s = speakers(text);
    expect(s).not.toContain('anonymous Minister');
    expect(s.slice(2)).toEqual(['anonymous First Minister', 'anonymous transport minister']);
  });
});
