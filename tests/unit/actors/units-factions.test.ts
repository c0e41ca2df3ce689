// Look-alike bodies the s13a blind batch merged wrongly (issue #10): numbered military units that differ by their
// number alone, and an armed group's faction written as the group's name hyphened to another name.
import { describe, expect, it } from 'vitest';

import { extract } from '../../../ingest/extract.ts';

const actorsOf = (text: string) => {
  const x = extract({ text, source: 'units.txt' });
  return new Map(x.actors.map((a) => [a.name, a.id]));
};

describe('actors: numbered units and factions', () => {
  it('keeps the ordinal in a unit name and a hyphened faction apart from its group', () => {
    const ids = actorsOf(
      'MAIDUGURI, Nigeria, March 3 (Reuters) - Fighters of the Boko Haram-Bakura faction attacked the 21st Armoured ' +
        "Brigade base, the army's 7th Division said, while the 22nd Armoured Brigade repelled a raid. Boko Haram has " +
        'split since 2016.',
    );
    expect(ids.get('21st Armoured Brigade')).toBeDefined();
    expect(ids.get('22nd Armoured Brigade')).toBeDefined();
    expect(ids.get('21st Armoured Brigade')).not.toBe(ids.get('22nd Armoured Brigade'));
    expect(ids.get('Boko Haram-Bakura')).toBeDefined();
    expect(ids.get('Boko Haram-Bakura')).not.toBe(ids.get('Boko Haram'));
  });
});

describe('actors: a body named after a state around a common word that is also an outlet', () => {
  it('reads "Chad Liberation Front" as one group, not Chad and the newspaper Libération', () => {
    const ids = actorsOf(
      "N'DJAMENA, May 12 (AFP) - The Chad Liberation Front said on Sunday its fighters had crossed from Libya, while " +
        'a Sudan Liberation Movement commander in Tine said the border was quiet. The Balochistan Liberation Army was ' +
        'not involved, the French daily Libération reported.',
    );
    expect(ids.get('Chad Liberation Front')).toBeDefined();
    expect(ids.get('Balochistan Liberation Army')).toBeDefined();
    expect(ids.get('Chad')).toBeUndefined();
    // the outlet named in its own right is still the outlet, and only there
    expect(ids.get('Libération')).toBe('liberation');
  });
});
