// `kg stats`: node counts by label and relationship counts by type, from the embedded store or Neo4j.
// Out: a table on stdout, or JSON with --json.
import type { Command } from 'commander';
import { DATA_OPTION_HELP } from './options.ts';

const KIND_LABELS = ['Person', 'State', 'Organization', 'Group', 'Outlet'];

interface StatsCliOptions {
  neo4j?: boolean;
  data?: string;
  json?: boolean;
}

/** A two-column table with a total row. */
export function formatTable(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(title.length, 'total'.length, ...rows.map(([k]) => k.length));
  const numWidth = Math.max(5, ...rows.map(([, n]) => String(n).length));
  const line = (k: string, v: string) => `${k.padEnd(width)}  ${v.padStart(numWidth)}`;
  const total = rows.reduce((s, [, n]) => s + n, 0);
  return [
    line(title, 'count'),
    '-'.repeat(width + 2 + numWidth),
    ...rows.map(([k, n]) => line(k, String(n))),
    line('total', String(total)),
  ].join('\n');
}

async function run(opts: StatsCliOptions): Promise<void> {
  const [{ loadConfig }, { openStore }] = await Promise.all([
    import('../../graph/config.ts'),
    import('../../graph/open.ts'),
  ]);
  const config = loadConfig({ neo4j: opts.neo4j, dataFile: opts.data });
  const store = await openStore(config);
  try {
    const stats = await store.stats();
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(stats)}\n`);
      return;
    }
    // An actor carries `Actor` and its kind label: count nodes once, then break actors down by kind.
    const kinds = Object.fromEntries(KIND_LABELS.filter((k) => stats.nodes[k]).map((k) => [k, stats.nodes[k]!]));
    const nodes = Object.fromEntries(Object.entries(stats.nodes).filter(([l]) => !KIND_LABELS.includes(l)));
    process.stdout.write(`${config.store === 'neo4j' ? `Neo4j at ${config.neo4j.uri}` : config.dataFile}\n\n`);
    process.stdout.write(`${formatTable('Node label', nodes)}\n\n${formatTable('Actor kind', kinds)}\n\n`);
    process.stdout.write(`${formatTable('Relationship type', stats.relationships)}\n`);
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('stats')
    .summary('count nodes by label and relationships by type')
    .description('Count the nodes of the graph by label and its relationships by type.')
    .option('--neo4j', 'read Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)')
    .option('--data <file>', DATA_OPTION_HELP)
    .option('--json', 'print {"nodes": {...}, "relationships": {...}} as JSON')
    .addHelpText('after', '\nExamples:\n  kg stats\n  kg stats --neo4j --json')
    .action((opts: StatsCliOptions) => run(opts));
}
