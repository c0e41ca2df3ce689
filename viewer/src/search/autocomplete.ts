// Autocomplete over /api/search: a text box with a keyboard-navigable list of hits (text nodes only).
// In: an <input> and a pick callback. Out: the picked GraphNode.
import { type GraphNode, api } from '../app/api.ts';
import { debounce, el } from '../app/dom.ts';
import { KIND_COLOR, kindOf } from '../graph/style.ts';

export function attachAutocomplete(input: HTMLInputElement, onPick: (node: GraphNode) => void): void {
  const listbox = el('ul', { class: 'suggestions', attrs: { role: 'listbox' } });
  listbox.hidden = true;
  input.after(listbox);
  input.setAttribute('autocomplete', 'off');
  let hits: GraphNode[] = [];
  let active = -1;
  let seq = 0;

  const render = () => {
    listbox.replaceChildren(
      ...hits.map((h, i) => {
        const kind = kindOf(h.labels);
        const dot = el('span', { class: 'dot' });
        dot.style.background = KIND_COLOR[kind];
        const li = el('li', { attrs: { role: 'option', 'data-node': h.id, 'aria-selected': String(i === active) } }, [
          dot,
          el('span', { class: 'name', text: String(h.props.name ?? h.id) }),
          el('span', { class: 'muted', text: ` ${kind}` }),
        ]);
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    listbox.hidden = hits.length === 0;
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = String(hit.props.name ?? hit.id);
    hits = [];
    render();
    onPick(hit);
  };
  const query = debounce(async (q: string) => {
    const mine = ++seq;
    if (q.trim().length < 2) {
      hits = [];
      return render();
    }
    try {
      const res = await api.search(q.trim(), 10);
      if (mine !== seq) return;
      hits = res.hits;
      active = hits.length ? 0 : -1;
      render();
    } catch {
      hits = [];
      render();
    }
  }, 150);

  input.addEventListener('input', () => query(input.value));
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!hits.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      pick(Math.max(active, 0));
    } else if (ev.key === 'Escape') {
      hits = [];
      render();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => ((hits = []), render()), 100));
}
