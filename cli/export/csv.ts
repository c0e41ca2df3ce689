// CSV files in the header format of `neo4j-admin database import full`, for bulk-loading a large graph into an
// empty Neo4j: per model label a nodes file, per type a relationships file, each with a header file of typed columns
// (`:long`, `:string[]`), plus the store's own lookup key (searchKey) so the imported database works with kg as one
// loaded over Bolt. Rows are written as they come (Neo4jCsvWriter), so a graph larger than memory streams through:
// a file's columns are every property seen so far (a row leaves out trailing ones it lacks, which neo4j-admin reads
// as absent) and the header, typed from every value, is written last. In: nodes and edges. Out: files and a command.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

import type { PropValue } from '../../graph/model.ts';
import { searchKey } from '../../graph/neo4j/keys.ts';
import { NODE_LABELS } from '../../graph/neo4j/schema.ts';
import type { GraphEdge, GraphNode, Subgraph } from '../../graph/store.ts';

/** neo4j-admin's default array delimiter; a list element holding it would split, so it is replaced (and counted). */
export const ARRAY_DELIMITER = ';';

type Row = Record<string, PropValue | undefined>;

/** What a column's values were: enough to type it (columnType) without keeping them. */
interface Seen {
  present: number;
  arrays: number;
  booleans: number;
  numbers: number;
  integers: number;
  items: number;
  numericItems: number;
  integerItems: number;
}

const noneSeen = (): Seen => ({
  present: 0,
  arrays: 0,
  booleans: 0,
  numbers: 0,
  integers: 0,
  items: 0,
  numericItems: 0,
  integerItems: 0,
});

function see(s: Seen, v: PropValue | undefined): void {
  if (v === null || v === undefined) return;
  s.present++;
  if (Array.isArray(v)) {
    s.arrays++;
    for (const x of v) {
      s.items++;
      if (typeof x === 'number') s.numericItems++;
      if (Number.isInteger(x)) s.integerItems++;
    }
  } else if (typeof v === 'boolean') s.booleans++;
  else if (typeof v === 'number') {
    s.numbers++;
    if (Number.isInteger(v)) s.integers++;
  }
}

function typeOf(s: Seen): string {
  if (!s.present) return '';
  if (s.arrays === s.present) {
    const numeric = s.items > 0 && s.numericItems === s.items;
    return `:${numeric ? (s.integerItems === s.items ? 'long' : 'double') : 'string'}[]`;
  }
  if (s.booleans === s.present) return ':boolean';
  if (s.numbers === s.present) return s.integers === s.present ? ':long' : ':double';
  return '';
}

/** The header suffix for a column from its values: `:long`, `:double`, `:boolean`, `:string[]`, ... or none. */
export function columnType(values: Array<PropValue | undefined>): string {
  const s = noneSeen();
  for (const v of values) see(s, v);
  return typeOf(s);
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * One CSV cell: empty (no property) for null, strings and lists quoted with `""` inside, numbers and booleans bare
 * (a bare value in a column typed as text is read as that text, so a cell never depends on the column's final type).
 */
function cell(v: PropValue | undefined, replaced: { count: number }): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) {
    const items = v.map((x) => {
      const s = String(x);
      if (!s.includes(ARRAY_DELIMITER)) return s;
      replaced.count++;
      return s.split(ARRAY_DELIMITER).join(',');
    });
    return quote(items.join(ARRAY_DELIMITER));
  }
  return typeof v === 'string' ? quote(v) : String(v);
}

/** Buffered bytes per file before they are written out. */
const FLUSH_AT = 1 << 20;

/** One data file being written and its header: the fixed leading columns, then properties in first-seen order. */
class CsvFile {
  private readonly columns = new Map<string, Seen>();
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  rows = 0;

  constructor(
    readonly data: string,
    readonly header: string,
    private readonly fixedHeader: string[],
  ) {
    this.fd = openSync(data, 'w');
  }

