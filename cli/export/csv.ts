// CSV files in the header format of `neo4j-admin database import full`, for bulk-loading a large graph into an
// empty Neo4j: one nodes file per model label, one relationships file per type, typed headers (`:long`, `:string[]`),
// plus the store's own lookup key (searchKey) so the imported database works with kg as one loaded over Bolt.
// In: a Subgraph and a folder. Out: the files written and the exact import command.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { PropValue } from '../../graph/model.ts';
import { searchKey } from '../../graph/neo4j/keys.ts';
import { NODE_LABELS } from '../../graph/neo4j/schema.ts';
import type { Subgraph } from '../../graph/store.ts';

/** neo4j-admin's default array delimiter; a list element holding it would split, so it is replaced (and counted). */
export const ARRAY_DELIMITER = ';';

type Row = Record<string, PropValue | undefined>;

/** The header suffix for a column from its values: `:long`, `:double`, `:boolean`, `:string[]`, ... or none. */
export function columnType(values: Array<PropValue | undefined>): string {
  const present = values.filter((v) => v !== null && v !== undefined) as Exclude<PropValue, null>[];
  if (!present.length) return '';
  const numeric = (xs: unknown[]) =>
    xs.every((x) => typeof x === 'number') ? (xs.every((x) => Number.isInteger(x)) ? 'long' : 'double') : null;
  if (present.every((v) => Array.isArray(v))) {
    const items = present.flat();
    return `:${(items.length && numeric(items)) || 'string'}[]`;
  }
  if (present.every((v) => typeof v === 'boolean')) return ':boolean';
  const n = numeric(present);
  return n ? `:${n}` : '';
}

/** One CSV cell: empty (no property) for null, strings always quoted with `""` inside, lists joined. */
function cell(v: PropValue | undefined, type: string, replaced: { count: number }): string {
  if (v === null || v === undefined) return '';
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  if (Array.isArray(v)) {
    const items = v.map((x) => {
      const s = String(x);
      if (!s.includes(ARRAY_DELIMITER)) return s;
      replaced.count++;
      return s.split(ARRAY_DELIMITER).join(',');
    });
    return quote(items.join(ARRAY_DELIMITER));
  }
  if (typeof v === 'string') return quote(v);
  return type === '' ? quote(String(v)) : String(v);
}

/** One line of a file: its leading cells (ids, labels, type), already written, and its properties. */
interface Line {
  fixed: string[];
  props: Row;
}

/** A CSV file: the fixed leading columns, then every property any line has, typed from its values. */
function table(fixedHeader: string[], lines: Line[], replaced: { count: number }): string {
  const names = [...new Set(lines.flatMap((l) => Object.keys(l.props)))];
  const types = names.map((n) => columnType(lines.map((l) => l.props[n])));
  const header = [...fixedHeader, ...names.map((n, i) => `${n}${types[i]}`)].join(',');
  const body = lines.map((l) => [...l.fixed, ...names.map((n, i) => cell(l.props[n], types[i]!, replaced))].join(','));
  return `${[header, ...body].join('\n')}\n`;
}

export interface CsvExport {
  files: { nodes: string[]; relationships: string[] };
  /** The neo4j-admin command that loads the files into an empty database (run with the server stopped). */
  command: string;
  /** List elements that held the array delimiter (written with ',' instead). */
  replaced: number;
}

export function writeNeo4jCsv(sub: Subgraph, dir: string, database = 'neo4j'): CsvExport {
  mkdirSync(dir, { recursive: true });
  const replaced = { count: 0 };
  const quoteId = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const files: CsvExport['files'] = { nodes: [], relationships: [] };

  const byLabel = new Map<string, Line[]>();
  for (const n of sub.nodes) {
    const model = n.labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) ?? n.labels[0] ?? 'Node';
    const props: Row = { ...n.props, searchKey: searchKey(model, n.props) };
    delete props.id; // the id:ID column stores it as the `id` property
    const line = { fixed: [quoteId(n.id), n.labels.join(ARRAY_DELIMITER)], props };
    (byLabel.get(model) ?? byLabel.set(model, []).get(model)!).push(line);
  }
  for (const [label, lines] of byLabel) {
    const file = path.join(dir, `nodes-${label}.csv`);
    writeFileSync(file, table(['id:ID', ':LABEL'], lines, replaced));
    files.nodes.push(file);
  }

  const byType = new Map<string, Line[]>();
  for (const e of sub.edges) {
    const line = { fixed: [quoteId(e.source), quoteId(e.target), e.type], props: { key: e.key, ...e.props } };
    (byType.get(e.type) ?? byType.set(e.type, []).get(e.type)!).push(line);
  }
  for (const [type, lines] of byType) {
    const file = path.join(dir, `rels-${type}.csv`);
    writeFileSync(file, table([':START_ID', ':END_ID', ':TYPE'], lines, replaced));
    files.relationships.push(file);
  }

  // The database goes first: --nodes/--relationships take several files each and would swallow a name after them.
  const command = [
    `neo4j-admin database import full ${database}`,
    '--overwrite-destination',
    '--multiline-fields=true',
    `--array-delimiter="${ARRAY_DELIMITER}"`,
    ...files.nodes.map((f) => `--nodes=${shellQuote(f)}`),
    ...files.relationships.map((f) => `--relationships=${shellQuote(f)}`),
  ].join(' \\\n  ');
  return { files, command, replaced: replaced.count };
}

const shellQuote = (s: string) => (/^[\w./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
