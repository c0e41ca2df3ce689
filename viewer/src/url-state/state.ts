// The whole view state (filters, selection, trace, path, camera): what a shared URL reproduces.
// In: nothing. Out: the ViewState type and defaults.
import { DEFAULT_FILTERS, type Filters } from '../filters/types.ts';
import type { SizeBy } from '../graph/sizes.ts';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export type ViewMode = 'actors' | 'full';
export type ColorBy = 'kind' | 'community';

export interface ViewState {
  /** `actors`: the folded actor network (default); `full`: every node and relationship (capped at limit). */
  mode: ViewMode;
  colorBy: ColorBy;
  /** Actors expanded on demand (actor view), so a shared URL shows them again. */
  expanded: string[];
  filters: Filters;
  sizeBy: SizeBy;
  selectedNode: string | null;
  /** Edge key and one of its ends, so the panel can load it even when the edge is off-screen. */
  selectedEdge: string | null;
  /** A traced claim id. */
  trace: string | null;
  /** A traced actor id, and the claim limit "show more" raised it to (null: the server's default). */
  traceActor: string | null;
  traceLimit: number | null;
  path: [string, string] | null;
  camera: CameraView | null;
  /** Node cap for the snapshot loaded from the server. */
  limit: number;
}

export const DEFAULT_LIMIT = 5000;

/** Actors in the first actor view: the most connected ones; search and expand bring the rest. */
export const ACTOR_LIMIT = 80;

export const defaultViewState = (): ViewState => ({
  mode: 'actors',
  colorBy: 'kind',
  expanded: [],
  filters: { ...DEFAULT_FILTERS, hiddenEdges: [...DEFAULT_FILTERS.hiddenEdges] },
  sizeBy: 'degree',
  selectedNode: null,
  selectedEdge: null,
  trace: null,
  traceActor: null,
  traceLimit: null,
  path: null,
  camera: null,
  limit: DEFAULT_LIMIT,
});
