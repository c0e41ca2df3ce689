// Placeholder until the `stats` command lands; replace this file whole.
import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('stats').description('(not built yet)').action(() => {
    throw new Error('kg stats is not built yet');
  });
}
