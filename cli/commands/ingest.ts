// `kg ingest <inputs...>`: extract every article and load it into the store (embedded file or Neo4j).
// Out: a progress bar on a TTY, a summary, one line per failed input on stderr, exit code 1 when any failed.
import path from 'node:path';

import type { Command } from 'commander';

import type { StoreConfig } from '../../graph/config.ts';
import { InvalidArgumentError } from '../../graph/errors.ts';
import type { IngestSummary } from '../../graph/load.ts';
import { DATA_OPTION_HELP, parseInterval, parseMaxSize, parsePositive } from './options.ts';

interface IngestCliOptions {
  neo4j?: boolean;
  data?: string;
  aliases?: string;
  maxSize?: number;
  progress: boolean;
  json?: boolean;
  watch?: boolean;
  interval: number;
  workers?: number;
  timeout?: number;
  batch?: number;
}

async function run(inputs: string[], opts: IngestCliOptions): Promise<void> {
  const [{ loadConfig }, { openStore }, { ingest, IngestStoppedError }, { readAliasesFile }, { estimateCount }] =
    await Promise.all([
      import('../../graph/config.ts'),
      import('../../graph/open.ts'),
      import('../../graph/load.ts'),
      import('../../ingest/sources/aliases.ts'),
      import('../../ingest/sources/index.ts'),
    ]);
  const config = loadConfig({ neo4j: opts.neo4j, dataFile: opts.data });
  const aliasesFile = opts.aliases ?? process.env.KG_ALIASES;
  const aliases = readAliasesFile(aliasesFile ?? path.resolve('data', 'aliases.json'), {
    required: aliasesFile !== undefined,
  });
  const sources = { maxBytes: opts.maxSize };
  const budget = { workers: opts.workers, timeoutMs: opts.timeout === undefined ? undefined : opts.timeout * 1000 };

  if (opts.watch && inputs.includes('-'))
    throw new InvalidArgumentError('--watch follows directories, files, feeds and URLs; it cannot watch stdin (-)');

  // The writer lock is taken before anything is read, so a second `kg ingest` on the same file fails here, at once.
  const store = await openStore(config, { write: true, bulk: true });
  let bar: import('cli-progress').SingleBar | null = null;
  let summary;
  let passes = 0;
  try {
    if (opts.watch) {
      const { watchInputs } = await import('./watch.ts');
      process.stderr.write(
        `kg: watching ${inputs.join(', ')} (a pass every ${opts.interval} s and on every change; Ctrl-C stops)\n`,
      );
      summary = await watchInputs(inputs, store, ingest, {
        intervalMs: opts.interval * 1000,
        ingestOptions: { aliases, sources, budget, batch: opts.batch },
        log: (line) => process.stderr.write(`${line}\n`),
      });
      passes = summary.passes;
    } else if (opts.progress && process.stderr.isTTY && !opts.json) {
      const { SingleBar, Presets } = await import('cli-progress');
      bar = new SingleBar(
        {
          stream: process.stderr,
          format: 'ingest [{bar}] {value}/{total} | {failed} failed | {source}',
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      );
      bar.start(await estimateCount(inputs, sources), 0, { failed: 0, source: '' });
    }

    if (!opts.watch)
      summary = await ingest(inputs, store, {
        aliases,
        sources,
        budget,
        batch: opts.batch,
        onProgress: (p) => {
          if (!bar) return;
          if (p.done > bar.getTotal()) bar.setTotal(p.done);
          bar.update(p.done, { failed: p.failed, source: path.basename(p.source).slice(0, 40) });
        },
      });
  } catch (err) {
    // The store went away mid-batch: say what was committed before it did, then the one error line.
    if (err instanceof IngestStoppedError) {
      bar?.stop();
      bar = null;
      report(err.summary, config, opts, { stopped: true });
    }
    throw err;
  } finally {
    bar?.stop();
    await store.close();
  }

  summary = summary!;
  report(summary, config, opts, { passes });
  if (summary.failed) process.exitCode = 1;
}

function report(
  summary: IngestSummary,
  config: StoreConfig,
  opts: IngestCliOptions,
  { stopped = false, passes = 0 }: { stopped?: boolean; passes?: number },
): void {
  // --watch printed each failure and warning as it came.
  if (!opts.watch)
    for (const f of [...summary.failures, ...summary.warnings]) process.stderr.write(`kg: ${f.message}\n`);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ store: config.store, ...summary, ...(stopped ? { stopped } : {}) })}\n`);
    return;
  }
  const where = config.store === 'neo4j' ? `Neo4j at ${config.neo4j.uri}` : config.dataFile;
  process.stdout.write(
    (opts.watch ? `Stopped watching after ${passes} passes.\n` : '') +
      (stopped ? 'Stopped early; committed before the store went away: ' : '') +
      `Articles: ${summary.loaded} loaded, ${summary.unchanged} unchanged, ${summary.failed} failed (into ${where})\n` +
      `Extracted from the loaded articles: ${summary.actors} actors, ${summary.claims} claims, ${summary.relations} relations, ${summary.incidents} incidents\n`,
  );
}

export function register(program: Command): void {
  program
    .command('ingest')
    .summary('extract articles and load them into the graph')
    .description(
      'Read articles, extract actors, claims, relations and incidents, resolve actors against those already ' +
        'stored, and load everything into the graph. Loading is idempotent: an article already stored (same text) ' +
        'is left unchanged. Uses the embedded store (a SQLite file) unless --neo4j or NEO4J_URI is given.',
    )
    .argument(
      '<inputs...>',
      'files, directories (read recursively: .txt .html .htm .md .json .jsonl .rss .atom .xml), RSS/Atom feeds, http(s) URLs, or - for stdin',
    )
    .option('--neo4j', 'load into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)')
    .option('--data <file>', DATA_OPTION_HELP)
    .option('--aliases <file>', 'actor aliases file (default: KG_ALIASES or data/aliases.json when present)')
    .option('--max-size <MB>', 'refuse inputs larger than this many megabytes (default 20)', parseMaxSize, undefined)
    .option('--workers <n>', 'articles extracted at once, each in its own worker thread (default 1)', parsePositive)
    .option(
      '--batch <n>',
      'Neo4j: articles written per transaction, behind linking (default 20; the graph is the same for any n)',
      parsePositive,
    )
    .option(
      '--timeout <s>',
      'seconds one article may take to extract before it fails alone (default 30)',
      parsePositive,
    )
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print the summary as one JSON object')
    .option('--watch', 'keep ingesting what appears in the inputs (directories, feeds, URLs) until Ctrl-C')
    .option('--interval <seconds>', 'with --watch: seconds between passes over the inputs', parseInterval, 60)
    .addHelpText(
      'after',
      '\nExamples:\n  kg ingest samples/\n  kg ingest --watch ~/news-drop https://example.org/world/rss.xml\n  kg ingest articles.jsonl --neo4j\n  kg ingest https://example.org/news/1 --aliases my-aliases.json\n\n' +
        'Aliases file: {"merge": {"Name or id": "canonical-id"}, "rename": {"id": "Display Name"}}\n' +
        'Exit code: 0 when everything loaded, 1 when any input or article failed (one line each on stderr).',
    )
    .action((inputs: string[], opts: IngestCliOptions) => run(inputs, opts));
}
