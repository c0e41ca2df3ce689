// Option parsers shared by the ingest-side commands (extract, ingest, stats).
// In: raw option strings. Out: validated values, or commander's InvalidArgumentError (a usage error).
import { InvalidArgumentError } from 'commander';

/** `--max-size <MB>` → bytes. */
export function parseMaxSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('Expecting a positive number of megabytes.');
  return Math.round(mb * 1024 * 1024);
}

/** `--interval <seconds>` → seconds (at least one). */
export function parseInterval(value: string): number {
  const s = Number(value);
  if (!Number.isFinite(s) || s < 1) throw new InvalidArgumentError('Expecting a number of seconds, at least 1.');
  return s;
}

/** A positive number (`--workers`, `--timeout`). */
export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('Expecting a positive number.');
  return n;
}

/** `--data <file>`'s help, the same in every command that opens the embedded store. */
export const DATA_OPTION_HELP =
  'the embedded store, a SQLite file (default: KG_DATA or data/graph.db; an old graph.json is moved in once)';
