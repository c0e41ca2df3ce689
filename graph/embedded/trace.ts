// Placeholder until the trace engineer replaces this file: who-said-what chains over the embedded graph.
// In: the graph and a TraceQuery. Out: a TraceResult.
import { KgError } from '../errors.ts';
import type { TraceQuery, TraceResult } from '../store.ts';
import type { KgGraph } from './types.ts';

export function traceEmbedded(_graph: KgGraph, _query: TraceQuery): TraceResult {
  throw new KgError('NOT_FOUND', 'trace is not available in the embedded store yet');
}
