// The full view's columns packed for the wire (/api/graph?format=packed): the same GraphColumns with each column in
// its smallest of a few lossless forms. At 10,000 stories the edges repeat 5,228 article ids over 88,581 rows and a
// handful of stances, a source row runs over ~25 edges, and every key is 32 hex digits: packed, the full view is
// about half the JSON. In: GraphColumns. Out: PackedColumns; viewer/src/graph/packed.ts reverses it exactly.
import type { GraphColumns, PropColumns } from './columns.ts';

type Value = PropColumns[string][number];

/** Whole numbers: as they are, or `{ runs: [value, count, value, count, ...] }` when runs are long. */
export type IntColumn = number[] | { runs: number[] };
/** Property values: as they are (null where a row lacks it), or row i is `dict[index[i]]` (dict may hold null). */
export type ValueColumn = Array<Value | null> | { dict: Array<Value | null>; index: IntColumn };
/** Ids: as they are, or, when every one is 32 lowercase hex digits, their 16 bytes each, concatenated, in base64. */
export type IdColumn = string[] | { hex32: string };

export interface PackedColumns {
  format: 'packed';
  truncated: boolean;
  nodes: { id: string[]; labelSets: string[][]; labels: IntColumn; props: Record<string, ValueColumn> };
  edges: {
    key: IdColumn;
    types: string[];
    type: IntColumn;
    source: IntColumn;
    target: IntColumn;
    outside: string[];
    props: Record<string, ValueColumn>;
  };
}

/** Runs pay when they are at least four long on average: each run costs two numbers. */
export function packInts(xs: number[]): IntColumn {
  const runs: number[] = [];
  for (let i = 0; i < xs.length;) {
    let j = i + 1;
    while (j < xs.length && xs[j] === xs[i]) j++;
    runs.push(xs[i]!, j - i);
    if (runs.length * 2 > xs.length) return xs;
    i = j;
  }
  return xs.length ? { runs } : xs;
}

const primitive = (v: unknown) => v === null || typeof v !== 'object';

/** A dictionary when the distinct values are at most half the rows (and are not lists or objects). */
export function packValues(xs: Array<Value | null>): ValueColumn {
  const at = new Map<Value | null, number>();
  const dict: Array<Value | null> = [];
  const index = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i] ?? null;
    if (!primitive(v)) return xs;
    let k = at.get(v);
    if (k === undefined) {
      at.set(v, (k = dict.push(v) - 1));
      if (dict.length * 2 > xs.length) return xs;
    }
    index[i] = k;
  }
  return xs.length ? { dict, index: packInts(index) } : xs;
}

const HEX32 = /^[0-9a-f]{32}$/;

export function packIds(ids: string[]): IdColumn {
  if (!ids.length || !ids.every((id) => HEX32.test(id))) return ids;
  return { hex32: Buffer.from(ids.join(''), 'hex').toString('base64') };
}

const packProps = (props: PropColumns) =>
  Object.fromEntries(Object.entries(props).map(([k, col]) => [k, packValues(col)]));

export function packColumns(c: GraphColumns): PackedColumns {
  return {
    format: 'packed',
    truncated: c.truncated,
    nodes: {
      id: c.nodes.id,
      labelSets: c.nodes.labelSets,
      labels: packInts(c.nodes.labels),
      props: packProps(c.nodes.props),
    },
    edges: {
      key: packIds(c.edges.key),
      types: c.edges.types,
      type: packInts(c.edges.type),
      source: packInts(c.edges.source),
      target: packInts(c.edges.target),
      outside: c.edges.outside,
      props: packProps(c.edges.props),
    },
  };
}
