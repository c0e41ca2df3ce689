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
