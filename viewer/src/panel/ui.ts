// The side panel: details of the selected node or edge (kind, aliases, roles, claims by and about it,
// evidence). In: API details. Out: DOM built from text nodes, with callbacks for trace / select / read.
import type { EdgeView, NodeDetails } from '../app/api.ts';
import { byId, el } from '../app/dom.ts';
import { type Stance, edgeLabel, kindOf } from '../graph/style.ts';
import { openArticle } from './article.ts';
import { renderEvidence } from './evidence.ts';

export interface PanelActions {
  selectNode(id: string): void;
  traceClaim(id: string): void;
  traceActor(id: string): void;
  pathFrom(id: string): void;
  /** Actor view: add the actor's neighbours (folded links) to the graph. */
  expand?(id: string): void;
}

const STANCE_OF: Record<string, Stance | 'relays'> = {
  CLAIMS: 'claims',
  DENIES: 'denies',
  CONFIRMS: 'confirms',
  RELAYED: 'relays',
};

export const panel = () => byId('panel');
export const button = (text: string, onClick: () => void, attrs: Record<string, string> = {}) => {
  const b = el('button', { text, attrs: { type: 'button', ...attrs } });
  b.addEventListener('click', onClick);
  return b;
};
export const nodeLink = (id: string, name: string, actions: PanelActions) => {
  const b = el('button', { class: 'link', text: name, attrs: { type: 'button', 'data-node': id } });
  b.addEventListener('click', () => actions.selectNode(id));
  return b;
};
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function field(label: string, value: string | null | undefined): HTMLElement | null {
  if (value === null || value === undefined || value === '') return null;
  return el('div', { class: 'field' }, [
    el('span', { class: 'key', text: label }),
    el('span', { class: 'value', text: value }),
  ]);
}

export function statement(
  item: NodeDetails['statements'][number],
  perspective: 'speaker' | 'claim',
  actions: PanelActions,
) {
  const e = item.edge;
  const stance = STANCE_OF[e.type] ?? edgeLabel(e.type);
  const who = nodeLink(e.source.id, e.source.name, actions);
  const what = nodeLink(item.claim.id, item.claim.text, actions);
  const head =
    perspective === 'claim'
      ? el('div', { class: 'stmt-head' }, [who, ' ', el('span', { class: `stance stance-${stance}`, text: stance })])
      : el('div', { class: 'stmt-head' }, [el('span', { class: `stance stance-${stance}`, text: stance }), ' ', what]);
  const via = list(e.props.via);
  return el('li', { class: 'statement', attrs: { 'data-stance': stance, 'data-edge': e.key } }, [
    head,
    via.length ? el('div', { class: 'muted', text: `via ${via.join(', ')}` }) : null,
    typeof e.props.cue === 'string' ? el('div', { class: 'muted', text: `cue: ${e.props.cue}` }) : null,
    renderEvidence(e.evidence, (a, at) => void openArticle(a, at)),
    button('Trace', () => actions.traceClaim(item.claim.id), { 'data-trace': item.claim.id }),
  ]);
}

export function showLoading(text = 'Loading…'): void {
  panel().replaceChildren(el('p', { class: 'muted', text }));
}

export function showError(message: string): void {
  panel().replaceChildren(el('p', { class: 'error', text: message }));
}

export function showEmpty(note?: string): void {
  panel().replaceChildren(
    ...(note ? [el('p', { class: 'notice', text: note, attrs: { id: 'panel-note' } })] : []),
    el('p', { class: 'muted', text: 'Click a node or an edge, or search, to see the sentences behind it.' }),
  );
}

