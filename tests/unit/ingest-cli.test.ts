// Bad input end to end through the real CLI (`node bin/kg.mjs`) on the embedded store: each bad file gets one
// line naming it, the good ones load, the exit code says something failed, and a re-run duplicates nothing.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { articleIdFor } from '../../graph/model.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function kg(args: string[], stdin?: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, KG_DATA: path.join(dir, 'graph.json') };
  delete env.NEO4J_URI;
  delete env.KG_ALIASES;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/kg.mjs', ...args],
      { cwd: root, env, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}
const lines = (s: string) => s.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));

const GOOD_TEXT =
  'Ministers meet in Vienna\n\nVIENNA, May 4 - Austrian Foreign Minister Karl Berger said on Tuesday that the talks with Hungary ' +
  'had been constructive. "We agreed on the next steps," Berger told reporters after meeting his Hungarian counterpart.\n';
const GOOD_HTML =
  '<!doctype html><html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>' +
  '<p>The dock workers union said on Friday that the strike at the port of Gdansk had ended after the company agreed to raise wages by five percent.</p>' +
  '<p>A company spokeswoman confirmed the agreement but declined to give details about the new contracts.</p></article></body></html>';

const files = {
  good: path.join(dir, 'batch', 'a-good.txt'),
  html: path.join(dir, 'batch', 'sub', 'b-good.html'),
  empty: path.join(dir, 'batch', 'c-empty.txt'),
  binary: path.join(dir, 'batch', 'd-binary.txt'),
  latin1: path.join(dir, 'batch', 'e-latin1.txt'),
  huge: path.join(dir, 'batch', 'f-huge.txt'),
};
mkdirSync(path.join(dir, 'batch', 'sub'), { recursive: true });
writeFileSync(files.good, GOOD_TEXT);
writeFileSync(files.html, GOOD_HTML);
writeFileSync(files.empty, '');
writeFileSync(files.binary, Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02, 0x00, 0xff]));
writeFileSync(files.latin1, Buffer.from('Le ministre a déclaré que', 'latin1'));
// 50 MB of NUL bytes (sparse): were it read, it would be reported as binary, not as too large.
writeFileSync(files.huge, '');
truncateSync(files.huge, 50 * 1024 * 1024);
const missing = path.join(dir, 'no-such-file.txt');

const EXPECTED_ERRORS = [
  `kg: ${files.empty}: empty file`,
  `kg: ${files.binary}: not text: binary data (NUL byte at offset 4)`,
  `kg: ${files.latin1}: not valid UTF-8 (invalid byte at offset 15); it looks like ISO-8859-1: convert it to UTF-8 first`,
  `kg: ${files.huge}: too large (50.0 MB; the limit is 20.0 MB)`,
  `kg: ${missing}: no such file or directory`,
];

describe('kg ingest / extract / stats on bad input', () => {
  it('kg ingest: one line per bad input, the good ones load, exit 1, a re-run duplicates nothing', async () => {
    const first = await kg(['ingest', path.join(dir, 'batch'), missing]);
    expect(lines(first.stderr).sort()).toEqual([...EXPECTED_ERRORS].sort());
    expect(first.stdout).toContain('Articles: 2 loaded, 0 unchanged, 5 failed');
    expect(first.code).toBe(1);

    const stats = await kg(['stats', '--json']);
    expect(stats.code).toBe(0);
    const counts = JSON.parse(stats.stdout);
    expect(counts.nodes.Article).toBe(2);

    const second = await kg(['ingest', path.join(dir, 'batch'), missing, '--json']);
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout)).toMatchObject({ store: 'embedded', loaded: 0, unchanged: 2, failed: 5 });
    expect(JSON.parse((await kg(['stats', '--json'])).stdout)).toEqual(counts);

    // The same text through stdin is the same article.
    const piped = await kg(['ingest', '-', '--json'], GOOD_TEXT);
    expect(JSON.parse(piped.stdout)).toMatchObject({ loaded: 0, unchanged: 1, failed: 0 });
    expect(piped.code).toBe(0);

    const table = await kg(['stats']);
    expect(table.stdout).toMatch(/^Article\s+2$/m);
  }, 120_000);

  it('kg extract: prints the good articles as a JSON array, one stderr line per bad input, exit 1', async () => {
    const run = await kg(['extract', path.join(dir, 'batch'), missing, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(lines(run.stderr).sort()).toEqual([...EXPECTED_ERRORS].sort());
    const out = JSON.parse(run.stdout) as Array<{ article: { id: string; source: string } }>;
    expect(out.map((x) => x.article.source)).toEqual([files.good, files.html]);
    expect(out[0]!.article.id).toBe(articleIdFor(GOOD_TEXT));

    const ok = await kg(['extract', files.good, '--format', 'jsonl']);
    expect(ok.code).toBe(0);
    expect(lines(ok.stdout)).toHaveLength(1);
    expect(JSON.parse(ok.stdout).article.id).toBe(articleIdFor(GOOD_TEXT));

    const usage = await kg(['extract', files.good, '--format', 'xml']);
    expect(usage.code).not.toBe(0);
    expect(lines(usage.stderr)).toEqual(['kg: --format must be json or jsonl, not "xml"']);
  }, 120_000);
});
