// The `kg` command line. Each command lives in cli/commands/<name>.ts and registers itself.
// Only this file catches errors: it prints one line and sets the exit code (as Vite's cli.ts).
import { Command } from 'commander';

import { KgError } from '../graph/errors.ts';
import { register as extract } from './commands/extract.ts';
import { register as ingest } from './commands/ingest.ts';
import { register as query } from './commands/query.ts';
import { register as serve } from './commands/serve.ts';
import { register as stats } from './commands/stats.ts';
import { register as trace } from './commands/trace.ts';

const program = new Command('kg')
  .description('Turn news articles into a knowledge graph of actors, events and assertions.')
  .showHelpAfterError();

for (const register of [extract, ingest, stats, query, trace, serve]) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const message = err instanceof KgError ? `kg: ${err.message}` : `kg: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`${message}\n`);
  if (process.env.KG_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 2;
}
