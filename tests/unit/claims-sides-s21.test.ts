// Two assertions that share a figure or a cause and must stay apart (graph/claims/counted.ts sidesApart,
// graph/claims/decide.ts paraphrase, graph/trace/related.ts relatedClaims): a toll of the attackers and a toll of
// their victims ("two gunmen were neutralised" / "two police officers were killed"), and a toll told with its cause
// against the cause told alone; with the near misses that must stay linked.
import { describe, expect, it } from 'vitest';

import { countedSide, sidesApart } from '../../graph/claims/counted.ts';
import { type Origin, type Side, paraphrase } from '../../graph/claims/decide.ts';
import { claimSide, said } from './claim-sides.ts';
import { relatedClaims } from '../../graph/trace/related.ts';

/** A claim telling one incident, as both tellings of these tests do. */
const side = (text: string, origin: Origin, named: Array<[string, string]> = [], incident = '^inc-1'): Side =>
  claimSide(text, origin, named, incident);
const related = (a: string, b: string, sameArticle: boolean) =>
  relatedClaims({ id: 'a', text: a }, [{ id: 'b', text: b, sameArticle }], { max: 5 });

describe('whose dead a figure counts', () => {
  it('reads the attackers and everyone else after the figure, past modifiers', () => {
    expect(countedSide('Four traffic police officers were killed in the attack').get('#4')).toEqual(
      new Set(['others']),
    );
    expect(countedSide('four "bandits" were neutralised').get('#4')).toEqual(new Set(['attackers']));
    expect(countedSide('four of the gunmen were shot dead').get('#4')).toEqual(new Set(['attackers']));
    expect(countedSide('four were killed').get('#4')).toBeUndefined();
    // A pronoun or a group's name after the figure says nothing of whose men they were.
    expect(countedSide('24 of them had been put out of action').get('#24')).toBeUndefined();
    expect(countedSide('ambushed by some 40 Boko Haram Group members').get('#40')).toBeUndefined();
    expect(sidesApart('neutralised 24 terrorists', '24 of them had been put out of action')).toBe(false);
  });

  it('keeps the attackers apart from their victims, and one side told twice together', () => {
    expect(sidesApart('three gunmen were neutralised', 'three policemen were killed at the checkpoint')).toBe(true);
    expect(sidesApart('three gunmen were neutralised', 'three of the assailants had been killed')).toBe(false);
    expect(sidesApart('three police officers died', 'three policemen were killed at the checkpoint')).toBe(false);
    // A figure given for both sides says nothing either way.
    expect(sidesApart('three gunmen and three soldiers were killed', 'three soldiers died')).toBe(false);
  });
});

describe('a toll of the attackers and a toll of their victims', () => {
  // A checkpoint attack in Kabardino-Balkaria: the interior ministry via a wire, a regional site quoting it.
  const victims = side(
    'Three police officers were killed and one was wounded in an attack on a checkpoint near Nalchik',
    said('kbr-interior-ministry', { outlet: 'interfax' }),
  );
  const bandits = side('three "bandits" had been neutralised in the shootout', said('', { outlet: 'kavkaz-uzel' }));

  it('are not one assertion, whoever tells them', () => {
    expect(paraphrase(bandits, victims)).toBeNull();
    expect(paraphrase(victims, bandits)).toBeNull();
  });

  it('while the attackers told twice still meet', () => {
    const gunmen = side(
      'Three attackers were killed in an exchange of fire with the police',
      said('kbr-interior-ministry', { outlet: 'interfax' }),
    );
    expect(paraphrase(bandits, gunmen)?.reason).toMatch(/^paraphrase/);
  });

  it('are not related at trace time inside one article either', () => {
    const quote =
      'Unidentified gunmen opened fire on officers of the police checkpoint near Nalchik. The fire was returned, and three attackers were neutralised';
    expect(related(victims.text, quote, true)).toEqual([]);
    const retold = 'three police officers of the checkpoint near Nalchik were killed in the attack';
    expect(related(victims.text, retold, true)).toEqual(['b']);
  });
});

describe('a toll told with its cause and the cause told alone', () => {
  // An Armenian defence ministry statement and a government accusation retold by another outlet.
  const toll = side(
    'four Armenian soldiers were killed and nine wounded when Azerbaijani forces shelled positions near Sotk with artillery',
    said('armenia-defence-ministry', { outlet: 'armenpress' }),
    [
      ['armenia', 'Armenian'],
      ['azerbaijan-military', 'Azerbaijani forces'],
    ],
  );
  const accusation = side(
    'Azerbaijani forces of shelling the positions near Sotk with artillery first',
    said('armenia-defence-ministry', { outlet: 'azatutyun' }),
    [['azerbaijan-military', 'Azerbaijani forces']],
  );

  it('are two assertions', () => {
    expect(paraphrase(toll, accusation)).toBeNull();
    expect(paraphrase(accusation, toll)).toBeNull();
  });

  it("while someone's killing told as their act is no toll first", () => {
    const act = side(
      'Azerbaijani forces killed four Armenian soldiers when they shelled positions near Sotk with artillery',
      said('armenia-defence-ministry', { outlet: 'armenpress' }),
      [
        ['azerbaijan-military', 'Azerbaijani forces'],
        ['armenia', 'Armenian'],
      ],
    );
    expect(paraphrase(act, accusation)?.reason).toMatch(/^paraphrase/);
  });

  it('while the toll told again with its cause still meets', () => {
    const retold = side(
      'Azerbaijani artillery shelled positions near Sotk, killing four Armenian soldiers and wounding nine',
      said('armenia-defence-ministry', { outlet: 'azatutyun' }),
      [
        ['armenia', 'Armenian'],
        ['azerbaijan-military', 'Azerbaijani'],
      ],
    );
    expect(paraphrase(toll, retold)?.reason).toMatch(/^paraphrase/);
  });

  it('while a strike told with its toll after it still meets the strike told alone', () => {
    const strike = side(
      'Azerbaijani forces had shelled several villages near Sotk overnight, killing four Armenian soldiers',
      said('armenia-defence-ministry', { outlet: 'armenpress' }),
      [
        ['azerbaijan-military', 'Azerbaijani forces'],
        ['armenia', 'Armenian'],
      ],
    );
    const alone = side(
      'Azerbaijani forces shelled the villages near Sotk overnight',
      said('armenia-defence-ministry', { outlet: 'azatutyun' }),
      [['azerbaijan-military', 'Azerbaijani forces']],
    );
    expect(paraphrase(strike, alone)?.reason).toMatch(/^paraphrase/);
  });
});
