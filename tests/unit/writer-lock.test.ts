// The embedded store's one-writer lock and readers that follow the writer, with real `kg ingest` processes (node bin/kg.mjs) on real
// files and the real viewer API as the reader. In: the samples and unseen fixtures. Out: exit codes, lines, stored articles.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it, onTestFinished } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { StoreLockedError } from '../../graph/errors.ts';
import { articleIdFor } from '../../graph/model.ts';
import { createViewerServer, listen } from '../../viewer/server/app.ts';
import { denial, strike } from '../fixtures/articles.ts';
import { SAMPLES } from '../fixtures/samples.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const UNSEEN = path.join(root, 'tests', 'fixtures', 'unseen');
// The unseen stories themselves (the folder also holds their gold and a README).
const UNSEEN_FILES = readdirSync(UNSEEN)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => path.join(UNSEEN, f));
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function kg(dataFile: string, args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const env: NodeJS.ProcessEnv = { ...process.env, KG_DATA: dataFile };
  delete env.NEO4J_URI;
  delete env.KG_ALIASES;
  let child!: ChildProcess;
  const done = new Promise<Run>((resolve) => {
    child = execFile(process.execPath, ['bin/kg.mjs', ...args], { cwd: root, env }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
  return { child, done };
}
const lines = (s: string) => s.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));
const textsOf = (d: string) => readdirSync(d).map((f) => readFileSync(path.join(d, f), 'utf8'));

async function until<T>(what: string, get: () => Promise<T>, ok: (x: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const x = await get();
    if (ok(x)) return x;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(x)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function nodeIds(file: string, label: string): Promise<string[]> {
  const sub = await new EmbeddedStore(file).subgraph({ limit: 100_000 });
  return sub.nodes.filter((n) => n.labels.includes(label)).map((n) => n.id);
}
const articleIds = async (file: string) => (await nodeIds(file, 'Article')).sort();

describe('embedded store: one writer per file', { timeout: 120_000 }, () => {
  it('a second kg ingest fails fast while the first holds the lock; the first loads everything, then the second does', async () => {
    const file = path.join(dir, 'two-writers.db');
    const stdinText = readFileSync(path.join(UNSEEN, 'korea-missile.txt'), 'utf8');
    // Writer A holds the lock from the start and waits on stdin, so the two runs overlap whatever the machine's speed.
    const a = kg(file, ['ingest', '--no-progress', '-', SAMPLES]);
    onTestFinished(() => void a.child.kill());
    await until('writer A to take the lock', async () => existsSync(`${file}.lock`), Boolean, 60_000);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({
      pid: a.child.pid,
      hostname: os.hostname(),
    });

    const b = await kg(file, ['ingest', '--no-progress', ...UNSEEN_FILES]).done;
    expect(b.code).not.toBe(0);
    expect(lines(b.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(`^kg: ${file}: another writer holds it \\(pid ${a.child.pid} on .*\\); wait for it to finish`),
      ),
    ]);

    a.child.stdin!.end(stdinText);
    const first = await a.done;
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
    const aIds = [stdinText, ...textsOf(SAMPLES)].map(articleIdFor);
    expect(await articleIds(file)).toEqual([...new Set(aIds)].sort());

    // Now B runs alone: its articles join A's, none of A's is lost or loaded twice.
    const again = await kg(file, ['ingest', '--no-progress', '--json', ...UNSEEN_FILES]).done;
    expect(again.code).toBe(0);
    const bIds = UNSEEN_FILES.map((f) => articleIdFor(readFileSync(f, 'utf8')));
    // The samples hold some of the unseen stories too: those are already stored.
    const overlap = bIds.filter((id) => aIds.includes(id)).length;
    expect(overlap).toBeGreaterThan(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ loaded: bIds.length - overlap, unchanged: overlap, failed: 0 });
    expect(await articleIds(file)).toEqual([...new Set([...aIds, ...bIds])].sort());
  });

  it('in one process too: a second store cannot write while the first holds the lock, then extends its graph', async () => {
    const file = path.join(dir, 'in-process.db');
    const first = new EmbeddedStore(file);
    const second = new EmbeddedStore(file);
    await second.init(); // read before the first writes: its graph is stale once the first has written
    await first.loadArticle(strike);
    await expect(second.loadArticle(denial)).rejects.toThrow(StoreLockedError);
    await first.close();
    expect((await second.loadArticle(denial)).status).toBe('loaded');
    await second.close();
    expect(await articleIds(file)).toEqual([strike.extraction.article.id, denial.extraction.article.id].sort());
  });

  it('takes over a stale lock (dead pid) with a note, refuses a live one, and leaves no lock after a failed input', async () => {
    const file = path.join(dir, 'stale.db');
    const lockFile = `${file}.lock`;
    const input = path.join(UNSEEN, 'conflict.txt');

    // A live holder (this test process): refused, lock left alone.
    const live = `${JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: 'then', token: 't1' })}\n`;
    writeFileSync(lockFile, live);
    const refused = await kg(file, ['ingest', '--no-progress', input]).done;
    expect(refused.code).not.toBe(0);
    expect(lines(refused.stderr)).toEqual([
      expect.stringContaining(`${file}: another writer holds it (pid ${process.pid}`),
    ]);
    expect(readFileSync(lockFile, 'utf8')).toBe(live);
    expect(existsSync(file)).toBe(false);

    // The same lock once its holder is gone: a pid that has just exited.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.on('exit', r));
    writeFileSync(lockFile, JSON.stringify({ pid: dead.pid, hostname: os.hostname(), startedAt: 'then', token: 't2' }));
    const missing = path.join(dir, 'no-such-file.txt');
    const run = await kg(file, ['ingest', '--no-progress', input, missing]).done;
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `kg: note: ${file}: took over the writer lock left by pid ${dead.pid}, no longer running`,
      `kg: ${missing}: no such file or directory`,
    ]);
    expect(run.stdout).toContain('Articles: 1 loaded');
    expect(existsSync(lockFile)).toBe(false);
    expect(await articleIds(file)).toEqual([articleIdFor(readFileSync(input, 'utf8'))]);
  });

  it('a running viewer picks up articles another process ingests', async () => {
    const file = path.join(dir, 'served.db');
    const seed = new EmbeddedStore(file);
    await seed.loadArticle(strike);
    await seed.close();

    const store = new EmbeddedStore(file);
    await store.init();
    const server = createViewerServer({ store, distDir: path.join(dir, 'no-dist') });
    const { port } = await listen(server, 0, '127.0.0.1');
    const api = async (p: string) => (await fetch(`http://127.0.0.1:${port}${p}`)).json();
    const articles = async () => ((await api('/api/stats')) as { nodes: Record<string, number> }).nodes.Article;
    try {
      expect(await articles()).toBe(1);
      const input = path.join(UNSEEN, 'election.txt');
      const run = await kg(file, ['ingest', '--no-progress', input]).done;
      expect(run.code).toBe(0);
      expect(existsSync(`${file}.lock`)).toBe(false); // the viewer, a reader, never took it

      await until('the viewer to reload', articles, (n) => n === 2, 5_000);
      // Trace and search answer from the new graph as a fresh reader does (trace keeps indexes per graph).
      const fresh = new EmbeddedStore(file);
      const newActors = (await nodeIds(file, 'Actor')).filter(
        (id) => !strike.extraction.actors.some((x) => x.id === id),
      );
      expect(newActors.length).toBeGreaterThan(0);
      let traced = 0;
      for (const actor of newActors) {
        const expected = await fresh.trace({ actor });
        const got = await api(`/api/trace?actor=${encodeURIComponent(actor)}`);
        expect(got).toEqual(JSON.parse(JSON.stringify(expected)));
        traced += expected.claims.length;
      }
      expect(traced).toBeGreaterThan(0);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });
});
