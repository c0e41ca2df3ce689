// Runs one user-written Cypher query read-only (READ session + executeRead), with a timeout and a row cap.
// In: a driver, Cypher text, params. Out: { columns, rows } of plain JS values (see values.ts toPlain).
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';

import { InvalidArgumentError, KgError } from '../errors.ts';
import { firstLine, mapDriverError } from './errors.ts';
import { type PlanNode, refusal } from './policy.ts';
import { sizeWithin } from './size.ts';
import { toParam, toPlain } from './values.ts';

export interface ReadQueryOptions {
  params?: Record<string, unknown>;
  /** Maximum rows returned (default 1000); more rows set `truncated`. */
  limit?: number;
  /** Server-side transaction timeout in milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Most bytes of rows returned (JSON size, default 4 MB); more set `truncated`, one larger row is an error. */
  maxBytes?: number;
  database?: string;
}

export interface ReadQueryResult {
  columns: string[];
  rows: unknown[][];
  /** True when the query produced more than `limit` rows or `maxBytes` of them. */
  truncated: boolean;
  elapsedMs: number;
}

export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Executes `cypher` in a READ access-mode session, so Neo4j itself refuses any write
 * (Neo.ClientError.Statement.AccessMode), after Neo4j's EXPLAIN of it passed the console policy (policy.ts);
 * stops reading after `limit` rows or `maxBytes`.
 */
export async function runReadQuery(
  driver: Driver,
  cypher: string,
  options: ReadQueryOptions & { uri?: string; user?: string } = {},
): Promise<ReadQueryResult> {
  if (!cypher.trim()) throw new InvalidArgumentError('empty Cypher query');
  const limit = Math.max(1, Math.floor(options.limit ?? 1000));
  const timeoutMs = Math.max(1, Math.floor(options.timeoutMs ?? 30_000));
  const maxBytes = Math.max(1, Math.floor(options.maxBytes ?? DEFAULT_MAX_BYTES));
  const params = toParam(options.params ?? {}) as Record<string, unknown>;
  const t0 = Date.now();
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    database: options.database,
    fetchSize: Math.min(limit + 1, 1000),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        await checkPolicy(tx, cypher, params);
        const result = tx.run(cypher, params);
        const rows: unknown[][] = [];
        let columns: string[] | null = null;
        let truncated = false;
        let bytes = 0;
        for await (const record of result) {
          columns ??= [...record.keys] as string[];
          if (rows.length === limit) {
            truncated = true;
            break;
          }
          const row = record.keys.map((k) => record.get(k));
          // Measured before converting, stopping at the budget: a 5M-element list costs no more than the cap.
          const size = sizeWithin(row, maxBytes - bytes);
          if (size === null) {
            if (!rows.length)
              throw new InvalidArgumentError(
                `the first row is larger than ${maxBytes} bytes; return less of it (a slice, size(), a LIMIT)`,
              );
            truncated = true;
            break;
          }
          bytes += size;
          rows.push(row.map(toPlain));
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

/** Plans the query (EXPLAIN runs nothing) in the same transaction and refuses it when the policy says so. */
async function checkPolicy(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<void> {
  const { summary } = await tx.run(`EXPLAIN ${cypher}`, params);
  const queryType = summary.queryType as string | undefined;
  if (queryType === 'w' || queryType === 'rw')
    throw new KgError('STORE_READONLY', 'queries here are read-only; this one tries to write');
  const why = refusal(queryType, summary.plan === false ? null : (summary.plan as unknown as PlanNode));
  if (why) throw new KgError('QUERY_REFUSED', `query refused: ${why}`);
}

function mapQueryError(err: unknown, timeoutMs: number, uri: string, user: string): unknown {
  if (err instanceof KgError) return err;
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
