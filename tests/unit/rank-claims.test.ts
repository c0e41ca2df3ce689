// rankClaims (graph/neo4j/identity.ts) gathers candidates by their count of live band keys and sorts only the counts
// it needs: it must give exactly what sorting every holder by (count desc, id asc) and keeping the first `limit` gives.
import { describe, expect, it } from 'vitest';

import { rankClaims } from '../../graph/neo4j/identity.ts';
import { mulberry32 } from '../../bench/rng.ts';

/** The definition: every holder of a live key, by hits then id, the first `limit`. */
function byDefinition(bands: string[], holders: Map<string, string[]>, limit: number, stopAbove: number): string[] {
  const hits = new Map<string, number>();
  for (const b of bands) {
    const ids = holders.get(b) ?? [];
    if (ids.length > stopAbove) continue;
    for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  return [...hits]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, limit)
    .map(([id]) => id);
}

describe('rankClaims', () => {
  it('ranks by live keys held, then id, skipping dead keys and keys nobody holds', () => {
    const holders = new Map([
      ['k1', ['c3', 'c1', 'c2']],
      ['k2', ['c2', 'c3']],
      ['k3', ['c9', 'c8', 'c7', 'c2']],
      ['k4', ['c1']],
    ]);
    // k3 has 4 holders, more than the stop band of 3: it ranks nothing. k5 is held by none.
    expect(rankClaims(['k1', 'k2', 'k3', 'k4', 'k5'], holders, 50, 3)).toEqual(['c1', 'c2', 'c3']);
    expect(rankClaims(['k1', 'k2', 'k3', 'k4'], holders, 2, 3)).toEqual(['c1', 'c2']);
    expect(rankClaims(['k1', 'k2', 'k3'], holders, 50, 4)).toEqual(['c2', 'c3', 'c1', 'c7', 'c8', 'c9']);
    expect(rankClaims(['k1'], holders, 0, 4)).toEqual([]);
  });

  it('gives what sorting every holder gives, on random key sets', () => {
    const rand = mulberry32(1313);
    for (let round = 0; round < 300; round++) {
      const ids = Array.from({ length: 1 + Math.floor(rand() * 80) }, (_, i) => `c${(i * 7919) % 1000}`);
      const holders = new Map<string, string[]>();
      const bands = Array.from({ length: 1 + Math.floor(rand() * 12) }, (_, b) => `k${b}`);
      for (const b of bands) {
        const n = Math.floor(rand() * 40);
        holders.set(b, [...new Set(Array.from({ length: n }, () => ids[Math.floor(rand() * ids.length)]!))]);
      }
      const limit = 1 + Math.floor(rand() * 60);
      const stopAbove = 5 + Math.floor(rand() * 40);
      expect(rankClaims(bands, holders, limit, stopAbove)).toEqual(byDefinition(bands, holders, limit, stopAbove));
    }
  });
});