  add(fixed: string[], props: Row, replaced: { count: number }): void {
    for (const k of Object.keys(props))
      if (props[k] !== undefined && !this.columns.has(k)) this.columns.set(k, noneSeen());
    const cells = [...fixed];
    let last = fixed.length;
    for (const [k, seen] of this.columns) {
      const v = props[k];
      see(seen, v);
      const c = cell(v, replaced);
      cells.push(c);
      if (c) last = cells.length;
    }
    // Trailing empty cells left out: a later row may add columns this one never had.
    const line = `${cells.slice(0, last).join(',')}\n`;
    this.buffer.push(line);
    this.buffered += line.length;
    this.rows++;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.buffer.length) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
    const names = [...this.columns].map(([name, seen]) => `${name}${typeOf(seen)}`);
    writeFileSync(this.header, `${[...this.fixedHeader, ...names].join(',')}\n`);
  }
}

export interface CsvExport {
  /** Per label (nodes) and per type (relationships): the header file, then the data file. */
  files: { nodes: Array<[string, string]>; relationships: Array<[string, string]> };
  /** The neo4j-admin command that loads the files into an empty database (run with the server stopped). */
  command: string;
  /** List elements that held the array delimiter (written with ',' instead). */
  replaced: number;
}

/** Writes nodes and relationships as they are given (any number of calls), then the headers and the command. */
export class Neo4jCsvWriter {
  private readonly nodeFiles = new Map<string, CsvFile>();
  private readonly relFiles = new Map<string, CsvFile>();
  private readonly replaced = { count: 0 };
  nodes = 0;
  edges = 0;

  constructor(
    private readonly dir: string,
    private readonly database = 'neo4j',
  ) {
    mkdirSync(dir, { recursive: true });
  }

  private file(files: Map<string, CsvFile>, name: string, fixedHeader: string[]): CsvFile {
    let f = files.get(name);
    if (!f) {
      f = new CsvFile(path.join(this.dir, `${name}.csv`), path.join(this.dir, `${name}.header.csv`), fixedHeader);
      files.set(name, f);
    }
    return f;
  }

  addNodes(nodes: Iterable<GraphNode>): void {
    for (const n of nodes) {
      const model = n.labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) ?? n.labels[0] ?? 'Node';
      const props: Row = { ...n.props, searchKey: searchKey(model, n.props) };
      delete props.id; // the id:ID column stores it as the `id` property
      const f = this.file(this.nodeFiles, `nodes-${model}`, ['id:ID', ':LABEL']);
      f.add([quote(n.id), n.labels.join(ARRAY_DELIMITER)], props, this.replaced);
      this.nodes++;
    }
  }

  addEdges(edges: Iterable<GraphEdge>): void {
    for (const e of edges) {
      const f = this.file(this.relFiles, `rels-${e.type}`, [':START_ID', ':END_ID', ':TYPE']);
      f.add([quote(e.source), quote(e.target), e.type], { key: e.key, ...e.props }, this.replaced);
      this.edges++;
    }
  }

  finish(): CsvExport {
    const pairs = (files: Map<string, CsvFile>) =>
      [...files.values()].map((f) => (f.close(), [f.header, f.data] as [string, string]));
    const files = { nodes: pairs(this.nodeFiles), relationships: pairs(this.relFiles) };
    // The database goes first: --nodes/--relationships take several files each and would swallow a name after them.
    const group = ([header, data]: [string, string]) => `${shellQuote(header)},${shellQuote(data)}`;
    const command = [
      `neo4j-admin database import full ${this.database}`,
      '--overwrite-destination',
      '--multiline-fields=true',
      `--array-delimiter="${ARRAY_DELIMITER}"`,
      // Beside the CSV files, not in whatever folder the command is pasted into.
      `--report-file=${shellQuote(path.join(this.dir, 'import.report'))}`,
      ...files.nodes.map((f) => `--nodes=${group(f)}`),
      ...files.relationships.map((f) => `--relationships=${group(f)}`),
    ].join(' \\\n  ');
    return { files, command, replaced: this.replaced.count };
  }
}

/** A whole Subgraph at once (a selection already in memory). */
export function writeNeo4jCsv(sub: Subgraph, dir: string, database = 'neo4j'): CsvExport {
  const w = new Neo4jCsvWriter(dir, database);
  w.addNodes(sub.nodes);
  w.addEdges(sub.edges);
  return w.finish();
}

const shellQuote = (s: string) => (/^[\w./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
