// Renders a TraceResult as the text tree `kg trace` prints: claim, then per chain publisher → relays →
// speaker (with stance and cue) → sentence, then differently worded related claims. Pure: In TraceResult, out string.
import { articleLabel } from '../article-label.ts';
import type { ActorRef, ClaimTrace, TraceChain, TraceResult } from '../store.ts';

/** Article text is untrusted: control characters would drive the terminal, newlines would break the tree. */
const clean = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function actorLabel(a: ActorRef): string {
  const tags = [a.anonymous ? 'anonymous' : null, a.kind && a.kind !== 'person' ? a.kind : null].filter(Boolean);
  return `${clean(a.name)}${tags.length ? ` (${tags.join(', ')})` : ''}`;
}

function articleLine(c: TraceChain): string {
  const title = clean(articleLabel(c.article));
  return `${c.article.publishedAt ?? 'undated'} · ${c.publisher ? actorLabel(c.publisher) : 'publisher unknown'} · “${cut(title, 70)}” [${c.article.id.slice(0, 8)}]`;
}

/** One chain as nested lines: publisher/article, each relay, the speaker with stance and cue, the sentence. */
function chainLines(c: TraceChain): string[] {
  const lines = [articleLine(c)];
  let indent = '';
  for (const r of c.relays) {
    lines.push(`${indent}└─ ${actorLabel(r)} relayed`);
    indent += '   ';
  }
  lines.push(
    `${indent}└─ ${actorLabel(c.speaker)} ${c.stance.toUpperCase()}${c.cue ? ` (“${cut(clean(c.cue), 40)}”)` : ''}`,
  );
  lines.push(`${indent}   › ${clean(c.sentence)}`);
  return lines;
}

/** Prefixes a block of lines as one child of a tree node: `├─`/`└─` on the first line, `│ `/`  ` after. */
function child(lines: string[], last: boolean): string[] {
  return lines.map((l, i) => (i === 0 ? (last ? '└─ ' : '├─ ') : last ? '   ' : '│  ') + l);
}

function claimHeader(t: ClaimTrace, prefix: string): string {
  const stances = [...new Set(t.chains.map((c) => c.stance))];
  const contested = stances.length > 1 ? ` [${stances.join(' / ')}]` : '';
  return `${prefix}${t.claim.quote ? '“' : '"'}${cut(clean(t.claim.text), 160)}${t.claim.quote ? '”' : '"'}${contested}  (${t.claim.id})`;
}

const plural = (k: number, word: string) => `${k.toLocaleString('en-US')} ${word}${k === 1 ? '' : 's'}`;
const STANCE_VERB = { claims: 'claiming', denies: 'denying', confirms: 'confirming' } as const;

/** The reports a claim has beyond the chains shown (a widely carried claim has thousands), or null. */
export function hiddenReports(t: ClaimTrace): string | null {
  const parts: string[] = [];
  let total = 0;
  for (const stance of ['claims', 'denies', 'confirms'] as const) {
    const hidden = t.reports[stance] - t.chains.filter((c) => c.stance === stance).length;
    if (hidden <= 0) continue;
    total += hidden;
    parts.push(`${hidden.toLocaleString('en-US')} ${STANCE_VERB[stance]}`);
  }
  return total
    ? `… ${plural(total, 'more report')} not shown (${parts.join(', ')}); the earliest of each stance are above`
    : null;
}

function claimBlock(t: ClaimTrace, byId: Map<string, ClaimTrace>, primary: Set<string>, nested: boolean): string[] {
  const kids: string[][] = t.chains.map(chainLines);
  const hidden = hiddenReports(t);
  if (hidden) kids.push([hidden]);
  if (!nested) {
    for (const id of t.related) {
      const other = byId.get(id);
      if (!other) kids.push([`related: ${id}`]);
      else if (primary.has(id)) kids.push([`${claimHeader(other, 'related: ')}, traced on its own`]);
      else kids.push(claimBlock(other, byId, primary, true));
    }
  }
  const out = [claimHeader(t, nested ? 'related: ' : '◆ ')];
  kids.forEach((k, i) => out.push(...child(k, i === kids.length - 1)));
  return out;
}

/** The whole result as text, one blank line between claims. */
export function formatTraceTree(result: TraceResult): string {
  const byId = new Map<string, ClaimTrace>();
  for (const t of [...result.claims, ...(result.linked ?? [])]) byId.set(t.claim.id, t);
  const primary = new Set(result.claims.map((t) => t.claim.id));
  const blocks: string[] = [];
  if (result.actor) {
    const a = result.actor;
    const n = result.claims.length;
    const lines = [`${actorLabel(a)} [${a.id}]: ${plural(n, 'claim')} made, relayed, published or answered`];
    // A name that reached the node only through an alias or a name key is said, so no one reads it as exact.
    if (a.matched)
      lines.push(
        a.matched.by === 'alias'
          ? `  matched through the alias “${a.matched.form}” (the actor's name is ${a.name})`
          : `  matched by the person-name key “${a.matched.form}” (the actor's name is ${a.name})`,
      );
    if (a.others)
      lines.push(
        `  ${plural(a.others, 'other actor')} also go${a.others === 1 ? 'es' : ''} by this name: ask by id to pick one (kg actors --all)`,
      );
    const st = result.statements;
    if (st)
      lines.push(
        `  from ${plural(st.said, 'statement')}, ${plural(st.relayed, 'relay')}, ${plural(st.published, 'article')} published`,
      );
    // An actor query is capped: say so, or a reader takes the first page for all the actor said.
    if (result.truncated)
      lines.push(
        `  showing the ${plural(n, 'claim')} ranked first (speaker, relay, publisher; newest first); more exist, use --limit to see more`,
      );
    blocks.push(lines.join('\n'));
  }
  for (const t of result.claims) blocks.push(claimBlock(t, byId, primary, false).join('\n'));
  if (!result.claims.length) blocks.push('(no claims)');
  return `${blocks.join('\n\n')}\n`;
}
