// `kg ingest --watch` through the real CLI on the embedded store: a file dropped into the watched directory is
// ingested while the command runs, a bad one is reported once, and SIGINT (Ctrl-C) ends it with a summary, exit 0
// when nothing failed and 1 when something did; the store then holds the articles.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'kg-watch-'));
const env: NodeJS.ProcessEnv = { ...process.env, KG_DATA: path.join(dir, 'graph.json') };
delete env.NEO4J_URI;
delete env.KG_ALIASES;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE =
  'Ports reopen after strike\n\nANTWERP, June 3 - Belgian port workers ended a two-day strike on Tuesday, the ' +
  'union said, after the government agreed to review pension rules. "We have been heard," union leader Marc Peeters told reporters.\n';

/** Resolves when the child's stderr has printed a line matching `re`; rejects after `ms`. */
function waitFor(child: ChildProcess, out: { stderr: string }, re: RegExp, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}; stderr:\n${out.stderr}`)), ms);
    const check = () => {
      if (re.test(out.stderr)) {
        clearTimeout(timer);
        child.stderr!.off('data', check);
        resolve();
      }
    };
    child.stderr!.on('data', check);
    check();
  });
}

describe('kg ingest --watch', () => {
  it('ingests files as they appear, reports a bad file once, and stops cleanly on SIGINT', async () => {
    const watched = path.join(dir, 'drop');
    mkdirSync(watched);
    const child = spawn(process.execPath, ['bin/kg.mjs', 'ingest', '--watch', watched, '--interval', '2'], {
      cwd: root,
      env,
    });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (d) => (out.stdout += d));
    child.stderr.on('data', (d) => (out.stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await waitFor(child, out, /watching/);
      writeFileSync(path.join(watched, 'a.txt'), ARTICLE);
      await waitFor(child, out, /\+1 loaded \(1 in all\)/);
      writeFileSync(path.join(watched, 'b.txt'), '');
      await waitFor(child, out, /b\.txt: empty file/);
      // Two more passes: the bad file is not reported again, the good one not loaded again.
      await new Promise((r) => setTimeout(r, 5000));
      child.kill('SIGINT');
      expect(await exited).toBe(1);
    } finally {
      child.kill('SIGKILL');
    }
    expect(out.stderr.match(/b\.txt: empty file/g)).toHaveLength(1);
    expect(out.stdout).toMatch(/^Stopped watching after \d+ passes\.$/m);
    expect(out.stdout).toContain('Articles: 1 loaded, 0 unchanged, 1 failed');

    const stats = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['bin/kg.mjs', 'stats', '--json'], { cwd: root, env }, (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    expect(JSON.parse(stats).nodes.Article).toBe(1);
  }, 120_000);
});
