// Builds the viewer with Vite's JS API when dist/viewer is missing or older than its sources.
// In: the project root. Out: a built dist/viewer (or nothing, when it is fresh).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

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

/** True when dist/viewer/index.html is missing or older than viewer/index.html, viewer/src or vite.config.ts. */
export async function isStale(projectRoot: string, distDir: string): Promise<boolean> {
  const built = await stat(path.join(distDir, 'index.html')).catch(() => null);
  if (!built) return true;
  const sources = Math.max(
    await newestMtime(path.join(projectRoot, 'viewer', 'src')),
    (await stat(path.join(projectRoot, 'viewer', 'index.html')).catch(() => null))?.mtimeMs ?? 0,
    (await stat(path.join(projectRoot, 'vite.config.ts')).catch(() => null))?.mtimeMs ?? 0,
  );
  return sources > built.mtimeMs;
}

export async function ensureBuilt(projectRoot: string, distDir: string, log: (line: string) => void): Promise<boolean> {
  if (!(await isStale(projectRoot, distDir))) return false;
  log(`Building the viewer into ${path.relative(process.cwd(), distDir) || distDir} ...`);
  const { build } = await import('vite');
  await build({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    root: path.join(projectRoot, 'viewer'),
    logLevel: 'warn',
    build: { outDir: distDir, emptyOutDir: true },
  });
  return true;
}
