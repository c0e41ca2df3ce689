// Colours and labels for node kinds and relationship types: the one place the palette lives.
// In: kinds and types. Out: colours for sigma reducers and the legend.
import { REL_TYPES } from '../../../graph/rel-types.ts';

export const NODE_KINDS = [
  'Person',
  'State',
  'Organization',
  'Group',
  'Outlet',
  'Incident',
  'Claim',
  'Article',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const KIND_COLOR: Record<NodeKind, string> = {
  Person: '#2f6fdf',
  State: '#d1495b',
  Organization: '#8e44ad',
  Group: '#e67e22',
  Outlet: '#16a085',
  Incident: '#c0392b',
  Claim: '#f1c40f',
  Article: '#95a5a6',
};

/** Relationship types in legend order: the graph model's own list. */
export const EDGE_TYPES = REL_TYPES;

export const EDGE_COLOR: Record<string, string> = {
  CLAIMS: '#3b82f6',
  DENIES: '#dc2626',
  CONFIRMS: '#16a34a',
  RELAYED: '#0ea5e9',
  REPORTS: '#94a3b8',
  ATTACKED: '#b91c1c',
  CLASHED_WITH: '#ea580c',
  MET_WITH: '#7c3aed',
  WARNED: '#d97706',
  ACCUSED: '#be185d',
  THREATENED: '#9f1239',
  SUPPORTS: '#059669',
  MEMBER_OF: '#64748b',
  PUBLISHED_BY: '#a8a29e',
  PARTICIPATED_IN: '#f97316',
  ABOUT: '#ca8a04',
  MENTIONED_IN: '#d6d3d1',
};
export const DEFAULT_EDGE_COLOR = '#cbd5e1';

export const STANCES = ['claims', 'denies', 'confirms'] as const;
export type Stance = (typeof STANCES)[number];

export const DIM_NODE = '#e5e7eb';
export const DIM_EDGE = '#f1f5f9';
export const HIGHLIGHT = '#111827';

/** The kind shown for a node: the actor's sub-label, else its label. */
export function kindOf(labels: string[]): NodeKind {
  for (const k of NODE_KINDS) if (labels.includes(k)) return k;
  return labels.includes('Actor') ? 'Group' : 'Claim';
}

/** The edge label drawn on screen: lower case, underscores as spaces ("met with"). */
export const edgeLabel = (type: string) => type.toLowerCase().replace(/_/g, ' ');
