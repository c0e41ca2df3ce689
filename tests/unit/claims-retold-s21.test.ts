// One named speaker's two tellings of one incident in two outlets (graph/claims/decide.ts): the identification of
// the attackers told twice when a state only one telling names is the government a pact is with, and one telling's
// concepts all held by the other whichever is the longer; and the near misses that must stay apart.
import { describe, expect, it } from 'vitest';

import { type Origin, type Side, paraphrase } from '../../graph/claims/decide.ts';
import { claimSide, said } from './claim-sides.ts';

/** A claim telling one incident, as both tellings of these tests do. */
const side = (text: string, origin: Origin, named: Array<[string, string]> = [], incident = '^inc-1'): Side =>
  claimSide(text, origin, named, incident);
const reason = (a: Side, b: Side) => paraphrase(a, b)?.reason ?? null;

describe("one speaker's identification of the attackers, told twice", () => {
  // A police inspector general in Assam, quoted by a wire and by a national daily.
  const wire = side(
    'the attackers were cadres of a militant faction that had signed a peace accord with the government',
    said('gyanendra-baruah', { outlet: 'pti' }),
    [['india', 'the government']],
  );
  const daily = side(
    'the assailants belonged to an outfit party to the 2023 ceasefire accord who had slipped out of their camp',
    said('gyanendra-baruah', { outlet: 'the-hindu' }),
  );

  it('meets when a state only one telling names is whom the pact is with', () => {
    expect(reason(wire, daily)).toMatch(/^paraphrase, same speaker/);
  });

  it('keeps a state blamed outright apart from the attackers identified as a group', () => {
    const state = side('Bhutan was behind the attack', said('gyanendra-baruah'), [['bhutan', 'Bhutan']]);
    expect(paraphrase(state, daily)).toBeNull();
  });

  it('keeps another incident apart', () => {
    const other = side(
      'the assailants belonged to an outfit party to the 2023 ceasefire accord who had slipped out of their camp',
      said('gyanendra-baruah', { outlet: 'the-hindu' }),
      [],
      '^inc-2',
    );
    expect(paraphrase(wire, other)).toBeNull();
  });

  it('is for one speaker', () => {
    const other = side(
      'the assailants belonged to an outfit party to the 2023 ceasefire accord who had slipped out of their camp',
      said('rakesh-bora', { outlet: 'the-hindu' }),
    );
    expect(paraphrase(wire, other)).toBeNull();
  });
});

describe("one speaker's retelling whose longer telling holds fewer concepts", () => {
  // A Chadian governor quoted by two outlets about one raid: the shorter telling adds the raid and the attackers.
  const radio = side(
    'the raiders had fled across the border into Sudan after the assault',
    said('mahamat-abakar', { outlet: 'rfi' }),
    [['sudan', 'Sudan']],
  );
  const wire = side(
    'The gunmen fled to Sudanese territory, and we expect Khartoum to hand them over to us',
    said('mahamat-abakar', { outlet: 'afp' }),
    [['sudan', 'Sudanese']],
  );

  it('meets when all of one telling is in the other, whichever weighs more', () => {
    expect(reason(radio, wire)).toMatch(/^paraphrase, same speaker/);
  });

  it('keeps another act of the same party apart: neither telling holds the other', () => {
    const armed = side(
      'the raiders had been armed and paid by traffickers operating from Sudan',
      said('mahamat-abakar', { outlet: 'afp' }),
      [['sudan', 'Sudan']],
    );
    expect(paraphrase(radio, armed)).toBeNull();
  });
});
