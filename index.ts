// The library API of the `newsgraph` package (`import { extract, ingest, openStore } from 'newsgraph'`): the same
// functions the kg command uses. Built to dist/js/index.js with its types; see docs/interop.md.
export { extract } from './ingest/extract.ts';
export type { SourceDoc } from './ingest/types.ts';
export { ingest, extractChecked } from './graph/load.ts';
export type { IngestOptions, IngestSummary, Failure, Progress } from './graph/load.ts';
export { openStore } from './graph/open.ts';
export { loadConfig, StoreConfig } from './graph/config.ts';
export type { ConfigOverrides } from './graph/config.ts';
export type {
  GraphStore,
  GraphNode,
  GraphEdge,
  Subgraph,
  StoreStats,
  TraceQuery,
  TraceResult,
  ClaimTrace,
  TraceChain,
  LoadOutcome,
} from './graph/store.ts';
export { formatTraceTree } from './graph/trace/tree.ts';
export {
  Extraction,
  Actor,
  Claim,
  Relation,
  Incident,
  ArticleMeta,
  checkReferences,
  extractionJsonSchema,
} from './graph/schema.ts';
export {
  KgError,
  InputError,
  StoreUnavailableError,
  StoreLockedError,
  NotFoundError,
  InvalidArgumentError,
} from './graph/errors.ts';
export { exportGraph, EXPORT_FORMATS } from './cli/export/index.ts';
export type { ExportFormat, ExportOptions } from './cli/export/index.ts';

import type { GraphStore, TraceQuery, TraceResult } from './graph/store.ts';

/** Who-said-what chains for a claim (`{ claimId }`) or an actor (`{ actor }`): the same as `kg trace`. */
export function trace(store: GraphStore, query: TraceQuery): Promise<TraceResult> {
  return store.trace(query);
}
