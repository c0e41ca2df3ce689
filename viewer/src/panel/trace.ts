// The trace in the side panel: what it covers (and whether it was cut, with "show more"), then each claim with
// its chains and, under it, the differently worded claims linked to it. In: a TraceResult. Out: DOM of text nodes.
import { articleLabel } from '../../../graph/article-label.ts';
import type { ClaimTrace, TraceChain, TraceResult } from '../app/api.ts';
import { el } from '../app/dom.ts';
import { hiddenReports } from '../../../graph/trace/tree.ts';
import { traceSummary } from '../trace/summary.ts';
import { type PanelActions, button, nodeLink, panel } from './ui.ts';

export interface TraceOptions {
  title: string;
  /** The limit the trace was asked for, and the most the server allows. */
  limit: number;
  cap: number;
  /** Re-requests the trace with a bigger limit. */
  onMore?: (limit: number) => void;
}

function chainItem(ch: TraceChain, actions: PanelActions): HTMLElement {
  const hops: Array<Node | string> = [];
  if (ch.publisher) hops.push(nodeLink(ch.publisher.id, ch.publisher.name, actions), ' → ');
  else hops.push(nodeLink(ch.article.id, articleLabel(ch.article), actions), ' → ');
  for (const r of ch.relays) hops.push(nodeLink(r.id, r.name, actions), ' → ');
  hops.push(nodeLink(ch.speaker.id, ch.speaker.name, actions), ' ');
  hops.push(el('span', { class: `stance stance-${ch.stance}`, text: ch.stance }));
  return el('li', { class: 'chain', attrs: { 'data-stance': ch.stance } }, [
    el('div', { class: 'hops' }, hops),
    el('blockquote', { class: 'evidence', text: ch.sentence }),
  ]);
}

const chainList = (c: ClaimTrace, actions: PanelActions) =>
  el(
    'ol',
    { class: 'chains' },
    c.chains.map((ch) => chainItem(ch, actions)),
  );

/** A linked claim: traced in full when the result carries it, a pointer when it is one of the traced claims. */
function linkedItem(id: string, byId: Map<string, ClaimTrace>, primary: Set<string>, actions: PanelActions) {
  const other = byId.get(id);
  if (other && !primary.has(id))
    return el('section', { class: 'linked-claim', attrs: { 'data-claim': id } }, [
      el('h4', {}, ['linked: ', nodeLink(id, other.claim.text, actions)]),
      chainList(other, actions),
    ]);
  return el('p', { class: 'linked-claim muted', attrs: { 'data-claim': id } }, [
    'linked: ',
    other ? nodeLink(id, other.claim.text, actions) : nodeLink(id, id, actions),
    other ? ', traced on its own in this list' : '',
  ]);
}

/** A widely carried claim shows its earliest reports per stance; say how many more there are. */
function hiddenReportsNote(c: ClaimTrace): HTMLElement | null {
  const text = hiddenReports(c);
  return text ? el('p', { class: 'hidden-reports muted', text }) : null;
}

function claimBlock(c: ClaimTrace, byId: Map<string, ClaimTrace>, primary: Set<string>, actions: PanelActions) {
  return el('section', { class: 'trace-claim', attrs: { 'data-claim': c.claim.id } }, [
    el('h3', {}, [nodeLink(c.claim.id, c.claim.text, actions)]),
    chainList(c, actions),
    hiddenReportsNote(c),
    c.related.length
      ? el('div', { class: 'linked' }, [
          el('div', { class: 'muted', text: `Linked claims, worded differently (${c.related.length})` }),
          ...c.related.map((id) => linkedItem(id, byId, primary, actions)),
        ])
      : null,
  ]);
}

/** The trace as readable chains: publisher → relays → speaker → stance → claim, linked claims beneath. */
export function renderTrace(trace: TraceResult, actions: PanelActions, opts: TraceOptions): void {
  const byId = new Map<string, ClaimTrace>();
  for (const t of [...trace.claims, ...(trace.linked ?? [])]) byId.set(t.claim.id, t);
  const primary = new Set(trace.claims.map((t) => t.claim.id));
  const summary = traceSummary(trace, opts.limit, opts.cap);
  const more = summary.more;
  const blocks = trace.claims.map((c) => claimBlock(c, byId, primary, actions));
  // The control sits with the note that says the list was cut, where a reader learns there is more.
  const moreButton =
    more !== null && opts.onMore
      ? button(`Show more (up to ${more} claims)`, () => opts.onMore!(more), { id: 'trace-more' })
      : null;
  const children: Array<HTMLElement | null> = [
    el('h2', { class: 'title', text: opts.title }),
    ...summary.lines.map((line) =>
      el('p', { class: trace.truncated ? 'trace-summary truncated' : 'trace-summary muted', text: line }),
    ),
    moreButton,
    blocks.length ? el('div', {}, blocks) : el('p', { class: 'muted', text: 'No chains found.' }),
  ];
  panel().replaceChildren(...children.filter((c): c is HTMLElement => c !== null));
}
