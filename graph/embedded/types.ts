// The in-memory graph shape shared by the embedded store and the trace engine (a convention, do not change):
// node key = record id, node attributes { labels, props }; edge key = RelRecord.key, edge attributes { type, props }.
import type { MultiDirectedGraph } from 'graphology';

import type { Props, RelType } from '../model.ts';

export interface NodeAttrs {
  /** e.g. ['Actor', 'Person'], ['Claim'], ['Article'], ['Incident'] */
  labels: string[];
  props: Props;
  /** Actors: the rank of `props.name` (graph/identity.ts nameRank), so the best name wins whatever the order. */
  rank?: string;
  /** Articles: the extraction before resolution, as JSON, for `kg resolve`. */
  extraction?: string;
}

export interface EdgeAttrs {
  type: RelType;
  props: Props;
}

export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;
