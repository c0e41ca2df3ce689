// Builds the viewer with Vite's JS API when dist/viewer is missing or older than its sources.
// In: the project root. Out: a built dist/viewer (or nothing, when it is fresh).
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The project files the last build bundled, relative to the root. The bundle also takes modules from outside
 * viewer/src (graph/rel-types.ts): a change there must rebuild it too. Kept in Vite's own `.vite` folder.
 */
const SOURCES_FILE = path.join('.vite', 'kg-sources.json');

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, await newestMtime(p));
    else newest = Math.max(newest, (await stat(p)).mtimeMs);
  }
  return newest;
}

const mtime = async (file: string) => (await stat(file).catch(() => null))?.mtimeMs ?? 0;

/**
 * True when dist/viewer/index.html is missing or older than viewer/index.html, viewer/src, vite.config.ts or
 * any other file the last build bundled (or when that list is missing: a build from before it was kept).
 */
export async function isStale(projectRoot: string, distDir: string): Promise<boolean> {
  const built = await stat(path.join(distDir, 'index.html')).catch(() => null);
  if (!built) return true;
  const bundled = await readFile(path.join(distDir, SOURCES_FILE), 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => null);
  if (!Array.isArray(bundled)) return true;
  const files = [path.join('viewer', 'index.html'), 'vite.config.ts', ...bundled.map(String)];
  const sources = Math.max(
    await newestMtime(path.join(projectRoot, 'viewer', 'src')),
    ...(await Promise.all(files.map((f) => mtime(path.join(projectRoot, f))))),
  );
  return sources > built.mtimeMs;
}

/** Project files (not dependencies, not virtual modules) among the chunks' modules, relative to the root. */
function bundledFiles(projectRoot: string, output: unknown): string[] {
  const files = new Set<string>();
  for (const o of [output].flat() as Array<{ output?: Array<{ type: string; moduleIds?: string[] }> }>)
    for (const chunk of o.output ?? [])
      for (const id of chunk.type === 'chunk' ? (chunk.moduleIds ?? []) : []) {
        const file = id.split('?')[0]!;
        const rel = path.relative(projectRoot, file);
        if (path.isAbsolute(file) && !rel.startsWith('..') && !rel.split(path.sep).includes('node_modules'))
          files.add(rel);
      }
  return [...files].sort();
}

export async function ensureBuilt(projectRoot: string, distDir: string, log: (line: string) => void): Promise<boolean> {
  if (!(await isStale(projectRoot, distDir))) return false;
  log(`Building the viewer into ${path.relative(process.cwd(), distDir) || distDir} ...`);
  const { build } = await import('vite');
  const output = await build({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    root: path.join(projectRoot, 'viewer'),
    logLevel: 'warn',
    build: { outDir: distDir, emptyOutDir: true },
  });
  await mkdir(path.dirname(path.join(distDir, SOURCES_FILE)), { recursive: true });
  await writeFile(path.join(distDir, SOURCES_FILE), JSON.stringify(bundledFiles(projectRoot, output), null, 1));
  return true;
}
