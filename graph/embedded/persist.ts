// Reads and writes the embedded graph's file: graphology's JSON export, validated with zod on the way in,
// written atomically (temp file + rename) so a crash never leaves a partial graph behind.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { KgError } from '../errors.ts';
import type { KgGraph } from './types.ts';

const PropValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()), z.array(z.number())]);
const Props = z.record(z.string(), PropValue);

export const SerializedGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z
    .object({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.boolean() })
    .partial()
    .optional(),
  nodes: z.array(
    z.object({
      key: z.string(),
      // rank (actors) and extraction (articles) are store-internal: see types.ts.
      attributes: z.object({
        labels: z.array(z.string()).min(1),
        props: Props,
        rank: z.string().optional(),
        extraction: z.string().optional(),
      }),
    }),
  ),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: z.object({ type: z.string().min(1), props: Props }),
    }),
  ),
});
export type SerializedGraph = z.infer<typeof SerializedGraph>;

/** The file's validated content, or null when there is no file yet. */
export function readGraphFile(file: string): SerializedGraph | null {
  try {
    if (!statSync(file).isFile())
      throw new KgError('CONFIG_INVALID', `${file}: the embedded store's data file is not a regular file`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KgError(
      'CONFIG_INVALID',
      `${file}: the embedded store's data file is not valid JSON (${(err as Error).message}); move it away to start a new graph`,
      { cause: err },
    );
  }
  const parsed = SerializedGraph.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KgError(
      'CONFIG_INVALID',
      `${file}: the embedded store's data file is corrupt at \`${issue.path.join('.')}\` (${issue.message}); move it away to start a new graph`,
    );
  }
  return parsed.data;
}

/** Writes the whole graph next to `file` and renames it into place (atomic on POSIX file systems). */
export function writeGraphFile(file: string, graph: KgGraph): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  // The data reaches the disk before the rename, and the rename before we return: otherwise a power cut can
  // leave a renamed but empty file, which a crash of the process alone never does.
  const fd = openSync(tmp, 'w');
  try {
    const data = Buffer.from(JSON.stringify(graph.export()));
    for (let at = 0; at < data.length;) at += writeSync(fd, data, at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  syncDir(path.dirname(file));
}

/** fsync of a directory makes a rename in it durable; some file systems refuse to open one (ignored there). */
function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // EISDIR / EPERM / EINVAL on platforms without directory fsync: the rename is as durable as they allow.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
