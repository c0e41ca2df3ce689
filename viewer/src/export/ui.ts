// Export buttons: PNG (@sigma/export-image), GEXF (graphology-gexf) and graphology JSON of the view.
// In: sigma and the dataset. Out: downloaded files.
import { downloadAsPNG } from '@sigma/export-image';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';

import { byId } from '../app/dom.ts';
import type { Dataset, EdgeAttrs, NodeAttrs } from '../graph/dataset.ts';
import { currentViewGraph } from './view-graph.ts';

function download(name: string, type: string, data: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function initExport(getSigma: () => Sigma<NodeAttrs, EdgeAttrs>, graph: Dataset): void {
  byId('export-png').addEventListener('click', () => {
    void downloadAsPNG(getSigma() as unknown as Parameters<typeof downloadAsPNG>[0], {
      fileName: 'graph',
      backgroundColor: '#ffffff',
    });
  });
  byId('export-gexf').addEventListener('click', () => {
    const view = currentViewGraph(getSigma(), graph);
    const xml = writeGexf(view, {
      formatNode: (_key, a) => {
        const { label, x, y, size, color, ...attributes } = a as Record<string, never>;
        return { label, attributes, viz: { x, y, size, color } };
      },
      formatEdge: (_key, a) => {
        const { label, color, size, ...attributes } = a as Record<string, never>;
        return { label, attributes, viz: { color, thickness: size } };
      },
    });
    download('graph.gexf', 'application/xml', xml);
  });
  byId('export-json').addEventListener('click', () => {
    download('graph.json', 'application/json', JSON.stringify(currentViewGraph(getSigma(), graph).export()));
  });
}
