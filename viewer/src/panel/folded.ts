// A folded actor → actor link in the side panel: who, what (claims about / denies / relays ...), how often and
// when, then every statement it stands for with its evidence. In: a FoldedView. Out: DOM of text nodes.
import type { FoldedView } from '../app/api.ts';
import { el } from '../app/dom.ts';
import { foldedVerb } from '../graph/style.ts';
import { type PanelActions, edgeItem, nodeLink, panel, statement } from './ui.ts';

export function renderFolded(
  v: FoldedView,
  meta: { count: number; first: string | null; latest: string | null },
  actions: PanelActions,
): void {
  const name = (n: FoldedView['source']) => String(n.props.name ?? n.id);
  const dates =
    meta.first && meta.latest && meta.first !== meta.latest
      ? `${meta.first} – ${meta.latest}`
      : (meta.latest ?? 'undated');
  const items = v.statements.length
    ? v.statements.map((s) => statement(s, 'speaker', actions))
    : v.relations.map((r) => edgeItem(r, actions));
  panel().replaceChildren(
    el('h2', { class: 'title', attrs: { id: 'folded-title' } }, [
      nodeLink(v.source.id, name(v.source), actions),
      ` ${foldedVerb(v.type)} `,
      nodeLink(v.target.id, name(v.target), actions),
    ]),
    el('div', { class: 'kind', text: `${meta.count} ${meta.count === 1 ? 'statement' : 'statements'} · ${dates}` }),
    el('h3', { text: `Evidence (${items.length})` }),
    items.length
      ? el('ul', { class: 'items', attrs: { id: 'folded-items' } }, items)
      : el('p', { class: 'muted', text: 'None in the selected dates.' }),
    v.truncated ? el('p', { class: 'muted', text: 'The list was capped; open the actor for more.' }) : el('span'),
  );
}
