// What an actor trace covers, in words, like `kg trace` prints it: how many claims, from how many statements,
// and whether the list was cut. Pure. In: a TraceResult, the limit asked for and the server's cap. Out: TraceSummary.
import type { TraceResult } from '../app/api.ts';

export interface TraceSummary {
  /** Lines to show above the claims (empty for a claim trace). */
  lines: string[];
  /** The limit a "show more" request should ask for, or null when nothing more can be asked of the viewer. */
  more: number | null;
}

const plural = (k: number, word: string) => `${k.toLocaleString('en-US')} ${word}${k === 1 ? '' : 's'}`;

export function traceSummary(trace: TraceResult, limit: number, cap: number): TraceSummary {
  if (!trace.actor) return { lines: [], more: null };
  const n = trace.claims.length;
  const lines = [`${plural(n, 'claim')} made, relayed, published or answered`];
  const st = trace.statements;
  const from = st
    ? `${plural(st.said, 'statement')}, ${plural(st.relayed, 'relay')}, ${plural(st.published, 'article')} published`
    : null;
  if (!trace.truncated) {
    if (from) lines.push(`from ${from}`);
    return { lines, more: null };
  }
  // A capped list read as everything the actor said is the mistake this note prevents.
  lines[0] =
    `Showing the ${plural(n, 'claim')} ranked first (speaker, relay, publisher; newest first)` +
    `${from ? ` of ${from}` : ''}; more exist.`;
  const more = Math.min(Math.max(limit * 2, limit + 1), cap);
  if (more <= limit) {
    lines.push(`The viewer shows at most ${plural(cap, 'claim')}; run \`kg trace --limit\` to see the rest.`);
    return { lines, more: null };
  }
  return { lines, more };
}
