// The package as npm ships it: built from a copy of the working tree (`npm run build`, then `npm pack`), unpacked,
// given only its production dependencies (no tsx, TypeScript or Vite), then used as a global install would use it:
// kg --version / extract / ingest / serve (the prebuilt viewer), the library through `import 'newsgraph'` with its
// types. Also: a source checkout runs its build only while the build matches the sources. In: the repository.
// Out: assertions. Slow (a full build); runs in the unit project because it needs no Neo4j or browser.
import { execFile } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PACKAGE_ROOT as root } from '../../cli/root.ts';
import { SAMPLE_FILES } from '../fixtures/samples.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-package-'));
const src = path.join(dir, 'src');
const pkg = path.join(dir, 'pkg', 'package');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env, timeout = 300_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    execFile(file, args, { cwd, env, timeout, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    ),
  );
}
const ok = async (p: ReturnType<typeof run>) => {
  const r = await p;
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr.slice(-3000)}`);
  return r;
};

/** Relative paths of the working tree's files: git's list (tracked and new, not ignored) in a checkout; otherwise
 * (a copy or an unpacked archive with no .git, as CI's solo copy is) every file but what the build and install make. */
async function treeFiles(): Promise<string[]> {
  const git = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root);
  if (git.code === 0) return git.stdout.split('\0').filter(Boolean);
  const skip = new Set(['.git', 'node_modules', 'dist', 'data', 'coverage', path.join('scripts', 'neo4j', 'target')]);
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      if (skip.has(path.join(rel, e.name)) || e.name.endsWith('.log')) continue;
      if (e.isDirectory()) walk(path.join(rel, e.name));
      else if (e.isFile()) out.push(path.join(rel, e.name));
    }
  };
  walk('');
  return out;
}

/** The working tree's files (what a clone plus uncommitted work holds), copied to `to`. */
async function copyTree(to: string): Promise<void> {
  for (const rel of await treeFiles()) {
    const data = (() => {
      try {
        return readFileSync(path.join(root, rel));
      } catch {
        return null; // deleted in the working tree
      }
    })();
    if (!data) continue;
    mkdirSync(path.dirname(path.join(to, rel)), { recursive: true });
    writeFileSync(path.join(to, rel), data);
  }
}

/** node_modules holding only the production dependencies (links into the repository's own node_modules). */
async function productionModules(into: string): Promise<string[]> {
  const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable'], root);
  const top = new Set<string>();
  for (const p of stdout.split('\n')) {
    const rel = path.relative(path.join(root, 'node_modules'), p.trim());
    const parts = rel.split(path.sep);
    if (!p.trim() || rel.startsWith('..') || parts.includes('node_modules')) continue;
    top.add(parts[0]!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  for (const name of top) {
    mkdirSync(path.dirname(path.join(into, name)), { recursive: true });
    symlinkSync(path.join(root, 'node_modules', name), path.join(into, name), 'dir');
  }
  return [...top];
}

beforeAll(async () => {
  await copyTree(src);
  symlinkSync(path.join(root, 'node_modules'), path.join(src, 'node_modules'), 'dir');
  await ok(run(process.execPath, ['scripts/build.mjs'], src));
  const packed = await ok(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], src));
  const tarball = (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename;
  mkdirSync(path.join(dir, 'pkg'));
  await ok(run('tar', ['-xzf', path.join(dir, tarball), '-C', path.join(dir, 'pkg')], dir));
  const deps = await productionModules(path.join(pkg, 'node_modules'));
  expect(deps).toContain('neo4j-driver');
  for (const dev of ['tsx', 'typescript', 'vite', 'vitest']) expect(deps).not.toContain(dev);
}, 600_000);

const kg = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, [path.join(pkg, 'bin', 'kg.mjs'), ...args], dir, { ...process.env, NEO4J_URI: '', ...env });

describe('the packed package with production dependencies only', { timeout: 300_000 }, () => {
  it('holds the build, the prebuilt viewer, samples and docs, and no TypeScript sources or tests', () => {
    const files: string[] = [];
    const walk = (rel: string) => {
      for (const e of readdirSync(path.join(pkg, rel), { withFileTypes: true }))
        if (e.name === 'node_modules') continue;
        else if (e.isDirectory()) walk(path.join(rel, e.name));
        else files.push(path.join(rel, e.name));
    };
    walk('');
    expect(files).toEqual(
      expect.arrayContaining([
        'bin/kg.mjs',
        'dist/js/cli/main.js',
        'dist/js/index.d.ts',
        'dist/viewer/index.html',
        'docs/FORMAT.md',
        'docs/extraction.schema.json',
        'package.json',
      ]),
    );
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('tests/') || f.startsWith('scripts/'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('samples/')).length).toBe(SAMPLE_FILES.length);
  });

  it('runs kg --version and kg extract without tsx', async () => {
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect((await ok(kg(['--version']))).stdout.trim()).toBe(version);
    const out = await ok(kg(['extract', path.join(pkg, 'samples', path.basename(SAMPLE_FILES[0]!))]));
    const [x] = JSON.parse(out.stdout) as Array<{ actors: Array<{ name: string }> }>;
    expect(x!.actors.map((a) => a.name)).toContain('Heather Nauert');
  });

  it('serves the prebuilt viewer and its API after kg ingest, with no Vite installed', async () => {
    const data = path.join(dir, 'graph.json');
    await ok(kg(['ingest', '--no-progress', '--data', data, path.join(pkg, 'samples')]));
    const { spawn } = await import('node:child_process');
    const server = spawn(process.execPath, [path.join(pkg, 'bin', 'kg.mjs'), 'serve', '--port', '0', '--data', data], {
      env: { ...process.env, NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        let err = '';
        server.stdout!.on('data', (d: Buffer) => {
          out += d;
          const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (m) resolve(m[1]!);
        });
        server.stderr!.on('data', (d: Buffer) => (err += d));
        server.on('exit', (code) => reject(new Error(`kg serve exited ${code}: ${err}`)));
      });
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      expect((await fetch(new URL(script!, `${url}/`))).status).toBe(200);
      const stats = (await (await fetch(`${url}/api/stats`)).json()) as { nodes: Record<string, number> };
      expect(stats.nodes.Article).toBe(SAMPLE_FILES.length);
    } finally {
      server.kill('SIGTERM');
    }
  });

  it("is a library: import('newsgraph') gives extract, ingest, openStore, trace and the schema, typed", async () => {
    const app = path.join(dir, 'app');
    mkdirSync(path.join(app, 'node_modules'), { recursive: true });
    symlinkSync(pkg, path.join(app, 'node_modules', 'newsgraph'), 'dir');
    const code = `import { extract, ingest, openStore, loadConfig, trace, extractionJsonSchema, exportGraph } from 'newsgraph';
