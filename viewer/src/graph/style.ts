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

/**
 * One hue per relationship type, far enough apart to tell on a white background (Tableau 10 and its light
 * companions): speech is blue / red / green, chains purple and grey, interactions the warm and dark hues.
 */
export const EDGE_COLOR: Record<string, string> = {
  CLAIMS: '#1f77b4',
  DENIES: '#d62728',
  CONFIRMS: '#2ca02c',
  RELAYED: '#9467bd',
  REPORTS: '#7f7f7f',
  ATTACKED: '#8c564b',
  CLASHED_WITH: '#e377c2',
  MET_WITH: '#17becf',
  WARNED: '#ff7f0e',
  ACCUSED: '#bcbd22',
  THREATENED: '#7b4173',
  SUPPORTS: '#393b79',
  MEMBER_OF: '#b0b0b0',
  PUBLISHED_BY: '#c7c7c7',
  PARTICIPATED_IN: '#e7969c',
  ABOUT: '#dbdb8d',
  MENTIONED_IN: '#e5e5e5',
};
/** Relationship types the model does not know yet (a newer store): a stable colour from this list. */
const SPARE_COLORS = ['#637939', '#843c39', '#3182bd', '#756bb1', '#636363', '#e6550d'];
export function edgeColor(type: string): string {
  const known = EDGE_COLOR[type];
  if (known) return known;
  let h = 0;
  for (let i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) | 0;
  return SPARE_COLORS[Math.abs(h) % SPARE_COLORS.length]!;
}
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

/** A folded actor → actor link as read on the graph: "denies ×3 · 2021-01-17". */
const FOLDED_VERB: Record<string, string> = {
  CLAIMS: 'claims about',
  DENIES: 'denies',
  CONFIRMS: 'confirms',
  RELAYED: 'relays',
  REPORTS: 'reports',
};
export function foldedLabel(type: string, count: unknown, latest: unknown): string {
  const verb = FOLDED_VERB[type] ?? edgeLabel(type);
  const n = typeof count === 'number' && count > 1 ? ` ×${count}` : '';
  return `${verb}${n}${typeof latest === 'string' ? ` · ${latest}` : ''}`;
}
export const foldedVerb = (type: string) => FOLDED_VERB[type] ?? edgeLabel(type);
