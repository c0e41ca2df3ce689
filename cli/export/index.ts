// `kg export` as a function: select part of a store's graph and write it as GEXF, GraphML, graphology JSON or
// neo4j-admin CSV. In: a GraphStore, a format, a selection. Out: text (or files, for CSV) and what was written.
import type { GraphStore } from '../../graph/store.ts';
import { type CsvExport, writeNeo4jCsv } from './csv.ts';
import { toGexf } from './gexf.ts';
import { toGraphology } from './graph.ts';
import { toGraphml } from './graphml.ts';
import { type Selection, selectGraph } from './select.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends Selection {
  format: ExportFormat;
  /** CSV only: the folder for the files (created). */
  dir?: string;
  /** Skip ForceAtlas2 (GEXF, GraphML, JSON keep spiral positions). */
  layout?: boolean;
}

export interface ExportResult {
  nodes: number;
  edges: number;
  /** GEXF, GraphML and JSON: the document. */
  text?: string;
  /** CSV: the files and the neo4j-admin command. */
  csv?: CsvExport;
}

export async function exportGraph(store: GraphStore, options: ExportOptions): Promise<ExportResult> {
  const sub = await selectGraph(store, options);
  const counts = { nodes: sub.nodes.length, edges: sub.edges.length };
  if (options.format === 'csv') return { ...counts, csv: writeNeo4jCsv(sub, options.dir ?? 'kg-export') };
  const graph = toGraphology(sub, { layout: options.layout });
  if (options.format === 'gexf') return { ...counts, text: toGexf(graph) };
  if (options.format === 'graphml') return { ...counts, text: toGraphml(graph) };
  return { ...counts, text: `${JSON.stringify(graph.export())}\n` };
}

export type { Selection } from './select.ts';