import { readFileSync } from 'node:fs';
const text: string = readFileSync(process.argv[2]!, 'utf8');
const x = extract({ source: 'a.txt', text });
const store = await openStore(loadConfig({ dataFile: process.argv[3] }));
const summary = await ingest([process.argv[2]!], store);
const t = await trace(store, { actor: 'Heather Nauert' });
const g = await exportGraph(store, { format: 'graphml' });
await store.close();
const schema = extractionJsonSchema() as { $schema: string };
console.log(JSON.stringify({ actors: x.actors.length, loaded: summary.loaded, claims: t.claims.length, graphml: g.text!.length > 0, schema: schema.$schema }));
`;
    writeFileSync(path.join(app, 'main.ts'), code);
    writeFileSync(path.join(app, 'package.json'), '{"type": "module"}');
    // Types: the consumer compiles against the package's .d.ts files alone.
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const flags = ['--module', 'nodenext', '--target', 'es2022', '--strict', '--skipLibCheck', '--types', 'node'];
    const typeRoots = ['--typeRoots', path.join(root, 'node_modules', '@types')];
    await ok(run(process.execPath, [tsc, ...flags, ...typeRoots, '--outDir', path.join(app, 'out'), 'main.ts'], app));
    const out = await ok(
      run(process.execPath, [path.join(app, 'out', 'main.js'), SAMPLE_FILES[0]!, path.join(dir, 'lib.json')], app),
    );
    expect(JSON.parse(out.stdout)).toEqual({
      actors: expect.any(Number),
      loaded: 1,
      claims: expect.any(Number),
      graphml: true,
      schema: 'https://json-schema.org/draft/2020-12/schema',
    });
    expect(JSON.parse(out.stdout).claims).toBeGreaterThan(0);
  });
});

describe('a source checkout', { timeout: 300_000 }, () => {
  it('runs its build only while the build matches the sources, else the sources', async () => {
    // A marker at the top of the built entry shows which one ran (--version exits before the end of the module).
    const main = path.join(src, 'dist', 'js', 'cli', 'main.js');
    writeFileSync(main, `process.stderr.write('ran the build\\n');\n${readFileSync(main, 'utf8')}`);
    const kgSrc = (args: string[]) => run(process.execPath, [path.join(src, 'bin', 'kg.mjs'), ...args], src);
    expect((await ok(kgSrc(['--version']))).stderr).toContain('ran the build');
    appendFileSync(path.join(src, 'cli', 'commands', 'schema.ts'), '\n// an edit after the build\n');
    const after = await ok(kgSrc(['--version']));
    expect(after.stderr).not.toContain('ran the build');
    expect(after.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
