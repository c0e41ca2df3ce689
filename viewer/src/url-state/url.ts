// ViewState ⇄ URL query string. The URL is untrusted input: each field is validated with zod and a
// bad field falls back to its default instead of breaking the page. In: a query string. Out: ViewState.
import { z } from 'zod';

import { NODE_KINDS, STANCES } from '../graph/style.ts';
import { type CameraView, type ViewState, defaultViewState } from './state.ts';

const list = <T extends string>(values: readonly T[]) =>
  z
    .string()
    .transform((s) => (s === '' ? [] : s.split(',')))
    .pipe(z.array(z.enum(values as unknown as [T, ...T[]])));
const id = z.string().min(1).max(512);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const FIELDS = {
  hideKinds: list(NODE_KINDS),
  // Any relationship type, not only the model's list: a newer store may hold types this viewer does not know.
  hideEdges: z
    .string()
    .transform((s) => (s === '' ? [] : s.split(',')))
    .pipe(z.array(z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/)).max(60)),
  hideStances: list(STANCES),
  outlet: id,
  article: id,
  from: day,
  to: day,
  size: z.enum(['degree', 'pagerank', 'statements']),
  view: z.enum(['actors', 'full']),
  color: z.enum(['kind', 'community']),
  expand: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(id).max(50)),
  node: id,
  edge: id,
  trace: id,
  traceActor: id,
  traceLimit: z.coerce.number().int().min(1).max(1_000),
  path: z
    .string()
    .transform((s) => s.split('|'))
    .pipe(z.tuple([id, id])),
  cam: z
    .string()
    .transform((s) => s.split(',').map(Number))
    .pipe(
      z
        .tuple([z.number().finite(), z.number().finite(), z.number().positive(), z.number().finite()])
        .or(z.tuple([z.number().finite(), z.number().finite(), z.number().positive()])),
    ),
  limit: z.coerce.number().int().min(1).max(50_000),
};
type Field = keyof typeof FIELDS;

function read<F extends Field>(params: URLSearchParams, field: F): z.infer<(typeof FIELDS)[F]> | undefined {
  const raw = params.get(field);
  if (raw === null) return undefined;
  const parsed = FIELDS[field].safeParse(raw);
  return parsed.success ? (parsed.data as z.infer<(typeof FIELDS)[F]>) : undefined;
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export function decodeViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s = defaultViewState();
  const f = s.filters;
  f.hiddenKinds = read(p, 'hideKinds') ?? f.hiddenKinds;
  f.hiddenEdges = read(p, 'hideEdges') ?? f.hiddenEdges;
  f.hiddenStances = read(p, 'hideStances') ?? f.hiddenStances;
  f.outlet = read(p, 'outlet') ?? null;
  f.article = read(p, 'article') ?? null;
  f.dateFrom = read(p, 'from') ?? null;
  f.dateTo = read(p, 'to') ?? null;
  s.mode = read(p, 'view') ?? s.mode;
  s.colorBy = read(p, 'color') ?? s.colorBy;
  s.expanded = read(p, 'expand') ?? [];
  s.sizeBy = read(p, 'size') ?? s.sizeBy;
  s.selectedNode = read(p, 'node') ?? null;
  s.selectedEdge = read(p, 'edge') ?? null;
  s.trace = read(p, 'trace') ?? null;
  s.traceActor = s.trace ? null : (read(p, 'traceActor') ?? null);
  s.traceLimit = s.traceActor ? (read(p, 'traceLimit') ?? null) : null;
  s.path = read(p, 'path') ?? null;
  const cam = read(p, 'cam');
  s.camera = cam ? { x: cam[0], y: cam[1], ratio: cam[2], angle: cam[3] ?? 0 } : null;
  s.limit = read(p, 'limit') ?? s.limit;
  return s;
}

export function encodeViewState(s: ViewState): string {
  const d = defaultViewState();
  const p = new URLSearchParams();
  const f = s.filters;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (!same(f.hiddenKinds, d.filters.hiddenKinds)) p.set('hideKinds', f.hiddenKinds.join(','));
  if (!same(f.hiddenEdges, d.filters.hiddenEdges)) p.set('hideEdges', f.hiddenEdges.join(','));
  if (f.hiddenStances.length) p.set('hideStances', f.hiddenStances.join(','));
  if (f.outlet) p.set('outlet', f.outlet);
  if (f.article) p.set('article', f.article);
  if (f.dateFrom) p.set('from', f.dateFrom);
  if (f.dateTo) p.set('to', f.dateTo);
  if (s.mode !== d.mode) p.set('view', s.mode);
  if (s.colorBy !== d.colorBy) p.set('color', s.colorBy);
  if (s.expanded.length) p.set('expand', s.expanded.join(','));
  if (s.sizeBy !== d.sizeBy) p.set('size', s.sizeBy);
  if (s.selectedNode) p.set('node', s.selectedNode);
  if (s.selectedEdge) p.set('edge', s.selectedEdge);
  if (s.trace) p.set('trace', s.trace);
  if (s.traceActor) p.set('traceActor', s.traceActor);
  if (s.traceActor && s.traceLimit) p.set('traceLimit', String(s.traceLimit));
  if (s.path) p.set('path', s.path.join('|'));
  if (s.camera) {
    const c: CameraView = s.camera;
    p.set('cam', [round(c.x, 4), round(c.y, 4), round(c.ratio, 4), round(c.angle, 3)].join(','));
  }
  if (s.limit !== d.limit) p.set('limit', String(s.limit));
  return p.toString();
}
