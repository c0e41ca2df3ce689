// Two different assertions about one incident that the same-claim decision (graph/claims/decide.ts paraphrase and
// answer, graph/claims/counted.ts vagueApart) must keep apart, each beside a near telling that must still meet: a toll
// sized in words against a figure outside it, one speaker's two statements about the same casualties, two anonymous
// tellings sharing only an incident's act and its party, and a toll against a denial of another accusation.
import { describe, expect, it } from 'vitest';

import { tollBesideCause, vagueApart } from '../../graph/claims/counted.ts';
import { type Origin, type Side, answer, paraphrase } from '../../graph/claims/decide.ts';
import { relatedClaims } from '../../graph/trace/related.ts';
import { claimSide, said } from './claim-sides.ts';

const side = (text: string, origin: Origin, named: Array<[string, string]> = [], incident = '^inc-1'): Side =>
  claimSide(text, origin, named, incident);
const related = (a: string, b: string) =>
  relatedClaims({ id: 'a', text: a }, [{ id: 'b', text: b, sameArticle: false }], { max: 5 });

describe('a toll sized in words', () => {
  it('is not a figure outside its range', () => {
    expect(vagueApart('Air strike on northern market kills dozens', 'killed at least 17 people on Friday')).toBe(true);
    expect(vagueApart('Shelling of border towns kills hundreds', 'at least 35 people were killed')).toBe(true);
  });

  it('is a figure inside it, and says nothing beside no figure or a year', () => {
    expect(vagueApart('Air strike on northern market kills dozens', 'killed at least 41 people on Friday')).toBe(false);
    expect(vagueApart('Air strike on northern market kills dozens', 'the strike killed many civilians')).toBe(false);
    expect(vagueApart('dozens were killed', 'the worst attack since 2019')).toBe(false);
  });

  it('keeps the two tolls apart in the decision and at trace time', () => {
    const a = side('An air strike on a crowded market in the north killed at least 17 people', said('anon-a:medic'));
    const b = side('Air strike on crowded northern market kills dozens', said('anon-b:residents'));
    expect(paraphrase(a, b)).toBeNull();
    expect(related(a.text, 'an air strike on a crowded market in the north killed dozens of people')).toEqual([]);
    expect(related(a.text, 'an air strike on a crowded market in the north killed 17 people')).toEqual(['b']);
  });
});

describe('one speaker on the same casualties', () => {
  const redCrescent = said('red-crescent');
  const hospital: [string, string] = ['al-amal-general-hospital', 'Al-Amal General Hospital'];
  const named = (text: string) => claimSide(text, redCrescent, [hospital]);

  it('evacuating the wounded is not their condition', () => {
    const a = named('its teams had taken three wounded people to the Al-Amal General Hospital');
    const b = named('the three injured were in serious condition at the Al-Amal General Hospital');
    expect(paraphrase(a, b)).toBeNull();
  });

  it('the same evacuation told twice still meets', () => {
    const a = named('its teams had taken three wounded people to the Al-Amal General Hospital');
    const b = named('its teams took the three wounded people to the Al-Amal General Hospital by ambulance');
    expect(paraphrase(a, b)).not.toBeNull();
  });
});

describe('two anonymous tellings of one incident', () => {
  const niger: Array<[string, string]> = [
    ['niger', 'Nigerien'],
    ['niger-military', 'Nigerien troops'],
  ];
  const a = (text: string) => side(text, said('a1b2c3d4e5f6:anon-official'), niger);
  const b = (text: string) => side(text, said('0f1e2d3c4b5a:anon-officer'), niger);

  it('sharing only the strike and the troops, say different things', () => {
    const using = a('Nigerien troops were using the village to prepare attacks across the frontier');
    expect(paraphrase(using, b('the strike had targeted Nigerien troops'))).toBeNull();
  });

  it('sharing a word of their own besides, meet', () => {
    const massing = a('the drone strike had targeted Nigerien troops massing near the village');
    expect(
      paraphrase(massing, b('the drone strike targeted Nigerien troops who were massing in the village')),
    ).not.toBeNull();
  });
});

describe('a toll and a denial', () => {
  const army: [string, string] = ['mali-military', 'the army'];
  const denier: Origin = { ...said('mali-military'), type: 'DENIES' };
  const toll = side(
    'Suspected jihadists killed at least 31 people, most of them militiamen fighting alongside the army',
    said('anon-a:local-official'),
    [army],
  );

  it('a denial of another accusation with no figure or outcome does not answer the toll', () => {
    const d = side('accusations that the army and its militia allies target herders', denier, [army]);
    expect(answer({ ...d, origins: [denier], denier }, toll)).toBeNull();
  });

  it('a denial of the killing itself still answers a killing told with a figure', () => {
    const claim = side('soldiers of the army killed 31 herders in a raid on the village', said('human-rights-league'), [
      army,
    ]);
    const d = side('reports that its soldiers killed 31 herders in a raid on the village', denier, [army]);
    expect(answer({ ...d, origins: [denier], denier }, claim)).not.toBeNull();
  });
});

describe('a toll told with its cause, beside the cause alone', () => {
  const toll =
    'One Georgian soldier was killed and three were wounded when Georgian and Ossetian forces exchanged fire near ' +
    'the village of Nikozi on Friday';

  it('are not related at trace time, however many words of the cause they share', () => {
    const cause = 'Ossetian forces opened fire at Georgian positions near the village of Nikozi on Friday';
    expect(tollBesideCause(toll, cause)).toBe(true);
    expect(related(toll, cause)).toEqual([]);
  });

  it('two tellings of the toll with its cause still are', () => {
    const retold =
      'one Georgian soldier was killed and three others were wounded in an exchange of fire with Ossetian forces ' +
      'near the village of Nikozi on Friday';
    expect(tollBesideCause(toll, retold)).toBe(false);
    expect(related(toll, retold)).toEqual(['b']);
  });
});
