// Validates a TraceQuery and fills in the caps every trace implementation applies the same way.
// In: a TraceQuery from the CLI, the viewer API or a caller. Out: a ParsedTraceQuery, or InvalidArgumentError.
import { z } from 'zod';

import { InvalidArgumentError } from '../errors.ts';
import type { TraceQuery } from '../store.ts';

/** Caps that keep a trace bounded on a graph of any size; both stores apply them identically. */
export const TRACE_LIMITS = {
  /** Claims returned for an actor query unless `limit` says otherwise. */
  defaultClaims: 25,
  maxClaims: 500,
  /** Chains kept per claim and stance (claims / denies / confirms), earliest first. */
  chainsPerStance: 20,
  /** Related (differently worded) claims linked per claim. */
  relatedPerClaim: 3,
  /** An ABOUT target with more incoming relationships than this is a hub ("United States") and links nothing. */
  aboutDegreeCap: 30,
} as const;

const Limit = z.number().int().min(1).max(TRACE_LIMITS.maxClaims).optional();
const Query = z.union([
  z.object({ claimId: z.string().trim().min(1, 'a claim id is required'), limit: Limit }).strict(),
  z.object({ actor: z.string().trim().min(1, 'an actor name or id is required'), limit: Limit }).strict(),
]);

export type ParsedTraceQuery =
  { kind: 'claim'; claimId: string; limit: number } | { kind: 'actor'; actor: string; limit: number };

export function parseTraceQuery(query: TraceQuery): ParsedTraceQuery {
  const parsed = Query.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` \`${issue.path.join('.')}\`` : '';
    throw new InvalidArgumentError(
      `trace: invalid query${where}: ${issue.message}. Expecting { claimId } or { actor }, with limit 1..${TRACE_LIMITS.maxClaims}.`,
    );
  }
  const q = parsed.data;
  const limit = q.limit ?? TRACE_LIMITS.defaultClaims;
  return 'claimId' in q ? { kind: 'claim', claimId: q.claimId, limit } : { kind: 'actor', actor: q.actor, limit };
}
