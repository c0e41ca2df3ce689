// A headline's inverted tag with a bare role ("Army behind the killings, says minister"), the style of South Asian
// and African papers: the role is the speaker and the words before the comma the content (they were read the other
// way round, the first capitalized word taken for a named subject with an appositive). A named subject with an
// appositive before the cue ("Lt. Gen. Ana Ruiz, head of the army, said on Monday that ...") still speaks.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const said = (text: string) => extract({ source: 'paper.txt', text }).claims.map((c) => [c.speaker, c.text] as const);

describe('a headline inverted with a bare role', () => {
  it('gives the content to the role', () => {
    const text = 'Police behind Kano abductions, says lawmaker\n\nBy Staff Reporter\n\nThe lawmaker spoke on Monday.\n';
    expect(said(text)).toEqual([['anon-lawmaker', 'Police behind Kano abductions']]);
    const two = said('Rebels fled with the bodies, says army chief\n\nBy Staff\n\nThe chief spoke on Sunday.\n');
    expect(two.map(([, c]) => c)).toEqual(['Rebels fled with the bodies']);
    expect(two[0]![0]).not.toBe('rebels');
  });

  it('keeps a named subject with an appositive as the speaker', () => {
    const x = said(
      'KAMPALA (Reuters) - Lt. Gen. Ana Ruiz, head of the army, said on Monday that the rebels had crossed the border.',
    );
    expect(x).toEqual([['ana-ruiz', 'the rebels had crossed the border']]);
  });
});
