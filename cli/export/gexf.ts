// GEXF 1.3 (Gephi, Gephi Lite, sigma.js) through graphology-gexf: viz colours, sizes and positions, attributes typed.
// Version 1.3 because the library's 1.2 output declares a malformed viz namespace ("http:///www.gexf.net/1.1draft/viz").
import { write } from 'graphology-gexf';
import type { MultiDirectedGraph } from 'graphology';

export function toGexf(graph: MultiDirectedGraph): string {
  graph.setAttribute('creator', 'newsgraph (kg export)');
  graph.setAttribute('description', 'Actors, claims, incidents and articles; who said what, about whom, through whom');
  return write(graph, { version: '1.3', pretty: true });
}
