// `kg trace --claim <id>` / `kg trace --actor "<name>"`: who-said-what chains as a tree, or as JSON with --json.
// In: flags and the configured store (embedded by default, Neo4j with NEO4J_URI or --neo4j). Out: stdout.
import type { Command } from 'commander';

import { InvalidArgumentError } from '../../graph/errors.ts';
import type { TraceQuery } from '../../graph/store.ts';
import { DATA_OPTION_HELP } from './options.ts';

interface TraceFlags {
  claim?: string;
  actor?: string;
  limit?: string;
  json?: boolean;
  neo4j?: boolean;
  data?: string;
}

export function register(program: Command): void {
  program
    .command('trace')
    .summary('print who-said-what chains for a claim or an actor')
    .description('Print who-said-what chains (publisher → relays → speaker → claim, then denials and confirmations).')
    .option('--claim <id>', 'trace one claim by its id')
    .option('--actor <name>', 'trace every claim an actor made, relayed, published or answered (name, alias or id)')
    .option(
      '--limit <n>',
      'at most this many claims for --actor (default 25, at most 500); the tree says when more exist',
    )
    .option('--json', 'print the trace as JSON')
    .option('--neo4j', 'use Neo4j (NEO4J_URI, default bolt://127.0.0.1:7687)')
    .option('--data <file>', DATA_OPTION_HELP)
    .action(async (flags: TraceFlags) => {
      if (!!flags.claim === !!flags.actor)
        throw new InvalidArgumentError('trace: give exactly one of --claim <id> or --actor "<name>"');
      const limit = flags.limit === undefined ? undefined : Number(flags.limit);
      if (limit !== undefined && !Number.isInteger(limit))
        throw new InvalidArgumentError(`trace: --limit must be a whole number, got "${flags.limit}"`);
      const query: TraceQuery = flags.claim ? { claimId: flags.claim, limit } : { actor: flags.actor!, limit };
      const [{ loadConfig }, { openStore }, { formatTraceTree }] = await Promise.all([
        import('../../graph/config.ts'),
        import('../../graph/open.ts'),
        import('../../graph/trace/tree.ts'),
      ]);
      const store = await openStore(loadConfig({ neo4j: flags.neo4j, dataFile: flags.data }));
      try {
        const result = await store.trace(query);
        process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatTraceTree(result));
      } finally {
        await store.close();
      }
    });
}
