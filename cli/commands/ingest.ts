// Placeholder until the `ingest` command lands; replace this file whole.
import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('ingest').description('(not built yet)').action(() => {
    throw new Error('kg ingest is not built yet');
  });
}
