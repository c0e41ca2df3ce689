// When Neo4j goes away mid-ingest or under `kg serve`: the ingest stops with what it committed so far, the
// viewer answers 503 with one line instead of hanging. Neo4j sits behind a proxy the test cuts (proxy.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { IngestStoppedError, ingest } from '../../graph/load.ts';
import { Neo4jStore } from '../../graph/neo4j/store.ts';
import type { SourceDoc } from '../../ingest/types.ts';
import { createViewerServer, listen } from '../../viewer/server/app.ts';
import { neo4jConnection, openNeo4jStore, resetNeo4j } from './neo4j.ts';
import { startProxy } from './proxy.ts';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../../ingest/extract.ts';

let store: Neo4jStore;
beforeAll(async () => {
  store = await openNeo4jStore();
  await resetNeo4j(store);
});
afterAll(async () => {
  await store?.close();
});

const ARTICLES = [
  "NAIROBI, March 3 (Reuters) - Kenya's interior minister said on Tuesday that the border with Somalia would reopen next month.",
  "LIMA, June 9 (AP) - Peru's foreign ministry denied that it had expelled the Bolivian ambassador, a spokesman said.",
  "HANOI, Oct 2 (AFP) - Vietnam's defence ministry said two fishing boats were rammed near the Paracel Islands.",
];

describe('Neo4j going away', () => {
  it('stops the ingest with a summary of what was committed before', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-away-'));
    const files = await Promise.all(
      ARTICLES.map(async (text, i) => {
        const file = path.join(dir, `${i}.txt`);
        await writeFile(file, text);
        return file;
      }),
    );
    const proxy = await startProxy(neo4jConnection().uri);
    const behind = new Neo4jStore({ ...neo4jConnection(), uri: proxy.uri }, { failFast: true });
    await behind.init();
    const err = await ingest(files, behind, {
      // One article per transaction, so the first is committed before the second is extracted (in batches, what
      // is committed is whole batches: tests/integration/batch-neo4j.test.ts).
      batch: 1,
      // The proxy is cut while the second article is being extracted: the first is committed, the rest cannot be.
      extract: (doc: SourceDoc) => {
        if (doc.source === files[1]) void proxy.cut();
        return extract(doc);
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    await behind.close();
    expect(err).toBeInstanceOf(IngestStoppedError);
    const summary = (err as IngestStoppedError).summary;
    expect([summary.loaded, summary.failed]).toEqual([1, 0]);
    expect((err as Error).message.split('\n')).toHaveLength(1);
    expect((await store.readQuery('MATCH (a:Article) RETURN a.source')).rows).toEqual([[files[0]]]);
  });

  it('answers viewer requests with a 503 and one line while Neo4j is away', async () => {
    const proxy = await startProxy(neo4jConnection().uri);
    const behind = new Neo4jStore({ ...neo4jConnection(), uri: proxy.uri }, { failFast: true });
    await behind.init();
    const server = createViewerServer({ store: behind, distDir: os.tmpdir() });
    const { port } = await listen(server, 0, '127.0.0.1');
    try {
      expect((await fetch(`http://127.0.0.1:${port}/api/stats`)).status).toBe(200);
      await proxy.cut();
      const t0 = Date.now();
      const res = await fetch(`http://127.0.0.1:${port}/api/stats`);
      const body = (await res.json()) as { error: string };
      console.log(`viewer request while Neo4j is away: ${res.status} after ${Date.now() - t0} ms`);
      expect(res.status).toBe(503);
      expect(body.error.split('\n')).toHaveLength(1);
    } finally {
      server.close();
      await behind.close();
    }
  });
});
