// The `kg` command line. Each command lives in cli/commands/<name>.ts and registers itself.
// Only this file catches errors: it prints one line and sets the exit code (as Vite's cli.ts).
import { Command } from 'commander';

import { KgError } from '../graph/errors.ts';
import { packageVersion } from './root.ts';

const program = new Command('kg')
  .description('Turn news articles into a knowledge graph of actors, events and assertions.')
  .version(packageVersion(), '-V, --version', 'print the version')
  .showHelpAfterError();

// Commands load lazily: `kg extract` must start fast and must not load (or be broken by) the viewer or the
// Neo4j driver that other commands import. `kg --help` and unknown commands load them all.
const COMMANDS = {
  extract: () => import('./commands/extract.ts'),
  ingest: () => import('./commands/ingest.ts'),
  stats: () => import('./commands/stats.ts'),
  query: () => import('./commands/query.ts'),
  trace: () => import('./commands/trace.ts'),
  export: () => import('./commands/export.ts'),
  schema: () => import('./commands/schema.ts'),
  serve: () => import('./commands/serve.ts'),
  actors: () => import('./commands/actors.ts'),
  resolve: () => import('./commands/resolve.ts'),
};
const asked = process.argv[2] === 'help' ? process.argv[3] : process.argv[2];
const names =
  asked === '--version' || asked === '-V'
    ? []
    : asked && Object.hasOwn(COMMANDS, asked)
      ? [asked as keyof typeof COMMANDS]
      : (Object.keys(COMMANDS) as Array<keyof typeof COMMANDS>);

try {
  for (const name of names) (await COMMANDS[name]()).register(program);
  await program.parseAsync(process.argv);
} catch (err) {
  const message =
    err instanceof KgError ? `kg: ${err.message}` : `kg: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`${message}\n`);
  if (process.env.KG_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 2;
}
