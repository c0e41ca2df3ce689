// Filter controls, which double as the legend: node kinds (colour + count), edge types (colour),
// stances, outlet, article and a time slider over publication and incident dates.
// In: the dataset and current Filters. Out: new Filters through onChange.
import { byId, el } from '../app/dom.ts';
import type { Dataset } from '../graph/dataset.ts';
import type { SizeBy } from '../graph/sizes.ts';
import { EDGE_TYPES, KIND_COLOR, NODE_KINDS, STANCES, edgeColor, edgeLabel, foldedVerb } from '../graph/style.ts';
import type { ColorBy } from '../url-state/state.ts';
import type { Filters } from './types.ts';
import { dayOf } from './visibility.ts';

export interface FilterUiOptions {
  graph: Dataset;
  filters: Filters;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** The folded actor network: edge types read as what one actor says of another. */
  actorView: boolean;
  onChange(filters: Filters): void;
  onSizeBy(by: SizeBy): void;
  onColorBy(by: ColorBy): void;
}

const toggle = <T>(xs: T[], x: T, hide: boolean) => (hide ? [...new Set([...xs, x])] : xs.filter((y) => y !== x));

function checkbox(id: string, checked: boolean, label: Array<Node | string>, onChange: (checked: boolean) => void) {
  const input = el('input', { attrs: { type: 'checkbox', id } });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { class: 'check', attrs: { for: id } }, [input, ...label]);
}

function swatch(color: string, shape: 'dot' | 'line') {
  const s = el('span', { class: shape });
  s.style.background = color;
  return s;
}

export function renderFilters(o: FilterUiOptions): void {
  const { graph } = o;
  const f = o.filters;
  const kindCount = new Map<string, number>();
  const articles: Array<{ id: string; label: string; outlet: string | null }> = [];
  const days = new Set<string>();
  graph.forEachNode((n, a) => {
    kindCount.set(a.kind, (kindCount.get(a.kind) ?? 0) + 1);
    if (a.kind === 'Article')
      articles.push({ id: n, label: a.date ? `${a.date} · ${a.label}` : a.label, outlet: a.outlet });
    const d = dayOf(a.date);
    if (d) days.add(d);
  });
  const typeCount = new Map<string, number>();
  graph.forEachEdge((_e, a) => {
    typeCount.set(a.rel, (typeCount.get(a.rel) ?? 0) + 1);
    // Folded links carry the dates of their first and latest statement.
    for (const d of [a.props.first, a.props.latest]) if (typeof d === 'string' && dayOf(d)) days.add(dayOf(d)!);
  });
  const change = (patch: Partial<Filters>) => o.onChange({ ...f, ...patch });

  const kinds = NODE_KINDS.filter((k) => kindCount.has(k)).map((k) =>
    checkbox(
      `filter-kind-${k}`,
      !f.hiddenKinds.includes(k),
      [swatch(KIND_COLOR[k], 'dot'), `${k} (${kindCount.get(k)})`],
      (on) => change({ hiddenKinds: toggle(f.hiddenKinds, k, !on) }),
    ),
  );
  // Types the model does not list yet (a newer store) are shown after the known ones, never dropped.
  const known = new Set<string>(EDGE_TYPES);
  const typeList = [
    ...EDGE_TYPES.filter((t) => typeCount.has(t)),
    ...[...typeCount.keys()].filter((t) => !known.has(t)).sort(),
  ];
  const types = typeList.map((t) =>
    checkbox(
      `filter-edge-${t}`,
      !f.hiddenEdges.includes(t),
      [swatch(edgeColor(t), 'line'), `${o.actorView ? foldedVerb(t) : edgeLabel(t)} (${typeCount.get(t)})`],
      (on) => change({ hiddenEdges: toggle(f.hiddenEdges, t, !on) }),
    ),
  );
  const stances = STANCES.map((s) =>
    checkbox(
      `filter-stance-${s}`,
      !f.hiddenStances.includes(s),
      [el('span', { class: `stance stance-${s}`, text: s })],
      (on) => change({ hiddenStances: toggle(f.hiddenStances, s, !on) }),
    ),
  );

  const outlets = [...new Set(articles.map((a) => a.outlet).filter((x): x is string => Boolean(x)))];
  const outletSelect = el('select', { attrs: { id: 'filter-outlet' } }, [
    el('option', { text: 'All outlets', attrs: { value: '' } }),
    ...outlets.map((id) =>
      el('option', { text: graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id, attrs: { value: id } }),
    ),
  ]);
  outletSelect.value = f.outlet ?? '';
  outletSelect.addEventListener('change', () => change({ outlet: outletSelect.value || null }));

  const articleSelect = el('select', { attrs: { id: 'filter-article' } }, [
    el('option', { text: 'All articles', attrs: { value: '' } }),
    ...articles
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((a) => el('option', { text: a.label.slice(0, 90), attrs: { value: a.id } })),
  ]);
  articleSelect.value = f.article ?? '';
  articleSelect.addEventListener('change', () => change({ article: articleSelect.value || null }));

  const sorted = [...days].sort();
  const timeSlider =
    sorted.length >= 1 ? dateSlider(sorted, f, change) : el('p', { class: 'muted', text: 'No dates known.' });

  const size = el('select', { attrs: { id: 'size-by' } }, [
    el('option', { text: 'degree', attrs: { value: 'degree' } }),
    el('option', { text: 'PageRank', attrs: { value: 'pagerank' } }),
    el('option', { text: 'statements', attrs: { value: 'statements' } }),
  ]);
  size.value = o.sizeBy;
  size.addEventListener('change', () => o.onSizeBy(size.value as SizeBy));
  const color = el('select', { attrs: { id: 'color-by' } }, [
    el('option', { text: 'kind', attrs: { value: 'kind' } }),
    el('option', { text: 'community', attrs: { value: 'community' } }),
  ]);
  color.value = o.colorBy;
  color.addEventListener('change', () => o.onColorBy(color.value as ColorBy));

  // Time, stance and source first: on a 1366x768 screen they must be visible without scrolling.
  byId('filters').replaceChildren(
    el('h3', { text: 'Time' }),
    timeSlider,
    o.actorView ? el('span') : el('h3', { text: 'Stance' }),
    o.actorView ? el('span') : el('div', { class: 'checks inline' }, stances),
    o.actorView || !outlets.length ? el('span') : el('h3', { text: 'Source' }),
    o.actorView || !outlets.length ? el('span') : outletSelect,
    o.actorView ? el('span') : articleSelect,
    el('h3', { text: o.actorView ? 'Links' : 'Edges' }),
    el('div', { class: 'checks two' }, types),
    el('h3', { text: o.actorView ? 'Actors' : 'Nodes' }),
    el('div', { class: 'checks two' }, kinds),
    el('label', { class: 'row' }, ['Size by ', size]),
    el('label', { class: 'row' }, ['Colour by ', color]),
  );
}

