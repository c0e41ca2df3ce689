// What a user of the package meets with Neo4j: a wrong NEO4J_DATABASE ends every command with its one line (it used to
// print it and hang), and `kg export --format csv` loads with the real `neo4j-admin database import` (the printed
// command, run against the launcher's Neo4j jars) into a database kg reads as the Bolt-loaded one: same stats, same
// trace; that Neo4j also serves Neo4j Browser (the launcher's --http).
// In: the shared test Neo4j, samples/, a second throwaway Neo4j. Out: assertions.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportGraph } from '../../cli/export/index.ts';
import { PACKAGE_ROOT } from '../../cli/root.ts';
import { ingest } from '../../graph/load.ts';
import { Neo4jStore } from '../../graph/neo4j/store.ts';
import { ensureBuilt, freePort, startNeo4j, type RunningNeo4j } from '../../scripts/neo4j/launch.ts';
import { SAMPLE_FILES } from '../fixtures/samples.ts';
import { neo4jConnection, openNeo4jStore, resetNeo4j } from './neo4j.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-package-neo4j-'));

function run(file: string, args: string[], env: NodeJS.ProcessEnv, timeout = 90_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    execFile(file, args, { cwd: PACKAGE_ROOT, env, timeout, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    ),
  );
}

describe('a wrong NEO4J_DATABASE', () => {
  it('ends stats, trace, ingest, export and serve with one line and exit code 2, never a hang', async () => {
    const { uri, user, password } = neo4jConnection();
    const env = {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: 'nosuchdb',
    };
    const commands = [
      ['stats'],
      ['trace', '--actor', 'anyone'],
      ['ingest', '--no-progress', SAMPLE_FILES[0]!],
      ['export', '--format', 'json'],
      ['serve', '--port', '0', '--no-build'],
    ];
    const runs = await Promise.all(commands.map((c) => run(process.execPath, ['bin/kg.mjs', ...c], env, 60_000)));
    runs.forEach((r, i) => {
      expect(r.code, `kg ${commands[i]!.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr.trim().split('\n'), commands[i]!.join(' ')).toEqual([expect.stringMatching(/nosuchdb/)]);
    });
  });
});

describe('kg export --format csv into neo4j-admin database import', () => {
  let store: Neo4jStore;
  let imported: RunningNeo4j | undefined;
  beforeAll(async () => {
    store = await openNeo4jStore();
    await resetNeo4j(store);
    expect((await ingest(SAMPLE_FILES, store)).loaded).toBe(SAMPLE_FILES.length);
  });
  afterAll(async () => {
    await store?.close();
    await imported?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports, with the exact printed command, into a graph kg reads as the Bolt-loaded one', async () => {
    const { csv } = await exportGraph(store, { format: 'csv', dir: path.join(dir, 'csv') });
    const home = path.join(dir, 'neo4j');
    mkdirSync(home);
    // The printed command as a user would paste it, with neo4j-admin being the jars the launcher already resolved.
    const script = `neo4j-admin() { java -Xmx384m -cp "$KG_CP" org.neo4j.cli.AdminTool "$@"; }\n${csv!.command}\n`;
    const done = await run('bash', ['-c', script], { ...process.env, KG_CP: ensureBuilt(), NEO4J_HOME: home }, 240_000);
    expect(done.code, done.stdout.slice(-2000) + done.stderr.slice(-2000)).toBe(0);
    expect(done.stdout).toMatch(/IMPORT DONE/);

    process.env.KG_NEO4J_PAGECACHE ??= '64m';
    // With the HTTP connector too (--http): Neo4j Browser on 127.0.0.1, checked below.
    const http = await freePort();
    imported = await startNeo4j({ home, port: await freePort(), heap: '384m', password: 'kg-import-test', http });
    const copy = new Neo4jStore({ uri: imported.uri, user: 'neo4j', password: 'kg-import-test' });
    try {
      await copy.init();
      const modelOnly = (s: Awaited<ReturnType<Neo4jStore['stats']>>) => ({
        nodes: Object.fromEntries(Object.entries(s.nodes).filter(([l]) => l !== 'KgTestDatabase')),
        relationships: s.relationships,
      });
      expect(modelOnly(await copy.stats())).toEqual(modelOnly(await store.stats()));
      // The store's own lookup keys came along (searchKey) or were rebuilt on open (chainKey): trace works the same.
      const query = { actor: 'Heather Nauert' };
      const trace = await copy.trace(query);
      expect(trace.claims.length).toBeGreaterThan(0);
      expect(trace).toEqual(await store.trace(query));

      const browser = await fetch(`http://127.0.0.1:${http}/browser/`);
      expect([browser.status, await browser.text()]).toEqual([
        200,
        expect.stringContaining('<title>Neo4j Browser</title>'),
      ]);
      const discovery = (await (await fetch(`http://127.0.0.1:${http}/`)).json()) as Record<string, string>;
      expect(discovery.bolt_direct).toBe(imported.uri);
    } finally {
      await copy.close();
    }
  }, 600_000);
});
