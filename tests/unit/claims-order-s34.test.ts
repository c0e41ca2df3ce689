// The same-speaker link (graph/claims/speaker-paired.ts) and every other claim link decided on the two claims alone: the
// embedded store loaded with the same articles in two orders holds the same claim links. Generated wire stories
// (bench/corpus.ts) tell one speaker's claims in several outlets' words, the case in which a rule choosing "the
// speaker's closest claim" among what was stored linked by arrival order (session 33).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import { extract } from '../../ingest/extract.ts';
import type { SourceDoc } from '../../ingest/types.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-claim-order-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const txt = (d: string) =>
  readdirSync(path.join(fixtures, d))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(fixtures, d, f));
const SETS = (process.env.ORDER_SETS ?? 'cross-claims34,cross-claims33,cross-claims').split(',');
const FILES = SETS.flatMap(txt);

const cache = new Map<string, unknown>();
const cached = (doc: SourceDoc) => cache.get(doc.text) ?? cache.set(doc.text, extract(doc)).get(doc.text);

/** The claim links of a store: PARAPHRASES pairs and answers across articles, without the evidence of either. */
async function claimLinks(files: string[], name: string): Promise<string[]> {
  const store = new EmbeddedStore(path.join(dir, `${name}.db`));
  await store.init();
  try {
    expect(await ingest(files, store, { extract: cached })).toMatchObject({ loaded: files.length, failed: 0 });
    const g = await store.subgraph({ limit: 100_000 });
    return g.edges
      .filter((e) => e.type === 'PARAPHRASES' || e.props.answers === 'across articles')
      .map((e) => `${e.type} ${e.source} ${e.target}`)
      .sort();
  } finally {
    await store.close();
  }
}

describe('claim links whatever the order of arrival (embedded)', () => {
  it('are the same for the same articles loaded forwards and backwards', { timeout: 600_000 }, async () => {
    const forwards = await claimLinks(FILES, 'fwd');
    const backwards = await claimLinks([...FILES].reverse(), 'bwd');
    expect(forwards.some((l) => l.startsWith('PARAPHRASES'))).toBe(true);
    expect(backwards).toEqual(forwards);
  });
});