function dateSlider(days: string[], f: Filters, change: (p: Partial<Filters>) => void): HTMLElement {
  const max = days.length - 1;
  const idx = (d: string | null, fallback: number) => {
    if (!d) return fallback;
    const i = days.findIndex((x) => x >= d);
    return i < 0 ? max : i;
  };
  const from = el('input', {
    attrs: { type: 'range', min: '0', max: String(max), step: '1', id: 'filter-from', 'aria-label': 'from date' },
  });
  const to = el('input', {
    attrs: { type: 'range', min: '0', max: String(max), step: '1', id: 'filter-to', 'aria-label': 'to date' },
  });
  from.value = String(idx(f.dateFrom, 0));
  to.value = String(f.dateTo ? Math.max(0, days.filter((d) => d <= f.dateTo!).length - 1) : max);
  const label = el('div', { class: 'muted', attrs: { id: 'filter-dates' } });
  const show = () => (label.textContent = `${days[Number(from.value)]} → ${days[Number(to.value)]}`);
  show();
  const commit = () => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) [a, b] = [b, a];
    change({ dateFrom: a === 0 ? null : days[a]!, dateTo: b === max ? null : days[b]! });
  };
  from.addEventListener('input', show);
  to.addEventListener('input', show);
  from.addEventListener('change', commit);
  to.addEventListener('change', commit);
  const reset = el('button', { text: 'all dates', class: 'link', attrs: { type: 'button' } });
  reset.addEventListener('click', () => change({ dateFrom: null, dateTo: null }));
  return el('div', { class: 'slider' }, [from, to, label, reset]);
}
