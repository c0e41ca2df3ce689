// `kg extract <inputs...>`: prints one extraction object per article (FORMAT.md) on stdout; touches no store.
// Bad inputs and failed extractions get one line each on stderr and exit code 1; the others still print.
import type { Command } from 'commander';

import { parseMaxSize } from './options.ts';

interface ExtractOptions {
  format: string;
  maxSize?: number;
}

const write = (s: string) =>
  new Promise<void>((resolve) => (process.stdout.write(s) ? resolve() : process.stdout.once('drain', resolve)));

async function run(inputs: string[], opts: ExtractOptions): Promise<void> {
  if (opts.format !== 'json' && opts.format !== 'jsonl') {
    const { InvalidArgumentError } = await import('../../graph/errors.ts');
    throw new InvalidArgumentError(`--format must be json or jsonl, not "${opts.format}"`);
  }
  // Loaded here, not at the top, so `kg --help` and the other commands do not pay for the NLP model.
  const [{ readInputs }, { extractChecked }, { InputError }] = await Promise.all([
    import('../../ingest/sources/index.ts'),
    import('../../graph/load.ts'),
    import('../../graph/errors.ts'),
  ]);
  let failed = 0;
  let count = 0;
  const fail = (message: string) => {
    failed++;
    process.stderr.write(`kg: ${message}\n`);
  };
  if (opts.format === 'json') await write('[');
  for await (const item of readInputs(inputs, { maxBytes: opts.maxSize })) {
    if (item instanceof InputError) {
      fail(item.message);
      continue;
    }
    let json: string;
    try {
      const x = extractChecked(item);
      json = opts.format === 'json' ? JSON.stringify(x, null, 2).replace(/\n/g, '\n  ') : JSON.stringify(x);
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
      continue;
    }
    await write(opts.format === 'json' ? `${count ? ',' : ''}\n  ${json}` : `${json}\n`);
    count++;
  }
  if (opts.format === 'json') await write(count ? '\n]\n' : ']\n');
  if (failed) process.exitCode = 1;
}

export function register(program: Command): void {
  program
    .command('extract')
    .summary('print the actors, claims, relations and incidents of articles as JSON')
    .description(
      'Extract actors, claims (who said what, through whom), relations and incidents from each article and ' +
        'print one extraction object per article (the format of docs/FORMAT.md; `kg schema` prints it as JSON ' +
        'Schema). No store is touched.',
    )
    .argument(
      '<inputs...>',
      'files, directories (read recursively: .txt .html .htm .md .json .jsonl .rss .atom .xml), RSS/Atom feeds, http(s) URLs, or - for stdin',
    )
    .option('--format <format>', 'json: one JSON array; jsonl: one object per line', 'json')
    .option('--max-size <MB>', 'refuse inputs larger than this many megabytes', parseMaxSize, undefined)
    .addHelpText(
      'after',
      '\nExamples:\n  kg extract article.txt\n  kg extract samples/*.txt --format json > out.json\n  curl -s https://example.org/news | kg extract - --format jsonl\n\n' +
        'JSON / JSON Lines inputs hold records {"text" or "html", "url"?, "source"?, "title"?, "publishedAt"?, "outlet"?}.\n' +
        'Exit code: 0 when every input was extracted, 1 when any failed (one line each on stderr).',
    )
    .action((inputs: string[], opts: ExtractOptions) => run(inputs, opts));
}
