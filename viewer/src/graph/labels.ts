// Labels that never overprint: each frame keeps the boxes of the labels drawn so far, and a node or edge label
// that would overlap one is skipped (node labels are drawn first, so they win over edge labels). Long labels
// are cut with an ellipsis; edge labels are also cut to the length of their edge.
// In: sigma's label-drawing calls. Out: drawing functions for sigma's settings and programs.
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData, PartialButFor } from 'sigma/types';

const PAD = 2;

/** The label boxes of the frame being drawn. */
export class LabelSpace {
  private boxes: number[] = [];
  size(): number {
    return this.boxes.length;
  }
  /** Forgets the boxes claimed after the first `size` entries (size() gave it). */
  rewind(size: number): void {
    this.boxes.length = size;
  }
  /** Claims the box when it is free; always claims it when `force` (a selected or traced node's label). */
  take(x0: number, y0: number, x1: number, y1: number, force = false): boolean {
    const b = this.boxes;
    if (!force)
      for (let i = 0; i < b.length; i += 4)
        if (x0 < b[i + 2]! + PAD && x1 + PAD > b[i]! && y0 < b[i + 3]! + PAD && y1 + PAD > b[i + 1]!) return false;
    b.push(x0, y0, x1, y1);
    return true;
  }
}

/** Cuts text to at most `max` characters, on a word boundary when one is near, with an ellipsis. */
export function ellipsize(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Text widths by font and text: labels repeat ("claims about ×2") and measureText costs on every frame. */
const widths = new Map<string, number>();
function measure(ctx: CanvasRenderingContext2D, text: string): number {
  const key = `${ctx.font}\u0000${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (widths.size > 20_000) widths.clear();
    widths.set(key, (w = ctx.measureText(text).width));
  }
  return w;
}

/** Shrinks a label until it fits `width` pixels (null when fewer than 4 characters would be left). */
function fit(ctx: CanvasRenderingContext2D, label: string, width: number): { text: string; w: number } | null {
  let w = measure(ctx, label);
  if (w <= width) return { text: label, w };
  // Start from the proportional cut, then step down: a couple of measures instead of one per character.
  let n = Math.floor((label.length * width) / w);
  while (n >= 4) {
    const text = `${label.slice(0, n).trimEnd()}…`;
    w = measure(ctx, text);
    if (w <= width) return { text, w };
    n--;
  }
  return null;
}

/** White halo under the text, so a label stays readable over edges and discs. */
function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, color: string): void {
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}

/** The edge's colour for its label, or slate when the colour is too pale to read as text. */
function ink(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return '#475569';
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! > 170 ? '#475569' : color;
}

type NodeLabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;
type EdgeEnd = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size'>;
type EdgeLabelData = PartialButFor<EdgeDisplayData, 'label' | 'color' | 'size'> & { curvature?: number };

export function nodeLabelDrawer(space: LabelSpace, maxChars = 34) {
  return (ctx: CanvasRenderingContext2D, data: NodeLabelData, settings: Settings): void => {
    if (!data.label) return;
    const size = settings.labelSize;
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const text = ellipsize(data.label, maxChars);
    const w = measure(ctx, text);
    const x = data.x + data.size + 3;
    const y = data.y + size / 3;
    if (!space.take(x, y - size, x + w, y + size / 4, data.highlighted === true)) return;
    haloText(ctx, text, x, y, '#111827');
  };
}

/** Straight and curved edges alike: the label sits on the chord (offset to the curve's apex), upright. */
export function edgeLabelDrawer(space: LabelSpace) {
  return (ctx: CanvasRenderingContext2D, edge: EdgeLabelData, s: EdgeEnd, t: EdgeEnd, settings: Settings): void => {
    if (!edge.label) return;
    const size = settings.edgeLabelSize;
    ctx.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
    let dx = t.x - s.x;
    let dy = t.y - s.y;
    const d = Math.hypot(dx, dy);
    if (d < s.size + t.size + 8) return;
    dx /= d;
    dy /= d;
    const room = d - s.size - t.size - 6;
    const label = fit(ctx, edge.label, room);
    if (!label) return;
    // A quadratic curve's apex is half its control point's offset from the chord (@sigma/edge-curve).
    const bend = (edge.curvature ?? 0) * d * 0.5;
    const cx = (s.x + s.size * dx + t.x - t.size * dx) / 2 + dy * bend;
    const cy = (s.y + s.size * dy + t.y - t.size * dy) / 2 - dx * bend;
    let angle = Math.atan2(dy, dx);
    if (angle > Math.PI / 2) angle -= Math.PI;
    if (angle < -Math.PI / 2) angle += Math.PI;
    const hw = label.w / 2;
    const hh = size / 2 + 1;
    const ax = Math.abs(Math.cos(angle)) * hw + Math.abs(Math.sin(angle)) * hh;
    const ay = Math.abs(Math.sin(angle)) * hw + Math.abs(Math.cos(angle)) * hh;
    if (!space.take(cx - ax, cy - ay, cx + ax, cy + ay)) return;
    ctx.save();
    ctx.translate(cx, cy);
    ctx.rotate(angle);
    // A white plate under the text: the edge runs through the label, and would show between the words.
    ctx.fillStyle = 'rgba(255,255,255,0.88)';
    ctx.fillRect(-hw - 2, -hh, label.w + 4, 2 * hh);
    ctx.fillStyle = ink(edge.color);
    ctx.fillText(label.text, -hw, size / 3);
    ctx.restore();
  };
}
