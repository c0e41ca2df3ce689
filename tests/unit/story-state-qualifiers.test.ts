// The state a bare "the army" belongs to (ingest/actors/forces.ts storyState) on wire copy of our own: against the
// dateline's state, a state named only on things ("the Turkish Hospital", "an Egyptian aid convoy") or inside another
// actor's compound name ("Iranian-backed militias", "the Saudi-led coalition") is not what the story is about; a state
// named as the story's place ("in Somalia's Gedo region") or acting ("Somali troops") still is. A dateline naming only
// a city a de-facto authority holds ("SANAA (Saba) -", data/held-cities.json) gives no state: that authority's "Armed
// Forces" stay the article's own, neither Yemen's army nor Saudi Arabia's.
import { describe, expect, it } from 'vitest';

import { heldPlace } from '../../ingest/gazetteer/cities.ts';
import { nodes } from './resolved-nodes.ts';

const scoped = (ids: string[]) => ids.length === 1 && /^[0-9a-f]{12}:/.test(ids[0]!);

describe('a foreign state named on things does not outweigh the dateline', () => {
  it('a hospital and an aid convoy named after other states: the army is the dateline state’s', () => {
    const n = nodes(
      'EL OBEID (Reuters) - Shelling killed nine people at a market in El Obeid on Saturday, medics said, and the ' +
        'wounded were taken to the Turkish Hospital. The army said its troops had pushed the paramilitaries back. ' +
        'An Egyptian aid convoy has waited outside the city for a week, aid workers said.',
    );
    expect(n.at('army')).toEqual(['sudan-military']);
  });

  it('militias backed by another state: the army is the dateline state’s', () => {
    const n = nodes(
      'BAGHDAD, May 2 (Reuters) - Iranian-backed militias fired rockets at a base north of the capital on ' +
        'Thursday, the army said in a statement. No one was hurt.',
    );
    expect(n.at('army')).toEqual(['iraq-military']);
  });

  it('a state named as the story’s place still outweighs a bureau dateline', () => {
    const n = nodes(
      "NAIROBI, March 3 (Reuters) - Militants attacked a checkpoint in Somalia's Gedo region on Monday, killing " +
        'four soldiers, the army said.',
    );
    expect(n.at('army')).toEqual(['somalia-military']);
  });

  it('troops of another state act: their state is the story’s', () => {
    const n = nodes(
      'NAIROBI, March 3 (Reuters) - Somali troops killed 20 militants in an overnight raid near the border town ' +
        'of Bulo Hawo, the army said on Tuesday.',
    );
    expect(n.at('army')).toEqual(['somalia-military']);
  });
});

describe('a dateline held by a de-facto authority', () => {
  it('knows the long-held cities however written', () => {
    expect(heldPlace('SANAA')).toBe(true);
    expect(heldPlace("Sana'a")).toBe(true);
    expect(heldPlace('Donetsk')).toBe(true);
    expect(heldPlace('Aden')).toBe(false);
    expect(heldPlace('Kyiv')).toBe(false);
  });

  it('its agency’s Armed Forces are the article’s own, not a foreign state’s named on a ship', () => {
    const n = nodes(
      'SANAA, Jan 9 (Saba) - The Armed Forces targeted a Saudi warship in the Red Sea with a naval missile, the ' +
        'spokesman of the Armed Forces said. The army and the popular committees will respond to every escalation ' +
        'of the Saudi-American aggression, he said.',
    );
    expect(scoped(n.at('Armed Forces'))).toBe(true);
    expect(n.ids()).not.toContain('saudi-arabia-military');
    expect(n.ids()).not.toContain('yemen-military');
  });

  it('a dateline naming the state as well keeps the state', () => {
    const n = nodes(
      'ADEN, Yemen, Jan 9 (Reuters) - Yemen’s army said on Tuesday its forces had repelled a Houthi attack near ' +
        'Marib. The army said 12 fighters were killed.',
    );
    expect(n.at('army', 1)).toEqual(['yemen-military']);
  });
});
