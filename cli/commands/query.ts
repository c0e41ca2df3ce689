// `kg query '<cypher>'`: runs one Cypher query on Neo4j in a read-only session.
// Out: an aligned text table on stdout (or JSON with --json); writes are refused by Neo4j itself.
import type { Command } from 'commander';

import { InvalidArgumentError, KgError } from '../../graph/errors.ts';

interface QueryCliOptions {
  neo4j?: boolean;
  json?: boolean;
  params?: string;
  limit: string;
  timeout: string;
}

/** One cell as text: strings bare, nodes as (:Label {id}), relationships as [:TYPE], the rest as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.labels) && 'props' in o)
      return `(:${(o.labels as string[]).join(':')} ${JSON.stringify(o.id)})`;
    if (typeof o.type === 'string' && 'props' in o) return `[:${o.type}]`;
  }
  return JSON.stringify(v);
}

/** An aligned table, each cell on one line and cut at `maxWidth` characters. */
export function formatRows(columns: string[], rows: unknown[][], maxWidth = 60): string {
  const clip = (s: string) => {
    const one = s.replace(/\s+/g, ' ');
    return one.length > maxWidth ? `${one.slice(0, maxWidth - 1)}…` : one;
  };
  const cells = rows.map((r) => r.map((v) => clip(cellText(v))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError(`--${name}: expecting a positive whole number, got ${JSON.stringify(raw)}`);
  return n;
}

function parseParams(raw: string | undefined): Record<string, unknown> {
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    throw new InvalidArgumentError(`--params: not valid JSON (${(err as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InvalidArgumentError('--params: expecting a JSON object, e.g. \'{"id": "russia"}\'');
  }
  return parsed as Record<string, unknown>;
}

async function run(cypher: string, opts: QueryCliOptions): Promise<void> {
  const limit = positiveInt('limit', opts.limit);
  const timeoutMs = positiveInt('timeout', opts.timeout);
  const params = parseParams(opts.params);
  const { loadConfig } = await import('../../graph/config.ts');
  const config = loadConfig({ neo4j: opts.neo4j });
  if (config.store !== 'neo4j') {
    throw new KgError(
      'CONFIG_INVALID',
      'kg query needs Neo4j: set NEO4J_URI (e.g. bolt://127.0.0.1:7687) or pass --neo4j, after starting one with `npm run neo4j` or `docker compose up -d`.',
    );
  }
  const { Neo4jStore } = await import('../../graph/neo4j/store.ts');
  const store = new Neo4jStore(config.neo4j);
  try {
    const result = await store.readQuery(cypher, { params, limit, timeoutMs });
    if (opts.json) {
      const objects = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])));
      process.stdout.write(
        `${JSON.stringify({ columns: result.columns, rows: objects, truncated: result.truncated })}\n`,
      );
      return;
    }
    if (result.columns.length) process.stdout.write(`${formatRows(result.columns, result.rows)}\n`);
    const more = result.truncated ? ` (stopped at --limit ${limit}; more rows exist)` : '';
    process.stderr.write(
      `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} in ${result.elapsedMs} ms${more}\n`,
    );
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('query')
    .summary('run a read-only Cypher query on Neo4j')
    .description(
      'Run one Cypher query on Neo4j in a read-only session: Neo4j refuses any write. ' +
        'Prints an aligned table (nodes as (:Label "id"), relationships as [:TYPE]) or, with --json, full values.',
    )
    .argument('<cypher>', 'the Cypher query; pass values with $name and --params, never by pasting them in')
    .option('--neo4j', 'use Neo4j even when NEO4J_URI is unset (default bolt://127.0.0.1:7687)')
    .option('--params <json>', 'query parameters as a JSON object, e.g. \'{"id": "russia"}\'')
    .option('--limit <n>', 'stop after this many rows', '1000')
    .option('--timeout <ms>', 'server-side transaction timeout in milliseconds', '30000')
    .option('--json', 'print {"columns": [...], "rows": [{column: value}], "truncated": bool}')
    .addHelpText(
      'after',
      `
Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (start a local Neo4j with \`npm run neo4j\`).

Examples:
  kg query 'MATCH (a:Actor) RETURN a.name, a.kind, COUNT { (a)--() } AS degree ORDER BY degree DESC LIMIT 10'
  kg query 'MATCH (s:Actor)-[r:CLAIMS|DENIES|CONFIRMS]->(c:Claim) WHERE s.id = $id RETURN type(r), c.text' --params '{"id": "russia"}'
  kg query "CALL db.index.fulltext.queryNodes('kg_fulltext', 'damascus') YIELD node, score RETURN node.name, score" --json`,
    )
    .action((cypher: string, opts: QueryCliOptions) => run(cypher, opts));
}
