// A national body's regional branch is a body of its own, `<parent>-<region>`, the same node however an outlet writes
// it ("Investigative Directorate of the Investigative Committee for X", "its X department", "the regional department
// of the Emergencies Ministry"), never its parent, another region's branch, or a branch of a body of no state.
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe("a national body's regional branch", () => {
  const a = nodes(
    'Case opened over Omsk fire\n\nOMSK, Russia (TASS) - The Investigative Committee of Russia has opened a case ' +
      'over a fire in Omsk, its Omsk department said. A spokesman for the regional department of the Emergencies ' +
      'Ministry said 40 firefighters had fought the blaze.',
  );
  const b = nodes(
    'Fire kills three in Omsk\n\nInterfax | 2 March 2021\n\nThree people died in a fire in Omsk, the Main ' +
      'Directorate of the Russian Emergencies Ministry for Omsk said. The Investigative Directorate of the ' +
      'Investigative Committee for Omsk opened a criminal case.',
  );
  it('is one node across outlets, apart from its parent', () => {
    const branch = (ids: string[]) => ids.filter((id) => id.endsWith('-omsk'));
    const [sk] = branch(a.at('its Omsk department'));
    expect(sk).toBeDefined();
    expect(branch(b.at('Investigative Directorate'))).toEqual([sk]);
    expect(a.at('Investigative Committee of Russia')).not.toContain(sk);
    const [mchs] = branch(a.at('regional department'));
    expect(mchs).toBeDefined();
    expect(branch(b.at('Main Directorate'))).toEqual([mchs]);
    expect(mchs).not.toEqual(sk);
  });

  it("is another node for another region's branch", () => {
    const c = nodes(
      'TOMSK, Russia (TASS) - The Investigative Committee of Russia has opened a case, its Tomsk department said.',
    );
    expect(c.at('its Tomsk department')).not.toEqual(a.at('its Omsk department'));
  });

  it('reads no branch in an office of a body of no state, nor in a name ending in a common word', () => {
    const d = nodes(
      'GENEVA (Reuters) - The Office of the United Nations High Commissioner for Refugees said on Monday that ' +
        'its Geneva office was closed.',
    );
    expect(d.ids().some((id) => /geneva/.test(id))).toBe(false);
    expect(d.at('Office of the United Nations')).toEqual([
      'office-of-the-united-nations-high-commissioner-for-refugees',
    ]);
  });
});
