import { describe, expect, it } from 'vitest';

import { claimNodeId, sentenceAround, toGraphRecords } from '../../graph/model.ts';
import { Extraction, checkReferences } from '../../graph/schema.ts';

const text = 'Intro line.\nJohn Smith said on Monday that the talks had failed. Others disagreed.';
const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
const extraction = Extraction.parse({
  article: { id: 'a1', source: 'x.txt', title: null, publishedAt: null, outlet: null },
  actors: [{ id: 'john-smith', name: 'John Smith', kind: 'person', mentions: [at('John Smith')] }],
  claims: [
    {
      id: 'c1',
      speaker: 'john-smith',
      stance: 'claims',
      text: 'the talks had failed',
      evidence: { cue: at('said'), source: at('John Smith'), content: at('the talks had failed') },
    },
  ],
});

describe('graph model', () => {
  it('widens evidence to the sentence around it', () => {
    expect(sentenceAround(text, ...at('the talks had failed'))).toBe(
      'John Smith said on Monday that the talks had failed.',
    );
  });

  it('gives the same keys for the same input and puts evidence on every relationship', () => {
    const a = toGraphRecords({ extraction, text });
    const b = toGraphRecords({ extraction, text });
    expect(a.rels.map((r) => r.key)).toEqual(b.rels.map((r) => r.key));
    expect(new Set(a.rels.map((r) => r.key)).size).toBe(a.rels.length);
    for (const r of a.rels) expect(r.props.article).toBe('a1');
    const speech = a.rels.find((r) => r.type === 'CLAIMS')!;
    expect(speech.props.cue).toBe('said');
    expect(speech.props.sentence).toContain('the talks had failed');
  });

  it('shares long claim texts across speakers but scopes short ones', () => {
    expect(claimNodeId('a', 'The talks in Geneva between the two delegations had failed on Monday')).toBe(
      claimNodeId('b', 'the talks in Geneva between the two delegations had failed, on Monday.'),
    );
    expect(claimNodeId('a', 'I am not aware')).not.toBe(claimNodeId('b', 'I am not aware'));
  });

  it('reports dangling references', () => {
    const bad = Extraction.parse({ ...extraction, claims: [{ ...extraction.claims[0], speaker: 'nobody' }] });
    expect(checkReferences(bad, text.length)).toEqual(['claim c1: unknown speaker nobody']);
  });
});
