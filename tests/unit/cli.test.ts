// The kg command as a user meets it: --version, help that fits 80 columns, a taken port named with the way out, the
// shipped JSON Schema in step with the zod schema, and nothing a user or a test runs pointing outside the clone.
// In: the real CLI (node bin/kg.mjs) and the repository's files. Out: assertions.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { schemaText } from '../../cli/commands/schema.ts';
import { PACKAGE_ROOT } from '../../cli/root.ts';

const root = PACKAGE_ROOT;
const dir = mkdtempSync(path.join(tmpdir(), 'kg-cli-pkg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, KG_DATA: path.join(dir, 'graph.json') };
  delete env.NEO4J_URI;
  delete env.PORT;
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/kg.mjs', ...args], { cwd: root, env, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const SHARED = /\.\.\/shared\b|\/work\/shared|shared\/(seeds|eval)/;
const lines = (s: string) => s.split('\n').filter((l) => l.trim());

describe('kg, as a user meets it', { timeout: 120_000 }, () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect((await kg([flag])).stdout.trim()).toBe(version);
  });

  it('wraps every help text within 80 columns (examples aside)', async () => {
    const commands = [
      '',
      'extract',
      'ingest',
      'stats',
      'query',
      'trace',
      'export',
      'schema',
      'serve',
      'actors',
      'resolve',
    ];
    for (const c of commands) {
      const { stdout, code } = await kg(c ? [c, '--help'] : ['--help']);
      expect(code).toBe(0);
      const body = stdout.split(/\n(?:Examples|Connection|Aliases file|JSON \/ JSON Lines)/)[0]!;
      for (const line of body.split('\n'))
        expect([...line].length, `kg ${c} --help: "${line}"`).toBeLessThanOrEqual(80);
    }
  });

  it('names the taken port and the way out when the viewer port is in use, and exits', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    // A built viewer is not needed to reach listen(): any folder with an index.html stands in.
    const dist = mkdtempSync(path.join(dir, 'dist-'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
    try {
      const run = await kg(['serve', '--port', String(port), '--no-build', '--dist', dist]);
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toEqual([
        `kg: port ${port} on 127.0.0.1 is already in use (another kg serve?): pass --port <n> or set PORT, or --port 0 for any free port`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('ships docs/extraction.schema.json exactly as `kg schema` prints it (regenerate with kg schema > docs/...)', async () => {
    const shipped = readFileSync(path.join(root, 'docs', 'extraction.schema.json'), 'utf8');
    expect(shipped).toBe(await schemaText());
    expect((await kg(['schema'])).stdout).toBe(shipped);
  });

  it('needs nothing beside the clone: no user-facing file points at the evaluation folder beside it, and no test reads from it', () => {
    // The evaluation helpers (scripts/eval, bench) and their notes may name ../shared/eval, and say when it is missing;
    // the design notes name it and .ci/run moves away from it. README.md is the lead's.
    // docs/measurements.md holds the evaluation notes moved out of the README: its commands score against ../shared/eval.
    const exempt = (f: string) =>
      ['docs/DESIGN.md', 'docs/measurements.md', '.ci/run'].includes(f) ||
      f.startsWith('scripts/eval/') ||
      /^tests\/fixtures\/.*README\.md$/.test(f);
    // In tests, only a path built to that folder counts (a test may pass it as an argument to check the missing message).
    const READS = /(resolve|join|URL)\([^)\n]*\.\.\/(\.\.\/)*shared\b/;
    const offenders: string[] = [];
    const walk = (rel: string) => {
      for (const name of readdirSync(path.join(root, rel))) {
        const child = `${rel}/${name}`;
        if (['node_modules', 'dist', 'data', 'target'].includes(name)) continue;
        if (statSync(path.join(root, child)).isDirectory()) walk(child);
        else if (/\.(ts|mjs|js|json|md|cypher|sh)$|^run$/.test(name) && !exempt(child)) {
          const text = readFileSync(path.join(root, child), 'utf8');
          const rule = child.startsWith('tests/') ? READS : SHARED;
          if (rule.test(text) && child !== 'tests/unit/cli.test.ts') offenders.push(child);
        }
      }
    };
    for (const d of ['cli', 'graph', 'ingest', 'viewer', 'tests', 'scripts', 'docs', 'samples', 'bin', '.ci']) walk(d);
    for (const f of ['package.json', 'index.ts', 'vite.config.ts'])
      if (SHARED.test(readFileSync(path.join(root, f), 'utf8'))) offenders.push(f);
    expect(offenders).toEqual([]);
  });
});
