// Placeholder until the `trace` command lands; replace this file whole.
import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('trace').description('(not built yet)').action(() => {
    throw new Error('kg trace is not built yet');
  });
}
