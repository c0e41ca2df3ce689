// A speaker described by a restrictive relative clause whose verb is the last word before the cue ("A resident who
// asked not to be named said C", "Residents who fled said C", "An RSF field commander who asked not to be named told
// Radio Dabanga that C"): the speaker is the noun phrase "who" stands for, so the claim is kept and the body in the
// description is the person's, not the speaker. Short wire copy of our own, full pipeline.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const run = (text: string) => extract({ source: 'wire.txt', text });
const LEAD =
  'EL FASHER, Sudan (AFP) - Shells fired by the Rapid Support Forces (RSF) hit a market in El Fasher on Sunday, ' +
  'killing 14 people. ';

describe('a relative clause ending right before the cue', () => {
  it('"who asked not to be named said": the resident speaks', () => {
    const x = run(LEAD + 'A resident who asked not to be named said the shells came from the east.');
    expect(x.claims.map((c) => [c.speaker, c.text])).toEqual([['anon-resident', 'the shells came from the east']]);
  });

  it('"who fled said": the residents speak', () => {
    const x = run(LEAD + 'Residents who fled said the paramilitaries had fired first.');
    expect(x.claims.map((c) => c.speaker)).toEqual(['anon-residents']);
  });

  it('"who asked not to be named told X that": the commander speaks, affiliated to his group', () => {
    const x = run(
      LEAD +
        'An RSF field commander who asked not to be named told Radio Dabanga that the army had shelled its own ' +
        'positions.',
    );
    expect(x.claims.map((c) => c.speaker)).toEqual(['anon-rsf-field-commander']);
    expect(x.actors.find((a) => a.id === 'anon-rsf-field-commander')?.affiliation).toBe('rapid-support-forces');
  });

  it('a relative clause ending in a noun keeps working', () => {
    const x = run(LEAD + 'Officials who spoke on condition of anonymity said 40 people had died.');
    expect(x.claims.map((c) => c.speaker)).toEqual(['anon-officials']);
  });
});

// An inverted speaker with a place adjunct and then a relative clause ('"C," said a councillor from X who did not want
// to be named'): the adjunct ends where the relative clause starts, and both belong to the speaker.
describe('an inverted speaker with an adjunct, then a relative clause', () => {
  const LANDAU = 'LANDAU, Germany (dpa) - Residents reacted with disbelief on Friday to the searches. ';

  it('"said a CSU local councillor from Reisbach who did not want to be named": the councillor speaks', () => {
    const x = run(
      LANDAU +
        '"He has done a lot for the region," said a CSU local councillor from Reisbach who did not want to be named.',
    );
    expect(x.claims.map((c) => [c.speaker, c.text])).toEqual([
      ['anon-csu-local-councillor', 'He has done a lot for the region'],
    ]);
    expect(x.actors.find((a) => a.id === 'anon-csu-local-councillor')?.affiliation).toBe('csu');
  });

  it('"said a nurse at the hospital who asked not to be identified": the nurse speaks', () => {
    const x = run(
      LEAD + '"We ran out of beds by noon," said a nurse at the city hospital who asked not to be identified.',
    );
    expect(x.claims.map((c) => [c.speaker, c.text])).toEqual([['anon-nurse', 'We ran out of beds by noon']]);
  });
});
