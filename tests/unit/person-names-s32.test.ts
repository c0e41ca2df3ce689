// Unit tests for persons at extraction: a noun for what befell a person or what they do there, opening a sentence
// before the name ("Survivor Kalani Mahoe told ..."), is no word of the name; a speaker whose name ends in a word no
// person's name ends in ("Global", "International", "Scouts") is a body.
import { describe, expect, it } from 'vitest';

import { findActors } from '../../ingest/actors/index.ts';
import { clean } from '../../ingest/clean/index.ts';
import { extract } from '../../ingest/extract.ts';
import { analyze } from '../../ingest/nlp/index.ts';

function namesOf(text: string): string[] {
  const c = clean({ source: 't', text });
  return findActors(analyze(c), c).actors.map((a) => a.name);
}

describe('a situation noun opening a sentence before a name', () => {
  it('is cut from the name', () => {
    const names = namesOf(
      'Survivor Kalani Mahoe told reporters that the boat had no radio. Mahoe was treated in Hilo.',
    );
    expect(names).toContain('Kalani Mahoe');
    expect(names.some((n) => /Survivor/.test(n))).toBe(false);
    expect(namesOf('Villager Tefera Mulugeta Alemu said the road was closed.')).toContain('Tefera Mulugeta Alemu');
  });
});

describe("a speaker named by a body's last word", () => {
  it('is no person', () => {
    const x = extract({
      source: 'wire.txt',
      text: 'Coral Guardians Global said in a statement that its volunteers had only filmed the hunt from the beach.',
    });
    const speaker = x.actors.find((a) => a.name === 'Coral Guardians Global');
    expect(speaker).toBeDefined();
    expect(speaker!.kind).not.toBe('person');
  });
});