export function renderNode(d: NodeDetails, actions: PanelActions): void {
  const p = d.node.props;
  const kind = kindOf(d.node.labels);
  const isClaim = kind === 'Claim';
  const isActor = d.node.labels.includes('Actor');
  const aliases = list(p.aliases);
  const roles = list(p.roles);
  const children: Array<HTMLElement | null> = [
    el('h2', { class: 'title', text: String(p.name ?? d.node.id) }),
    el('div', { class: `kind kind-${kind}`, text: isActor && p.anonymous ? `${kind} (anonymous)` : kind }),
    isClaim ? el('p', { class: 'claim-text', text: String(p.text ?? '') }) : null,
    field('Aliases', aliases.join(', ')),
    field('Roles', roles.join(', ')),
    field('Affiliation', typeof p.affiliation === 'string' ? p.affiliation : null),
    field('Date', typeof p.date === 'string' ? p.date : typeof p.publishedAt === 'string' ? p.publishedAt : null),
    field('Place', typeof p.place === 'string' ? p.place : null),
    field('Killed', typeof p.killed === 'number' ? String(p.killed) : null),
    field('Wounded', typeof p.wounded === 'number' ? String(p.wounded) : null),
    field('Source', typeof p.source === 'string' ? p.source : null),
    el('div', { class: 'actions' }, [
      isClaim ? button('Trace this claim', () => actions.traceClaim(d.node.id), { id: 'trace-node' }) : null,
      isActor ? button("Trace this actor's claims", () => actions.traceActor(d.node.id), { id: 'trace-actor' }) : null,
      isActor && actions.expand
        ? button('Expand neighbours', () => actions.expand!(d.node.id), { id: 'expand-node' })
        : null,
      isActor ? button('Path from here…', () => actions.pathFrom(d.node.id)) : null,
      kind === 'Article' ? button('Read the article', () => void openArticle(d.node.id), { id: 'read-article' }) : null,
    ]),
  ];
  const section = (title: string, items: HTMLElement[], id: string) =>
    el('section', { attrs: { id } }, [
      el('h3', { text: `${title} (${items.length})` }),
      items.length ? el('ul', { class: 'items' }, items) : el('p', { class: 'muted', text: 'None.' }),
    ]);
  children.push(
    section(
      isClaim ? 'Who said it' : 'Claims by',
      d.statements.map((s) => statement(s, isClaim ? 'claim' : 'speaker', actions)),
      'claims-by',
    ),
  );
  if (!isClaim || d.about.length)
    children.push(
      section(
        'Claims about',
        d.about.map((s) => statement(s, 'claim', actions)),
        'claims-about',
      ),
    );
  children.push(
    section(
      'Relations',
      d.relations.map((r) => edgeItem(r, actions)),
      'relations',
    ),
  );
  children.push(
    section(
      'Articles',
      d.articles.map((a) =>
        el('li', {}, [nodeLink(a.id, a.name, actions), ' ', button('read', () => void openArticle(a.id))]),
      ),
      'articles',
    ),
  );
  if (d.truncated) {
    const { shown, total } = d.neighbours ?? { shown: 0, total: 0 };
    const of =
      total > shown
        ? ` Read from ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} neighbours, the most connected.`
        : '';
    children.push(el('p', { class: 'muted capped', text: `Lists were capped; the node has more connections.${of}` }));
  }
  panel().replaceChildren(...children.filter((c): c is HTMLElement => c !== null));
}

export function edgeItem(e: EdgeView, actions: PanelActions): HTMLElement {
  return el('li', { class: 'relation', attrs: { 'data-edge': e.key } }, [
    el('div', {}, [
      nodeLink(e.source.id, e.source.name, actions),
      ` ${edgeLabel(e.type)} `,
      nodeLink(e.target.id, e.target.name, actions),
    ]),
    renderEvidence(e.evidence, (a, at) => void openArticle(a, at)),
  ]);
}

export function renderEdge(e: EdgeView, actions: PanelActions): void {
  const stance = STANCE_OF[e.type];
  panel().replaceChildren(
    el('h2', { class: 'title', text: edgeLabel(e.type) }),
    el('div', { class: 'kind', text: stance ? `speech: ${stance}` : 'relationship' }),
    el('div', { class: 'edge-ends' }, [
      nodeLink(e.source.id, e.source.name, actions),
      ' → ',
      nodeLink(e.target.id, e.target.name, actions),
    ]),
    field('Cue', typeof e.props.cue === 'string' ? e.props.cue : null) ?? el('span'),
    field('Via', list(e.props.via).join(', ')) ?? el('span'),
    el('h3', { text: 'Evidence' }),
    renderEvidence(e.evidence, (a, at) => void openArticle(a, at)),
    stance && e.target.labels.includes('Claim')
      ? button('Trace this claim', () => actions.traceClaim(e.target.id))
      : el('span'),
  );
}
