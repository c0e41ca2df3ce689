// The packed full view (/api/graph?format=packed, viewer/server/packed.ts) back to the plain columns the dataset
// stage reads: the same arrays, value for value. In: PackedColumns. Out: GraphColumns.
import type { GraphColumns } from '../../server/columns.ts';
import type { IdColumn, IntColumn, PackedColumns, ValueColumn } from '../../server/packed.ts';

export function unpackInts(c: IntColumn): number[] {
  if (Array.isArray(c)) return c;
  const out: number[] = [];
  for (let i = 0; i < c.runs.length; i += 2) for (let n = c.runs[i + 1]!; n > 0; n--) out.push(c.runs[i]!);
  return out;
}

export function unpackValues<T>(c: T[] | { dict: T[]; index: IntColumn }): T[] {
  if (Array.isArray(c)) return c;
  return unpackInts(c.index).map((i) => c.dict[i]!);
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function unpackIds(c: IdColumn): string[] {
  if (Array.isArray(c)) return c;
  const bytes = atob(c.hex32);
  const out = new Array<string>(bytes.length / 16);
  for (let r = 0; r < out.length; r++) {
    let s = '';
    for (let b = r * 16; b < r * 16 + 16; b++) s += HEX[bytes.charCodeAt(b)];
    out[r] = s;
  }
  return out;
}

const unpackProps = (props: Record<string, ValueColumn>) =>
  Object.fromEntries(Object.entries(props).map(([k, col]) => [k, unpackValues(col)]));

export function unpackColumns(p: PackedColumns): GraphColumns {
  return {
    format: 'columns',
    truncated: p.truncated,
    nodes: {
      id: p.nodes.id,
      labelSets: p.nodes.labelSets,
      labels: unpackInts(p.nodes.labels),
      props: unpackProps(p.nodes.props),
    },
    edges: {
      key: unpackIds(p.edges.key),
      types: p.edges.types,
      type: unpackInts(p.edges.type),
      source: unpackInts(p.edges.source),
      target: unpackInts(p.edges.target),
      outside: p.edges.outside,
      props: unpackProps(p.edges.props),
    },
  };
}
