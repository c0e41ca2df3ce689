// `kg ingest --watch`: keeps the graph current with directories, files, feeds and URLs until Ctrl-C.
// Each pass is an ordinary idempotent ingest; files are re-read only when changed, feed items only when new.
// In: inputs, an open store, options. Out: the totals over all passes, when stopped (SIGINT or SIGTERM).
import { type FSWatcher, watch as watchFs } from 'node:fs';
import { stat } from 'node:fs/promises';

import type { IngestOptions, IngestSummary } from '../../graph/load.ts';
import type { GraphStore } from '../../graph/store.ts';

export interface WatchOptions {
  intervalMs: number;
  ingestOptions: IngestOptions;
  /** One line about a pass that changed something, or about a new failure. */
  log: (line: string) => void;
}

export interface WatchTotals extends IngestSummary {
  passes: number;
}

/** A file younger than this is still being written: it waits for the next pass. */
const SETTLE_MS = 1000;

type Ingest = (inputs: string[], store: GraphStore, options: IngestOptions) => Promise<IngestSummary>;

async function directories(inputs: string[]): Promise<string[]> {
  const dirs: string[] = [];
  for (const i of inputs)
    if (!/^https?:\/\//i.test(i) && (await stat(i).catch(() => null))?.isDirectory()) dirs.push(i);
  return dirs;
}

function add(totals: WatchTotals, s: IngestSummary): void {
  totals.loaded += s.loaded;
  totals.unchanged += s.unchanged;
  totals.actors += s.actors;
  totals.claims += s.claims;
  totals.relations += s.relations;
  totals.incidents += s.incidents;
}

export async function watchInputs(
  inputs: string[],
  store: GraphStore,
  ingest: Ingest,
  options: WatchOptions,
): Promise<WatchTotals> {
  const totals: WatchTotals = {
    passes: 0,
    loaded: 0,
    unchanged: 0,
    failed: 0,
    actors: 0,
    claims: 0,
    relations: 0,
    incidents: 0,
    failures: [],
    warnings: [],
  };
  const stopper = new AbortController();
  const sources = {
    ...options.ingestOptions.sources,
    seenLinks: new Set<string>(),
    fileStamps: new Map(),
    settleMs: SETTLE_MS,
  };
  const printed = new Set<string>();
  let wake: (() => void) | null = null;
  let debounce: NodeJS.Timeout | undefined;
  // A change in a watched directory starts a pass once the writer has had time to finish the file.
  const changed = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => wake?.(), SETTLE_MS + 100);
  };
  const watchers: FSWatcher[] = (await directories(inputs)).map((d) =>
    watchFs(d, { recursive: true }, changed).on('error', () => undefined),
  );
  const stop = () => {
    // A second Ctrl-C while a pass is finishing its article: leave at once.
    if (stopper.signal.aborted) process.exit(130);
    stopper.abort();
    wake?.();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    while (!stopper.signal.aborted) {
      const pass = await ingest(inputs, store, { ...options.ingestOptions, sources, signal: stopper.signal });
      totals.passes++;
      add(totals, pass);
      for (const w of pass.warnings) {
        totals.warnings.push(w);
        options.log(`kg: ${w.message}`);
      }
      for (const f of pass.failures) {
        // A bad file is reported once, not at every pass.
        if (printed.has(f.message)) continue;
        printed.add(f.message);
        totals.failures.push(f);
        options.log(`kg: ${f.message}`);
      }
      if (pass.loaded) {
        (store as { flush?: () => void }).flush?.();
        options.log(`${new Date().toISOString().slice(11, 19)} +${pass.loaded} loaded (${totals.loaded} in all)`);
      }
      if (stopper.signal.aborted) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  } finally {
    totals.failed = totals.failures.length;
    clearTimeout(debounce);
    for (const w of watchers) w.close();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  return totals;
}
