// `kg export`: the whole graph, an actor's neighbourhood or a date range as GEXF (Gephi), GraphML, graphology JSON, or
// CSV for `neo4j-admin database import`. In: flags and the configured store. Out: a file or stdout; for CSV, a folder
// of files and the exact import command on stdout.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { InvalidArgumentError } from '../../graph/errors.ts';
import { DATA_OPTION_HELP } from './options.ts';

interface ExportFlags {
  format?: string;
  out?: string;
  actor?: string;
  depth?: string;
  from?: string;
  to?: string;
  limit?: string;
  layout: boolean;
  neo4j?: boolean;
  data?: string;
}

const FORMAT_OF_EXT: Record<string, string> = { '.gexf': 'gexf', '.graphml': 'graphml', '.json': 'json' };

function formatOf(flags: ExportFlags, formats: readonly string[]): string {
  const f = flags.format ?? (flags.out ? FORMAT_OF_EXT[path.extname(flags.out).toLowerCase()] : undefined) ?? 'gexf';
  if (!formats.includes(f)) throw new InvalidArgumentError(`--format: one of ${formats.join(', ')}, not "${f}"`);
  return f;
}

const whole = (name: string, raw: string | undefined) => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`${name}: a whole number, not "${raw}"`);
  return n;
};

async function run(flags: ExportFlags): Promise<void> {
  const [{ loadConfig }, { openStore }, { exportGraph, EXPORT_FORMATS }] = await Promise.all([
    import('../../graph/config.ts'),
    import('../../graph/open.ts'),
    import('../export/index.ts'),
  ]);
  const format = formatOf(flags, EXPORT_FORMATS) as (typeof EXPORT_FORMATS)[number];
  const selection = {
    actor: flags.actor,
    depth: whole('--depth', flags.depth),
    from: flags.from,
    to: flags.to,
    limit: whole('--limit', flags.limit),
  };
  const store = await openStore(loadConfig({ neo4j: flags.neo4j, dataFile: flags.data }));
  let result;
  try {
    result = await exportGraph(store, {
      format,
      ...selection,
      layout: flags.layout,
      dir: flags.out ?? 'kg-export-csv',
    });
  } finally {
    await store.close();
  }
  const what = `${result.nodes} nodes, ${result.edges} relationships`;
  if (result.csv) {
    const { files, command, replaced } = result.csv;
    const n = files.nodes.length + files.relationships.length;
    process.stderr.write(
      `kg: exported ${what} as ${n} CSV files (each with a header file) in ${flags.out ?? 'kg-export-csv'}\n`,
    );
    if (replaced)
      process.stderr.write(`kg: note: ${replaced} list values held ';' and were written with ',' instead\n`);
    process.stderr.write('kg: load them into an empty database with the server stopped, then start it:\n');
    process.stdout.write(`${command}\n`);
    return;
  }
  if (flags.out) {
    writeFileSync(flags.out, result.text!);
    process.stderr.write(`kg: exported ${what} as ${format.toUpperCase()} to ${flags.out}\n`);
  } else process.stdout.write(result.text!);
}

export function register(program: Command): void {
  program
    .command('export')
    .summary('write the graph (or part of it) as GEXF, GraphML, JSON or neo4j-admin CSV')
    .description(
      "Write the whole graph, an actor's neighbourhood (--actor, --depth) or what articles published in a date range " +
        'carry (--from, --to) as GEXF 1.3 for Gephi and Gephi Lite (colours by kind, sizes by degree, ForceAtlas2 ' +
        'positions), GraphML, graphology JSON, or CSV files for `neo4j-admin database import` (the import command is ' +
        'printed). Article texts are left out.',
    )
    .option('--format <format>', 'gexf, graphml, json or csv (default: from --out, else gexf)')
    .option('--out <path>', 'the file to write (default: stdout); for csv, a folder (default kg-export-csv)')
    .option('--actor <name>', 'only this actor (name, alias or id) and its neighbours')
    .option('--depth <n>', 'with --actor: neighbours up to 1 or 2 hops away (default 1)')
    .option('--from <date>', 'only what articles published on or after this date carry (YYYY, YYYY-MM, YYYY-MM-DD)')
    .option('--to <date>', 'only what articles published on or before this date carry')
    .option('--limit <n>', 'at most this many nodes, the best connected first (default: all)')
    .option(
      '--no-layout',
      'skip ForceAtlas2 (positions stay on a spiral); large graphs (over 20,000 nodes) skip it anyway',
    )
    .option('--neo4j', 'read Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)')
    .option('--data <file>', DATA_OPTION_HELP)
    .addHelpText(
      'after',
      '\nExamples:\n  kg export --out graph.gexf\n  kg export --actor "Heather Nauert" --depth 2 --out nauert.graphml\n' +
        '  kg export --from 2021-01 --to 2021-03 --format json > q1.json\n  kg export --format csv --out import/',
    )
    .action((flags: ExportFlags) => run(flags));
}
