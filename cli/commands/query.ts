// Placeholder until the `query` command lands; replace this file whole.
import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('query').description('(not built yet)').action(() => {
    throw new Error('kg query is not built yet');
  });
}
