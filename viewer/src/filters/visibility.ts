// The filtered stage: which nodes and edges of the dataset pass the filters. Pure; the graph is read only.
// In: the dataset and Filters. Out: sets of visible node and edge keys.
import type { Dataset } from '../graph/dataset.ts';
import type { Filters } from './types.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** A comparable day for full or year-month dates; null for unknown or year-less ("--MM-DD") dates. */
export function dayOf(date: string | null): string | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return null;
}

/** Unknown dates are kept: they are not outside the range, just not placed on it. */
export function inRange(date: string | null, from: string | null, to: string | null): boolean {
  const d = dayOf(date);
  if (!d) return true;
  return (!from || d >= from) && (!to || d <= to);
}

/** True when a node is shown only if some edge's evidence passes: which nodes show depends on the edges then. */
export function filtersByEvidence(f: Filters): boolean {
  return Boolean(f.outlet || f.article || f.dateFrom || f.dateTo || f.hiddenStances.length);
}

export function computeVisibility(graph: Dataset, f: Filters): Visibility {
  const hiddenKinds = new Set<string>(f.hiddenKinds);
  const hiddenEdges = new Set(f.hiddenEdges);
  const hiddenStances = new Set<string>(f.hiddenStances);
  const evidenceFilter = filtersByEvidence(f);

  const articleOk = (id: string | null): boolean => {
    if (!id) return !(f.outlet || f.article);
    if (f.article && id !== f.article) return false;
    if (!graph.hasNode(id)) return !f.outlet;
    const a = graph.getNodeAttributes(id);
    if (f.outlet && a.outlet !== f.outlet) return false;
    return inRange(a.date, f.dateFrom, f.dateTo);
  };

  const first = new Set<string>();
  graph.forEachNode((n, a) => {
    if (hiddenKinds.has(a.kind)) return;
    if (a.kind === 'Article' && !articleOk(n)) return;
    if (a.kind === 'Incident' && !inRange(a.date, f.dateFrom, f.dateTo)) return;
    first.add(n);
  });

  const edges = new Set<string>();
  const supported = new Set<string>();
  const articleCache = new Map<string | null, boolean>();
  graph.forEachEdge((e, a, source, target) => {
    if (!first.has(source) || !first.has(target)) return;
    if (a.stance && hiddenStances.has(a.stance)) return;
    let ok = articleCache.get(a.article);
    if (ok === undefined) articleCache.set(a.article, (ok = articleOk(a.article)));
    if (!ok) return;
    // Evidence passes: both ends stay, even when this edge's type is hidden from the drawing.
    supported.add(source).add(target);
    if (!hiddenEdges.has(a.rel)) edges.add(e);
  });

  const nodes = evidenceFilter ? new Set([...first].filter((n) => supported.has(n))) : first;
  return { nodes, edges };
}
