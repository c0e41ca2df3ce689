// A temporary folder of article files for one test file, removed after its tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import type { Subgraph } from '../../graph/store.ts';

export function tempArticles(prefix: string): { dir: string; write: (name: string, text: string) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  return { dir, write };
}

/** Writes the articles (file name → text) into `dir`, ingests them into a fresh embedded store there, returns its graph. */
export async function storedGraph(
  dir: string,
  write: (name: string, text: string) => string,
  articles: Record<string, string>,
): Promise<Subgraph> {
  const store = new EmbeddedStore(path.join(dir, 'g.db'));
  try {
    await ingest(
      Object.entries(articles).map(([name, text]) => write(name, text)),
      store,
    );
    return await store.subgraph({ limit: 100_000 });
  } finally {
    await store.close();
  }
}
