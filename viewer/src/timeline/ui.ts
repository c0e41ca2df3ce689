// The timeline strip under the graph: the dated statements of the selected actor or claim and the incidents
// it took part in, one mark per item on a date axis. Marks outside the date filter are dimmed; hovering a mark
// highlights who said it in the graph, clicking it opens the claim or incident.
// In: timeline items and the date filter. Out: an SVG built from elements and text nodes (never markup).
import type { TimelineItem } from '../app/api.ts';
import { byId, el } from '../app/dom.ts';
import { edgeColor } from '../graph/style.ts';

export interface TimelineActions {
  open(item: TimelineItem): void;
  hover(item: TimelineItem | null): void;
}

const SVG = 'http://www.w3.org/2000/svg';
const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};
const COLOR: Record<string, string> = {
  claims: edgeColor('CLAIMS'),
  denies: edgeColor('DENIES'),
  confirms: edgeColor('CONFIRMS'),
  relays: edgeColor('RELAYED'),
  incident: '#111827',
};
const dayNumber = (d: string) => Date.parse(d.length === 7 ? `${d}-01` : d.slice(0, 10)) / 86_400_000;

export function hideTimeline(): void {
  byId('timeline').hidden = true;
}

export function renderTimeline(
  title: string,
  items: TimelineItem[],
  range: { from: string | null; to: string | null },
  actions: TimelineActions,
): void {
  const box = byId('timeline');
  const dated = items.filter((i) => i.date && /^\d{4}-\d{2}/.test(i.date));
  const undated = items.length - dated.length;
  const head = el('div', { class: 'timeline-head' }, [
    el('strong', { text: `Timeline: ${title}` }),
    el('span', { class: 'muted', text: ` ${dated.length} dated${undated ? `, ${undated} undated` : ''}` }),
  ]);
  const close = el('button', { text: '×', class: 'link', attrs: { type: 'button', 'aria-label': 'Close timeline' } });
  close.addEventListener('click', hideTimeline);
  head.append(close);
  if (!dated.length) {
    box.replaceChildren(head, el('p', { class: 'muted', text: 'No dated statements or incidents.' }));
    box.hidden = false;
    return;
  }
  const width = Math.max(300, box.clientWidth || 600) - 20;
  const height = 62;
  const days = dated.map((i) => dayNumber(i.date!));
  let lo = Math.min(...days);
  let hi = Math.max(...days);
  if (hi - lo < 2) [lo, hi] = [lo - 1, hi + 1];
  const x = (d: number) => 10 + ((d - lo) / (hi - lo)) * (width - 20);
  const root = svg('svg', { width, height, id: 'timeline-svg', role: 'img' });
  root.append(svg('line', { x1: 10, x2: width - 10, y1: 44, y2: 44, stroke: '#cbd5e1' }));
  // The date filter as a band; marks outside it are dimmed.
  const from = range.from ? dayNumber(range.from) : lo;
  const to = range.to ? dayNumber(range.to) : hi;
  if (range.from || range.to)
    root.append(
      svg('rect', {
        x: x(Math.max(lo, from)),
        y: 14,
        width: Math.max(2, x(Math.min(hi, to)) - x(Math.max(lo, from))),
        height: 32,
        fill: '#eff6ff',
      }),
    );
  const stack = new Map<number, number>();
  dated.forEach((item, i) => {
    const d = days[i]!;
    const px = Math.round(x(d));
    // Items of one day stack up in columns of five, side by side, so each mark can be pointed at.
    const level = stack.get(px) ?? 0;
    stack.set(px, level + 1);
    const y = 40 - 8 * (level % 5);
    const cx = px + 9 * Math.floor(level / 5);
    const inside = d >= from && d <= to;
    const mark =
      item.kind === 'incident'
        ? svg('rect', { x: cx - 4, y: y - 4, width: 8, height: 8, transform: `rotate(45 ${cx} ${y})` })
        : svg('circle', { cx, cy: y, r: 3.5 });
    mark.setAttribute('fill', COLOR[item.kind] ?? '#6b7280');
    mark.setAttribute('opacity', inside ? '1' : '0.2');
    mark.setAttribute('class', `tl-mark tl-${item.kind}`);
    mark.setAttribute('data-node', item.node);
    const tip = svg('title', {});
    tip.textContent = `${item.date} · ${item.actorName} ${item.kind === 'incident' ? '' : `${item.kind}: `}${item.text}`;
    mark.append(tip);
    mark.addEventListener('click', () => actions.open(item));
    mark.addEventListener('mouseenter', () => actions.hover(item));
    mark.addEventListener('mouseleave', () => actions.hover(null));
    root.append(mark);
  });
  const label = (d: number, anchor: string, px: number) => {
    const t = svg('text', { x: px, y: 58, 'font-size': 11, fill: '#6b7280', 'text-anchor': anchor });
    t.textContent = new Date(d * 86_400_000).toISOString().slice(0, 10);
    return t;
  };
  root.append(label(lo, 'start', 10), label(hi, 'end', width - 10));
  box.replaceChildren(head, root);
  box.hidden = false;
}
