// A body named after a person's office and "for the" ("a spokesman for the Internal Security Operations Command"),
// on wire stories of our own: the body is its name alone, the node an article naming it bare keys it to, and the
// person belongs to it; never a body named "spokesman for the ...".
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe('a body after an office and "for the"', () => {
  it('is the body alone, keyed as a bare mention of it elsewhere', () => {
    const n = nodes(
      'Yala bomb wounds four rangers\n\nA roadside bomb wounded four rangers in Yala province on Tuesday, Colonel ' +
        'Winai Sookdee, a spokesman for the Southern Border Provinces Administrative Centre, told reporters. ' +
        'A spokeswoman for the Royal Thai Armed Forces Headquarters said patrols would be stepped up.',
    );
    const bare = nodes(
      'BANGKOK, Jan 9, 2014 (Reuters) - The Southern Border Provinces Administrative Centre said on Thursday it ' +
        'would pay compensation to the families of the victims.',
    );
    const id = 'southern-border-provinces-administrative-centre';
    // The body, and the spokesman whose office phrase ("a spokesman for the ...") holds its name; no third node.
    expect(n.at('Southern Border Provinces').filter((x) => x !== 'winai-sookdee')).toEqual([id]);
    expect(bare.at('Southern Border Provinces')).toEqual([id]);
    expect(n.ids().filter((x) => /^(?:[0-9a-f]{12}:)?spokes\w*-for/.test(x))).toEqual([]);
  });
});
