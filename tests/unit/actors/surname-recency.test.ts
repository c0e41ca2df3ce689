// Two people with one surname (issue #10: the s12c and s13a blind batches both had the trap): a lone surname right
// after the second one is named in full is the second one, unless that full name was a relative named in passing, an
// honorific says otherwise, or the first is the article's subject named again and again.
import { describe, expect, it } from 'vitest';

import { extract } from '../../../ingest/extract.ts';

const speakerOf = (text: string, content: string) => {
  const x = extract({ text, source: 'surnames.txt' });
  const c = x.claims.find((k) => k.text.includes(content));
  return x.actors.find((a) => a.id === c?.speaker)?.name;
};

describe('actors: a lone surname shared by two people', () => {
  it('goes to the one just named in full', () => {
    const text =
      'GAROWE, April 2 (Reuters) - Colonel Abdirizak Farah, commander of the regional police, said gunmen had ' +
      'attacked a checkpoint outside the town. "They fled towards the hills," Farah said.\n' +
      'Abdullahi Farah, a village elder who is not related to the commander, said four herders were missing. ' +
      'Farah said the elders would meet the clan militia on Friday.\n';
    expect(speakerOf(text, 'fled towards the hills')).toBe('Abdirizak Farah');
    expect(speakerOf(text, 'elders would meet')).toBe('Abdullahi Farah');
  });

  it('not to a relative named in passing, nor against an honorific', () => {
    const text =
      'NAIROBI, May 5 (AP) - Senator Mary Wanjiru said the budget cut health spending. "The counties will suffer," ' +
      "Wanjiru said. She was joined by her late husband's brother, Peter Wanjiru, at the rally. Wanjiru said the " +
      'vote would be close.\n';
    expect(speakerOf(text, 'vote would be close')).toBe('Mary Wanjiru');
  });
});
