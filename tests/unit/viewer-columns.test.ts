// The full view's snapshot in two steps (nodes for the first frame, edges a frame later): the same dataset,
// sizes and visible nodes as building it in one go from the object format.
import { describe, expect, it } from 'vitest';

import type { GraphEdge, GraphNode } from '../../graph/store.ts';
import { toColumns } from '../../viewer/server/columns.ts';
import { packColumns, packIds, packInts, packValues } from '../../viewer/server/packed.ts';
import { DEFAULT_FILTERS } from '../../viewer/src/filters/types.ts';
import { computeVisibility, filtersByEvidence } from '../../viewer/src/filters/visibility.ts';
import {
  type Dataset,
  addEdgesFromColumns,
  buildDataset,
  degreesFromColumns,
  nodesFromColumns,
} from '../../viewer/src/graph/dataset.ts';
import { unpackColumns } from '../../viewer/src/graph/packed.ts';
import { nodeSizes } from '../../viewer/src/graph/sizes.ts';

const nodes: GraphNode[] = [
  { id: 'kenyatta', labels: ['Actor', 'Person'], props: { id: 'kenyatta', name: 'Uhuru Kenyatta' } },
  { id: 'iebc', labels: ['Actor', 'Organization'], props: { id: 'iebc', name: 'IEBC' } },
  { id: 'nation', labels: ['Actor', 'Organization'], props: { id: 'nation', name: 'Daily Nation' } },
  { id: 'c1', labels: ['Claim'], props: { id: 'c1', text: 'The tally was doctored.' } },
  { id: 'a1', labels: ['Article'], props: { id: 'a1', title: 'Poll body rejects claims', publishedAt: '2017-08-10' } },
  { id: 'i1', labels: ['Incident'], props: { id: 'i1', date: '2017-08-08' } },
];
const edge = (key: string, type: string, source: string, target: string, props: GraphEdge['props'] = {}) => ({
  key,
  type,
  source,
  target,
  props,
});
const edges: GraphEdge[] = [
  edge('r1', 'CLAIMS', 'kenyatta', 'c1', { article: 'a1' }),
  edge('r2', 'DENIES', 'iebc', 'c1', { article: 'a1' }),
  edge('r3', 'REPORTS', 'nation', 'c1', { article: 'a1', stance: 'denies' }),
  edge('r4', 'PUBLISHED', 'nation', 'a1'),
  // Parallel edges, both directions, and a self-loop (counted twice in a degree, as graphology counts it).
  edge('r5', 'MET_WITH', 'kenyatta', 'iebc'),
  edge('r6', 'MET_WITH', 'iebc', 'kenyatta'),
  edge('r7', 'ABOUT', 'c1', 'i1'),
  edge('r8', 'MENTIONED_IN', 'kenyatta', 'kenyatta'),
];

const attrs = (g: Dataset) => ({
  nodes: g.mapNodes((n, a) => [n, a]),
  edges: g.mapEdges((e, a, s, t) => [e, s, t, a]),
});

describe('full view snapshot, nodes first', () => {
  const columns = toColumns({ nodes, edges, truncated: false });
  const whole = buildDataset(nodes, edges);

  it('builds the same dataset in two steps, and sizes by the degrees the columns give before the edges are in', () => {
    const graph = nodesFromColumns(columns);
    expect(graph.size).toBe(0);
    const degrees = degreesFromColumns(columns);
    const sizes = nodeSizes(graph, 'degree', degrees);
    expect(degrees.get('kenyatta')).toBe(5);
    addEdgesFromColumns(graph, columns);
    expect(attrs(graph)).toEqual(attrs(whole));
    for (const n of whole.nodes()) expect(degrees.get(n)).toBe(whole.degree(n));
    expect(sizes).toEqual(nodeSizes(whole, 'degree'));
  });

  it('shows the same nodes without the edges unless a filter keeps nodes by their evidence', () => {
    const graph = nodesFromColumns(columns);
    const kinds = { ...DEFAULT_FILTERS, hiddenKinds: ['Incident' as const] };
    expect(filtersByEvidence(kinds)).toBe(false);
    expect(computeVisibility(graph, kinds).nodes).toEqual(computeVisibility(whole, kinds).nodes);
    const stances = { ...DEFAULT_FILTERS, hiddenStances: ['denies' as const] };
    expect(filtersByEvidence(stances)).toBe(true);
    expect(computeVisibility(graph, stances).nodes.size).toBe(0);
    expect(computeVisibility(whole, stances).nodes.size).toBeGreaterThan(0);
  });

  it('skips a repeated edge key as the object format does', () => {
    const repeated = toColumns({ nodes, edges: [...edges, edge('r1', 'CLAIMS', 'iebc', 'c1')], truncated: false });
    const graph = nodesFromColumns(repeated);
    addEdgesFromColumns(graph, repeated);
    expect(graph.size).toBe(edges.length);
    expect(graph.extremities('r1')).toEqual(['kenyatta', 'c1']);
  });
});

describe('packed full view (format=packed)', () => {
  it('unpacks to the very columns it was packed from, through JSON', () => {
    // Hex keys, a repeated article id, runs of one source: each column takes its packed form.
    const hex = (i: number) => i.toString(16).padStart(32, '0');
    const many = Array.from({ length: 40 }, (_, i) =>
      edge(hex(i * 7919), i % 3 ? 'CLAIMS' : 'REPORTS', i < 30 ? 'nation' : 'iebc', 'c1', {
        article: i % 2 ? 'a1' : 'a2',
        ...(i % 3 ? {} : { stance: i % 2 ? 'denies' : 'claims' }),
        ...(i === 5 ? { note: ['a list', 'stays as it is'] } : {}),
      }),
    );
    const columns = toColumns({ nodes, edges: many, truncated: true });
    const packed = packColumns(columns);
    expect(packed.edges.key).toHaveProperty('hex32');
    expect(packed.edges.source).toEqual({ runs: [2, 30, 1, 10] });
    expect(packed.edges.props.article).toEqual({
      dict: ['a2', 'a1'],
      index: Array.from({ length: 40 }, (_, i) => i % 2),
    });
    const wire = JSON.stringify(packed);
    expect(wire.length).toBeLessThan(JSON.stringify(columns).length * 0.75);
    expect(unpackColumns(JSON.parse(wire) as typeof packed)).toEqual(columns);
    // Keys that are not all 32 hex digits, and the small snapshot above, go as they are and come back the same.
    const plain = toColumns({ nodes, edges, truncated: false });
    expect(unpackColumns(JSON.parse(JSON.stringify(packColumns(plain))) as typeof packed)).toEqual(plain);
  });

  it('keeps a column as it is when packing would not shrink it', () => {
    expect(packInts([1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
    expect(packInts([7, 7, 7, 7, 7, 7, 7, 7, 2])).toEqual({ runs: [7, 8, 2, 1] });
    expect(packValues(['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(packValues([true, null, true, null, 1, 1])).toEqual({ dict: [true, null, 1], index: [0, 1, 0, 1, 2, 2] });
    expect(packIds(['0'.repeat(32), 'A'.repeat(32)])).toEqual(['0'.repeat(32), 'A'.repeat(32)]);
  });
});
