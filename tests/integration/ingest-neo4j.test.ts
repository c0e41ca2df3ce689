// The real CLI (`node bin/kg.mjs ingest --neo4j`) against the shared test Neo4j: bad files get one line each,
// the good ones load, and a second run changes nothing (same `kg stats --neo4j`).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { neo4jConnection, openNeo4jStore, resetNeo4j } from './neo4j.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'kg-ingest-neo4j-'));

function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, user, password, database } = neo4jConnection();
  const env = {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database ?? '',
  };
  return new Promise((resolve) =>
    execFile(process.execPath, ['bin/kg.mjs', ...args], { cwd: root, env }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

describe('kg ingest --neo4j', () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await openNeo4jStore();
    await resetNeo4j(store);
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(
      path.join(dir, 'in', 'a.txt'),
      'Envoys meet in Oslo\n\nOSLO, June 2 - Norwegian Foreign Minister Ola Strand said on Monday that the ceasefire talks had made progress. "Both sides want a deal," Strand told reporters.\n',
    );
    writeFileSync(
      path.join(dir, 'in', 'b.txt'),
      'Union leader Maria Lopez denied on Friday that the union had accepted the offer, saying members would vote next week.\n',
    );
    writeFileSync(path.join(dir, 'in', 'c.txt'), '  \n');
    writeFileSync(path.join(dir, 'in', 'd.txt'), Buffer.from([0, 1, 2, 3]));
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the good files, names the bad ones, and a re-run changes nothing', { timeout: 300_000 }, async () => {
    const first = await kg(['ingest', path.join(dir, 'in'), '--neo4j', '--json']);
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout)).toMatchObject({ store: 'neo4j', loaded: 2, unchanged: 0, failed: 2 });
    expect(first.stderr.split('\n').filter((l) => l.startsWith('kg: '))).toEqual([
      `kg: ${path.join(dir, 'in', 'c.txt')}: empty file (only whitespace)`,
      `kg: ${path.join(dir, 'in', 'd.txt')}: not text: binary data (NUL byte at offset 0)`,
    ]);
    const stats = JSON.parse((await kg(['stats', '--neo4j', '--json'])).stdout);
    expect(stats.nodes.Article).toBe(2);

    const second = await kg(['ingest', path.join(dir, 'in'), '--neo4j', '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ loaded: 0, unchanged: 2, failed: 2 });
    expect(JSON.parse((await kg(['stats', '--neo4j', '--json'])).stdout)).toEqual(stats);
  });
});
