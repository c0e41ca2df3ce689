// GEXF 1.3 (Gephi, Gephi Lite, sigma.js, networkx) through graphology-gexf: viz colours, sizes and positions, attributes
// typed. Version 1.3 because the library's 1.2 output declares a malformed viz namespace
// ("http:///www.gexf.net/1.1draft/viz"). Colours as r/g/b attributes, not 1.3's optional `hex`: Gephi reads both, but
// networkx and older readers only r/g/b (graphology-gexf writes r/g/b for any colour that is not a #hex string).
import { write } from 'graphology-gexf';
import type { MultiDirectedGraph } from 'graphology';

/** "#2f6fdf" → "rgb(47,111,223)"; anything else unchanged. */
export function rgbColor(color: unknown): unknown {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return color;
  const channel = (i: number) => parseInt(color.slice(i, i + 2), 16);
  return `rgb(${channel(1)},${channel(3)},${channel(5)})`;
}

export function toGexf(graph: MultiDirectedGraph): string {
  graph.setAttribute('creator', 'newsgraph (kg export)');
  graph.setAttribute('description', 'Actors, claims, incidents and articles; who said what, about whom, through whom');
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, color: rgbColor(a.color) }));
  graph.updateEachEdgeAttributes((_e, a) => ({ ...a, color: rgbColor(a.color) }));
  return write(graph, { version: '1.3', pretty: true });
}
