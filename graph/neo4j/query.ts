// Runs one user-written Cypher query read-only (READ session + executeRead), with a timeout and a row cap.
// In: a driver, Cypher text, params. Out: { columns, rows } of plain JS values (see values.ts toPlain).
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';

import { InvalidArgumentError, KgError } from '../errors.ts';
import { firstLine, mapDriverError } from './errors.ts';
import { toParam, toPlain } from './values.ts';

export interface ReadQueryOptions {
  params?: Record<string, unknown>;
  /** Maximum rows returned (default 1000); more rows set `truncated`. */
  limit?: number;
  /** Server-side transaction timeout in milliseconds (default 30 000). */
  timeoutMs?: number;
  database?: string;
}

export interface ReadQueryResult {
  columns: string[];
  rows: unknown[][];
  /** True when the query produced more than `limit` rows. */
  truncated: boolean;
  elapsedMs: number;
}

/**
 * Executes `cypher` in a READ access-mode session, so Neo4j itself refuses any write
 * (Neo.ClientError.Statement.AccessMode); stops reading after `limit` rows.
 */
export async function runReadQuery(
  driver: Driver,
  cypher: string,
  options: ReadQueryOptions & { uri?: string; user?: string } = {},
): Promise<ReadQueryResult> {
  if (!cypher.trim()) throw new InvalidArgumentError('empty Cypher query');
  const limit = Math.max(1, Math.floor(options.limit ?? 1000));
  const timeoutMs = Math.max(1, Math.floor(options.timeoutMs ?? 30_000));
  const t0 = Date.now();
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    database: options.database,
    fetchSize: Math.min(limit + 1, 1000),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(cypher, toParam(options.params ?? {}) as Record<string, unknown>);
        const rows: unknown[][] = [];
        let columns: string[] | null = null;
        let truncated = false;
        for await (const record of result) {
          columns ??= [...record.keys] as string[];
          if (rows.length === limit) {
            truncated = true;
            break;
          }
          rows.push(record.keys.map((k) => toPlain(record.get(k))));
        }
        columns ??= ((await result.keys()) as string[]).slice();
        return { columns, rows, truncated, elapsedMs: Date.now() - t0 };
      },
      { timeout: timeoutMs, metadata: { app: 'kg', purpose: 'read-only query' } },
    );
  } catch (err) {
    throw mapQueryError(err, timeoutMs, options.uri ?? '(neo4j)', options.user ?? 'neo4j');
  } finally {
    await session.close();
  }
}

function mapQueryError(err: unknown, timeoutMs: number, uri: string, user: string): unknown {
  if (!(err instanceof Neo4jError)) return mapDriverError(err, uri, user);
  const code = err.code ?? '';
  if (
    code === 'Neo.ClientError.Statement.AccessMode' ||
    /write.*read access mode|read access mode/i.test(err.message)
  ) {
    return new KgError(
      'STORE_READONLY',
      `queries here are read-only; this one tries to write (${firstLine(err.message)})`,
      { cause: err },
    );
  }
  if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
    return new InvalidArgumentError(
      `query stopped after its ${timeoutMs} ms timeout; narrow it (a LIMIT, a MATCH anchored on an id) or allow more time (kg query --timeout <ms>)`,
    );
  }
  if (code.startsWith('Neo.ClientError.Statement') || code.startsWith('Neo.ClientError.Procedure')) {
    return new InvalidArgumentError(`Cypher error: ${firstLine(err.message)}`);
  }
  return mapDriverError(err, uri, user);
}
