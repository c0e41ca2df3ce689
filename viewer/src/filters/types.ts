// What the user filters on. In: nothing. Out: the Filters type and its defaults.
import type { NodeKind, Stance } from '../graph/style.ts';

export interface Filters {
  hiddenKinds: NodeKind[];
  hiddenEdges: string[];
  hiddenStances: Stance[];
  /** Outlet actor id: keep evidence from articles this outlet published. */
  outlet: string | null;
  /** Article id: keep evidence from this article only. */
  article: string | null;
  /** Inclusive date range over publication and incident dates (YYYY-MM-DD). */
  dateFrom: string | null;
  dateTo: string | null;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenKinds: [],
  // Every actor is MENTIONED_IN its articles: drawn, those edges turn the picture into a hairball.
  hiddenEdges: ['MENTIONED_IN'],
  hiddenStances: [],
  outlet: null,
  article: null,
  dateFrom: null,
  dateTo: null,
};
