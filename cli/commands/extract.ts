// Placeholder until the `extract` command lands; replace this file whole.
import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('extract').description('(not built yet)').action(() => {
    throw new Error('kg extract is not built yet');
  });
}
