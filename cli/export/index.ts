// `kg export` as a function: select part of a store's graph and write it as GEXF, GraphML, graphology JSON or
// neo4j-admin CSV. In: a GraphStore, a format, a selection. Out: text (or files, for CSV) and what was written.
import type { GraphStore } from '../../graph/store.ts';
import { type CsvExport, Neo4jCsvWriter, writeNeo4jCsv } from './csv.ts';
import { toGexf } from './gexf.ts';
import { toGraphology } from './graph.ts';
import { toGraphml } from './graphml.ts';
import { type Selection, checkSelection, selectGraph } from './select.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends Selection {
  format: ExportFormat;
  /** CSV only: the folder for the files (created). */
  dir?: string;
  /** Skip ForceAtlas2 (GEXF, GraphML, JSON keep spiral positions). */
  layout?: boolean;
  /** CSV of the whole graph: called after each page with the nodes and relationships written so far. */
  onPage?: (nodes: number, edges: number) => void;
  /** CSV of the whole graph: nodes per page (default CSV_PAGE). */
  page?: number;
}

export interface ExportResult {
  nodes: number;
  edges: number;
  /** GEXF, GraphML and JSON: the document. */
  text?: string;
  /** CSV: the files and the neo4j-admin command. */
  csv?: CsvExport;
}

/** Nodes per page when the whole graph streams to CSV (a page's edges are those reaching back to earlier pages). */
export const CSV_PAGE = 20_000;

/**
 * The whole graph (or its `limit` best-connected nodes) to CSV page by page through the store's paged subgraph, so
 * memory holds one page, not the graph: each edge comes with the page of its later-ranked end, so exactly once.
 */
async function streamCsv(store: GraphStore, options: ExportOptions): Promise<ExportResult> {
  checkSelection(options);
  const w = new Neo4jCsvWriter(options.dir ?? 'kg-export');
  const cap = options.limit ?? Infinity;
  const size = options.page ?? CSV_PAGE;
  for (let offset = 0; offset < cap; offset += size) {
    const page = await store.subgraph({ offset, limit: Math.min(size, cap - offset) });
    w.addNodes(page.nodes);
    w.addEdges(page.edges);
    options.onPage?.(w.nodes, w.edges);
    if (!page.truncated) break;
  }
  return { nodes: w.nodes, edges: w.edges, csv: w.finish() };
}

export async function exportGraph(store: GraphStore, options: ExportOptions): Promise<ExportResult> {
  if (options.format === 'csv' && !options.actor && !options.from && !options.to) return streamCsv(store, options);
  const sub = await selectGraph(store, options);
  const counts = { nodes: sub.nodes.length, edges: sub.edges.length };
  if (options.format === 'csv') return { ...counts, csv: writeNeo4jCsv(sub, options.dir ?? 'kg-export') };
  const graph = toGraphology(sub, { layout: options.layout });
  if (options.format === 'gexf') return { ...counts, text: toGexf(graph) };
  if (options.format === 'graphml') return { ...counts, text: toGraphml(graph) };
  return { ...counts, text: `${JSON.stringify(graph.export())}\n` };
}

export type { Selection } from './select.ts';
