// A figure for the dead or wounded that only one telling gives (graph/claims/counted.ts figureOnOneSide): "received
// eight bodies" and "received the bodies of the martyrs" are two tolls, however alike the rest; and the tellings that
// still meet (the same figures, or an outcome the other does not tell at all). Invented wire sentences.
import { describe, expect, it } from 'vitest';

import { figureOnOneSide } from '../../graph/claims/counted.ts';
import { paraphrase } from '../../graph/claims/decide.ts';
import { claimSide, said } from './claim-sides.ts';

describe('a figure for the dead or wounded that only one telling gives', () => {
  it('is apart when the other tells those dead or wounded with no figure', () => {
    expect(
      figureOnOneSide(
        'the hospital had received five bodies and nine wounded policemen',
        'the hospital received the bodies of the victims and nine injured policemen',
      ),
    ).toBe(true);
    expect(
      figureOnOneSide('12 people were killed and 40 wounded', 'the dead included children and 40 were wounded'),
    ).toBe(true);
  });

  it('is not apart when both give the figure, or the other does not tell that outcome at all', () => {
    expect(
      figureOnOneSide('received five bodies and nine wounded policemen', 'five bodies and nine injured officers'),
    ).toBe(false);
    expect(figureOnOneSide('three soldiers were killed and seven wounded', 'three soldiers were killed')).toBe(false);
    expect(figureOnOneSide('troops killed 15 rebels', 'the army repelled the attack on the base')).toBe(false);
    // A text with no figure is no toll: it may be about the same dead ("behind the killings", "civilian deaths").
    expect(figureOnOneSide('an airstrike killed nine civilians', 'civilian deaths in the airstrike')).toBe(false);
    expect(figureOnOneSide('the attack killed nine civilians', 'the militia was behind the killings')).toBe(false);
  });

  it("keeps two hospitals' tolls of one attack apart in the paraphrase decision, and lets one figure retold meet", () => {
    const wire = claimSide(
      'the hospital in Arua had received five bodies and nine wounded policemen',
      said('anon-1:medical-sources', { outlet: 'reuters' }),
    );
    const local = claimSide(
      'the hospital in Arua received the bodies of the victims and nine wounded policemen',
      said('anon-2:hospital-official', { outlet: 'monitor' }),
    );
    expect(paraphrase(wire, local)).toBeNull();
    const retold = claimSide(
      'the hospital in Arua received five bodies and nine wounded policemen',
      said('anon-2:hospital-official', { outlet: 'monitor' }),
    );
    expect(paraphrase(wire, retold)).not.toBeNull();
  });
});
