// One incident's toll told by two different origins across outlets (graph/claims/decide.ts incidentToll), and two
// death tolls of one incident kept apart though a smaller figure recurs (graph/claims/counted.ts tollsApart).
import { describe, expect, it } from 'vitest';

import { paraphrase } from '../../graph/claims/decide.ts';
import { outcomeBy, tollsApart } from '../../graph/claims/counted.ts';
import { claimSide, said } from './claim-sides.ts';

// A raid on a village in western Niger: the regional governor to a wire, an unnamed local official to another.
const RAID = '^abc123:attack-kourki';
const anonymous = said('a1b2c3d4e5f6:anon-local-official', { outlet: 'afp' });
const governor = claimSide(
  "Gunmen on motorbikes killed 12 civilians in an attack on the village of Kourki in western Niger's Tillaberi region",
  said('maina-boukar', { outlet: 'reuters' }),
  [['niger', 'Niger']],
  RAID,
);
const official = claimSide('the raid had left 12 people dead', anonymous, [], RAID);

describe("one incident's toll told by two origins", () => {
  it('meets: the same figure, killed on both sides, counting civilians and "people"', () => {
    expect(paraphrase(governor, official)?.reason).toMatch(/one incident's toll: shares .*#12/);
    expect(paraphrase(official, governor)?.reason).toMatch(/one incident's toll/);
  });

  it('keeps the same figure apart when the tellings tell two incidents', () => {
    const other = claimSide(official.text, anonymous, [], '^def456:attack-tillaberi');
    expect(paraphrase(governor, other)).toBeNull();
  });

  it("keeps another side's dead apart: 12 of the assailants is not 12 civilians", () => {
    const pursuit = claimSide(
      'its troops had killed 12 of the assailants during a pursuit operation near the village of Kourki',
      said('niger-defence-ministry'),
      [],
      RAID,
    );
    expect(paraphrase(governor, pursuit)).toBeNull();
  });

  it('keeps the wounded apart: 12 wounded is not 12 killed', () => {
    const wounded = claimSide('12 people were wounded in the attack on the village', anonymous, [], RAID);
    expect(paraphrase(governor, wounded)).toBeNull();
  });

  it('keeps a toll laid at other doors apart: soldiers killed 12 civilians is not gunmen killed 12', () => {
    const soldiers = claimSide('soldiers killed 12 civilians in the village of Kourki', anonymous, [], RAID);
    expect(paraphrase(governor, soldiers)).toBeNull();
  });

  it('keeps a state only one side names apart unless named as the place ("in", "Niger\'s Tillaberi region")', () => {
    const backed = claimSide(
      'Mali had carried out the drone strike on the village that killed 12 civilians',
      anonymous,
      [['mali', 'Mali']],
      RAID,
    );
    expect(paraphrase(official, backed)).toBeNull();
    const placed = claimSide(
      'the raid on a village in western Mali killed 12 civilians',
      anonymous,
      [['mali', 'Mali']],
      RAID,
    );
    expect(paraphrase(official, placed)?.reason).toMatch(/one incident's toll/);
  });

  it('keeps a party only one side names apart: its blame as much as its toll', () => {
    const jnim = claimSide(
      'JNIM fighters killed 12 civilians in an attack on the village of Kourki',
      anonymous,
      [['jnim', 'JNIM']],
      RAID,
    );
    expect(paraphrase(governor, jnim)).toBeNull();
  });
});

describe('two death tolls of one incident', () => {
  it('reads the outcome across auxiliaries ("two civilians had been killed")', () => {
    expect(outcomeBy('two civilians had been killed in the crossfire').get('#2')).toBe('~kill');
  });

  it('tells them apart when no figure of the dead is the same, though both texts say "two"', () => {
    const army = 'Ugandan troops killed four rebels and captured two others in a clash near the town of Mpondwe';
    const residents = 'Two civilians were killed in the crossfire when soldiers fought suspected rebels near Mpondwe';
    expect(tollsApart(army, residents)).toBe(true);
    const incident = '^b43d76:clash-mpondwe';
    const a = claimSide(army, said('uganda-military', { affiliation: 'uganda' }), [['uganda', 'Ugandan']], incident);
    const b = claimSide(residents, said('0a1b2c3d4e5f:anon-residents'), [], incident);
    expect(paraphrase(a, b)).toBeNull();
  });

  it('leaves one toll within a fuller one alone ("20 soldiers and five civilians" / "five civilians")', () => {
    expect(tollsApart('the attack killed 20 soldiers and five civilians', 'five civilians were killed')).toBe(false);
  });
});
