// GraphML (yEd, Cytoscape, Gephi, NetworkX, igraph): one <key> per attribute and domain with its type inferred from
// the values, then nodes and edges with <data>. graphology-graphml only parses, so this writes; the tests parse it back.
import type { MultiDirectedGraph } from 'graphology';

import type { Flat } from './graph.ts';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');

type KeyType = 'boolean' | 'int' | 'long' | 'double' | 'string';

function typeOf(values: Array<string | number | boolean>): KeyType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) {
    if (!values.every((v) => Number.isInteger(v))) return 'double';
    return values.every((v) => Math.abs(v as number) <= 0x7fffffff) ? 'int' : 'long';
  }
  return 'string';
}

/** The keys of one domain: attribute name → [key id, type], in first-seen order. */
function keysOf(domain: 'node' | 'edge', rows: Flat[]): Map<string, [string, KeyType]> {
  const values = new Map<string, Array<string | number | boolean>>();
  for (const row of rows)
    for (const [k, v] of Object.entries(row)) (values.get(k) ?? values.set(k, []).get(k)!).push(v);
  let i = 0;
  return new Map([...values].map(([name, vs]) => [name, [`${domain[0]}${i++}`, typeOf(vs)]]));
}

export function toGraphml(graph: MultiDirectedGraph): string {
  const nodeRows = graph.mapNodes((_, a) => a as Flat);
  const edgeRows = graph.mapEdges((_, a) => a as Flat);
  const nodeKeys = keysOf('node', nodeRows);
  const edgeKeys = keysOf('edge', edgeRows);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [domain, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const)
    for (const [name, [id, type]] of keys)
      out.push(`  <key id="${id}" for="${domain}" attr.name="${esc(name)}" attr.type="${type}"/>`);
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  const data = (keys: Map<string, [string, KeyType]>, attrs: Flat, indent: string) =>
    Object.entries(attrs).map(([k, v]) => `${indent}<data key="${keys.get(k)![0]}">${esc(String(v))}</data>`);
  graph.forEachNode((n, a) => {
    out.push(`    <node id="${esc(n)}">`, ...data(nodeKeys, a as Flat, '      '), '    </node>');
  });
  graph.forEachEdge((e, a, s, t) => {
    out.push(
      `    <edge id="${esc(e)}" source="${esc(s)}" target="${esc(t)}">`,
      ...data(edgeKeys, a as Flat, '      '),
      '    </edge>',
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
