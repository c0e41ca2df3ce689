// Trace on the embedded store (the shared trace spec) and the pure parts: related-claim linking, query checks.
// In: hand-written fixtures. Out: assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { pickActor } from '../../graph/trace/assemble.ts';
import { parseTraceQuery } from '../../graph/trace/query.ts';
import { contentStems, relatedClaims } from '../../graph/trace/related.ts';
import { traceSpec } from '../trace/spec.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

traceSpec('embedded', async () => {
  const s = new EmbeddedStore(path.join(dir, 'trace.json'), { flushEvery: 1e9, flushIntervalMs: 1e12 });
  await s.init();
  return s;
});

describe('related claims', () => {
  const claim = {
    id: 'a',
    text: 'the US delegation had visited Damascus in June and held a meeting with senior officials of the Syrian security agencies',
  };
  const denial =
    "the U.S. State Department had no knowledge of a reported meeting in Damascus between a senior US official and the head of Syria's National Security Bureau";

  it('links a differently worded denial from the same article, not a generic one, and is stricter across articles', () => {
    expect(contentStems('U.S. officials met us')).toEqual(new Set(['us', 'offic', 'met']));
    const candidates = [
      { id: 'b', text: denial, sameArticle: true },
      { id: 'c', text: 'I am not aware of any meeting', sameArticle: true },
      { id: 'a', text: claim.text, sameArticle: true },
    ];
    expect(relatedClaims(claim, candidates, { max: 3 })).toEqual(['b']);
    // The same pair from different articles does not reach the cross-article bar (overlap 0.58 < 0.6).
    expect(relatedClaims(claim, [{ id: 'b', text: denial, sameArticle: false }], { max: 3 })).toEqual([]);
    const reworded = 'a US delegation visited Damascus in June and held meetings with senior Syrian security officials';
    expect(relatedClaims(claim, [{ id: 'd', text: reworded, sameArticle: false }], { max: 3 })).toEqual(['d']);
  });
});

describe('trace query', () => {
  it('checks queries and picks the actor a name means', () => {
    expect(parseTraceQuery({ actor: ' Nauert ' })).toEqual({ kind: 'actor', actor: 'Nauert', limit: 25 });
    expect(() => parseTraceQuery({ actor: 'x', limit: 0 })).toThrow(/limit/);
    const cands = [
      { id: 'jeffrey-epstein', name: 'Jeffrey Epstein', aliases: ['Jeffrey'], degree: 1 },
      { id: 'james-jeffrey', name: 'James Jeffrey', aliases: ['Jeffrey', 'Jim Jeffrey'], degree: 9 },
      { id: 'jeffrey', name: 'Jeffrey', aliases: [], degree: 0 },
    ];
    expect(pickActor('jeffrey', cands)?.id).toBe('jeffrey');
    expect(pickActor('JEFFREY', cands.slice(0, 2))?.id).toBe('james-jeffrey');
    expect(pickActor('Jím  Jeffrey', cands)?.id).toBe('james-jeffrey');
    expect(pickActor('Bogdanov', cands)).toBeNull();
  });
});
