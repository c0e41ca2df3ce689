// zod schemas for every API endpoint's parameters: the trust boundary of the viewer server.
// In: raw query strings / JSON bodies. Out: typed, bounded parameters (caps are enforced here).
import { z } from 'zod';

import { TRACE_LIMITS } from '../../graph/trace/query.ts';

/** Hard caps: no endpoint returns an unbounded result. */
export const LIMITS = {
  graphNodes: 50_000,
  graphDefault: 5_000,
  /** The full view's edges per node drawn when not asked (`edges`): 4 per node keeps 20,000 of 88,581 at 10,000 stories. */
  graphEdgesPerNode: 4,
  graphEdges: 500_000,
  search: 50,
  neighborhood: 2_000,
  /** Claims per actor trace: the viewer asks for `traceDefault`, then more on "show more", up to `trace`. */
  traceDefault: 20,
  trace: Math.min(100, TRACE_LIMITS.maxClaims),
  articleChars: 200_000,
  cypherRows: 1_000,
  cypherTimeoutMs: 30_000,
} as const;

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
/** Shared parameter schemas (also viewer/server/actors.ts). */
export const id = z.string().trim().min(1, 'must not be empty').max(512, 'is too long (max 512 characters)');
export const int = (min: number, max: number, def: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be an integer')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(def);

/** What the viewer draws from /api/graph?props=view; the panel loads the rest per node (/api/node). */
export const VIEW_PROPS = {
  node: ['name', 'title', 'publishedAt', 'date', 'outlet', 'x', 'y'],
  edge: ['article', 'stance'],
} as const;

export const GraphParams = z.strictObject({
  limit: int(1, LIMITS.graphNodes, LIMITS.graphDefault),
  /** The next page: nodes ranked after the first `offset` (graph/store.ts SubgraphOptions). */
  offset: int(0, LIMITS.graphNodes, 0),
  /** At most this many edges (default `graphEdgesPerNode` per node): those among the most connected nodes first. */
  edges: z.coerce
    .number({ message: 'must be a number' })
    .int('must be an integer')
    .min(0, 'must be at least 0')
    .max(LIMITS.graphEdges, `must be at most ${LIMITS.graphEdges}`)
    .optional(),
  /** `view`: only the properties the viewer draws with (VIEW_PROPS); `all`: every property but article texts. */
  props: z.enum(['all', 'view']).default('all'),
  articles: bool.default(true),
  /**
   * `objects`: one object per node and edge; `columns`: one array per field; `packed` (what the viewer loads): the
   * columns with repeated values as dictionaries, runs as runs and hex keys as base64 (viewer/server/packed.ts).
   */
  format: z.enum(['objects', 'columns', 'packed']).default('objects'),
});

export const SEARCH_LABELS = ['Actor', 'Incident', 'Claim', 'Article'] as const;
export const SearchParams = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(200, 'is too long (max 200 characters)'),
  limit: int(1, LIMITS.search, 10),
  labels: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(SEARCH_LABELS)))
    .optional(),
});

export const NodeParams = z.strictObject({ id });

export const NeighborhoodParams = z.strictObject({
  id,
  depth: int(1, 2, 1),
  limit: int(1, LIMITS.neighborhood, 500),
});

export const EdgeParams = z.strictObject({
  key: id,
  /** One endpoint of the edge, to find it without a global edge index. */
  node: id,
});

export const ArticleParams = z.strictObject({
  id,
  offset: int(0, Number.MAX_SAFE_INTEGER, 0),
  length: int(1, LIMITS.articleChars, LIMITS.articleChars),
});

export const TraceParams = z
  .strictObject({
    claim: id.optional(),
    actor: id.optional(),
    limit: int(1, LIMITS.trace, LIMITS.traceDefault),
  })
  .refine((p) => Boolean(p.claim) !== Boolean(p.actor), { message: 'give exactly one of `claim` or `actor`' });

export const PathParams = z.strictObject({ from: id, to: id });

/** True when lists and maps nest at most `max` levels (checked without recursion). */
function nestingWithin(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return false;
    for (const x of Object.values(v as object)) stack.push([x, depth + 1]);
  }
  return true;
}

export const CypherBody = z.strictObject({
  query: z.string().trim().min(1, 'must not be empty').max(10_000, 'is too long (max 10000 characters)'),
  // Nesting is bounded here, at the boundary: the driver and our converters walk params recursively.
  params: z
    .record(z.string(), z.unknown())
    .refine((p) => nestingWithin(p, 32), { message: 'is nested too deeply (at most 32 levels)' })
    .default({}),
  limit: z.number().int().min(1).max(LIMITS.cypherRows).default(200),
  timeoutMs: z.number().int().min(100).max(LIMITS.cypherTimeoutMs).default(10_000),
});
export type CypherBody = z.infer<typeof CypherBody>;

/** Query string → plain object (repeated keys keep the last value). */
export const queryObject = (url: URL): Record<string, string> => Object.fromEntries(url.searchParams.entries());
