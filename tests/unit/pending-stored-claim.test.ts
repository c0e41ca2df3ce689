// The overlay of unwritten articles (graph/pending.ts) on a claim stored before them: one claim id carried by two
// articles holds each article's incident among its terms, and the stored version stays (a claim keeps its first
// version). Looked up by keys only the unwritten copy holds, the overlay must answer as the store will once that
// article is written: without the claim. Batches of 50 generated stories linked paraphrases a one-at-a-time run
// never made (and missed others) before this rule.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { claimBands, claimKeyInput } from '../../graph/claims/similar.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { GAZETTEER_IDS, checkExtraction } from '../../graph/load.ts';
import { type ArticleInput, toGraphRecords } from '../../graph/model.ts';
import { PendingWrites } from '../../graph/pending.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';

const KHARKIV =
  'KHARKIV, Ukraine, March 3, 2024 (Reuters) - A Russian missile strike hit a crowded market in Kharkiv on Sunday, ' +
  'killing four people, regional governor Oleh Syniehubov said. Ukraine’s foreign ministry said the attack was a ' +
  'deliberate war crime against civilians.';
const ODESA =
  'ODESA, Ukraine, June 9, 2024 (AP) - A Russian missile strike hit a school in Odesa on Saturday, killing two ' +
  'teachers, the city’s mayor said. Ukraine’s foreign ministry said the attack was a deliberate war crime against ' +
  'civilians.';

function prepared(text: string, source: string): ArticleInput {
  const doc = { source, text };
  const x = checkExtraction(doc, extract(doc));
  return { extraction: resolveExtraction(x, NO_ALIASES, GAZETTEER_IDS), extracted: x, text, url: null };
}

const claims = (input: ArticleInput) => toGraphRecords(input).nodes.filter((n) => n.label === 'Claim');

const dir = mkdtempSync(path.join(tmpdir(), 'kg-pending-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the overlay and a claim stored before the unwritten articles', () => {
  it('answers by the stored version, as the store does once they are written', async () => {
    const store = new EmbeddedStore(path.join(dir, 'g.db'));
    await store.init();
    try {
      const kharkiv = prepared(KHARKIV, 'kharkiv.txt');
      const odesa = prepared(ODESA, 'odesa.txt');
      await store.loadArticle(kharkiv);
      // One claim id in both, each version naming its own article's incident.
      const stored = claims(kharkiv).find((c) => claims(odesa).some((o) => o.id === c.id))!;
      const unwritten = claims(odesa).find((c) => c.id === stored.id)!;
      expect(unwritten.props.terms).not.toEqual(stored.props.terms);
      // Keys only the unwritten version holds: the stored claim shares none of them.
      const storedKeys = new Set(claimBands(claimKeyInput(stored.props)));
      const onlyUnwritten = claimBands(claimKeyInput(unwritten.props)).filter((k) => !storedKeys.has(k));
      expect(onlyUnwritten.length).toBeGreaterThan(0);

      const pending = new PendingWrites();
      pending.add(0, odesa, new Map(), await store.storedClaims(claims(odesa).map((c) => c.id)));
      const overlaid = await pending.overlay(store).findClaims(onlyUnwritten);
      await store.loadArticle(odesa);
      const written = await store.findClaims(onlyUnwritten);
      expect(overlaid.map((c) => c.id)).toEqual(written.map((c) => c.id));
      expect(written.map((c) => c.id)).not.toContain(stored.id);

      // Not known to be stored, the unwritten version is what the store will hold, and it is a candidate.
      const fresh = new PendingWrites();
      fresh.add(0, odesa);
      expect((await fresh.overlay(store).findClaims(onlyUnwritten)).map((c) => c.id)).toContain(stored.id);
    } finally {
      await store.close();
    }
  });
});
