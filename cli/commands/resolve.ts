// `kg resolve`: re-applies actor resolution and the aliases file to the stored graph without extracting again
// (each article keeps its extraction); both stores. Out: a summary; one line per article that failed; exit 1 then.
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Command } from 'commander';
import { DATA_OPTION_HELP } from './options.ts';

interface ResolveCliOptions {
  neo4j?: boolean;
  data?: string;
  aliases?: string;
  json?: boolean;
}

async function run(opts: ResolveCliOptions): Promise<void> {
  const [{ loadConfig }, { openStore }, { reresolve }, { readAliasesFile }] = await Promise.all([
    import('../../graph/config.ts'),
    import('../../graph/open.ts'),
    import('../../graph/load.ts'),
    import('../../ingest/sources/aliases.ts'),
  ]);
  const config = loadConfig({ neo4j: opts.neo4j, dataFile: opts.data });
  const aliasesFile = opts.aliases ?? process.env.KG_ALIASES;
  const aliases = readAliasesFile(aliasesFile ?? path.resolve('data', 'aliases.json'), {
    required: aliasesFile !== undefined,
  });
  const store = await openStore(config, { write: true });
  // Every article goes to a JSON Lines file before the store is emptied: if the run stops, `kg ingest` it.
  const backupFile = path.join(tmpdir(), `kg-resolve-${process.pid}-${Date.now()}.jsonl`);
  const backup = createWriteStream(backupFile);
  let summary;
  try {
    const before = (await store.stats()).nodes.Actor ?? 0;
    summary = await reresolve(store, { aliases, backup: (line) => void backup.write(`${line}\n`) });
    const after = (await store.stats()).nodes.Actor ?? 0;
    const result = { store: config.store, ...summary, actorsBefore: before, actorsAfter: after };
    if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else
      process.stdout.write(
        `Resolved ${summary.articles} articles again (${summary.reextracted} extracted again: stored before extractions were kept); actor nodes ${before} → ${after}\n`,
      );
  } catch (err) {
    process.stderr.write(`kg: resolve stopped; every article is in ${backupFile} (kg ingest ${backupFile})\n`);
    throw err;
  } finally {
    await new Promise((r) => backup.end(r));
    await store.close();
  }
  for (const f of summary.failures) process.stderr.write(`kg: ${f.input}: ${f.message}\n`);
  if (summary.failures.length) {
    process.stderr.write(`kg: the articles that failed are in ${backupFile}\n`);
    process.exitCode = 1;
  } else (await import('node:fs')).rmSync(backupFile, { force: true });
}

export function register(program: Command): void {
  program
    .command('resolve')
    .summary('re-apply actor resolution and the aliases file to the stored graph')
    .description(
      'Rebuild the stored graph from each article’s stored extraction with the current aliases file (merge, rename, ' +
        'distinct) and identity rules, without extracting again. Articles stored by a version that did not keep their ' +
        'extraction are extracted again from their stored text.',
    )
    .option('--aliases <file>', 'the aliases file (default: KG_ALIASES or data/aliases.json)')
    .option('--neo4j', 'use Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)')
    .option('--data <file>', DATA_OPTION_HELP)
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', '\nExamples:\n  kg resolve --aliases data/aliases.json\n  kg resolve --neo4j')
    .action((opts: ResolveCliOptions) => run(opts));
}
