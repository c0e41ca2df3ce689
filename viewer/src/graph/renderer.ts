// The styled stage: sigma draws the dataset through nodeReducer/edgeReducer, which derive colour, size,
// visibility and highlight from the current inputs. The graph itself is never written for display.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { Visibility } from '../filters/visibility.ts';
import type { Dataset, EdgeAttrs, NodeAttrs } from './dataset.ts';
import { arrowProgram, beginFrame, curvedArrowProgram, drawPicking, nodeProgram } from './programs.ts';
import { LabelSpace, edgeLabelDrawer, nodeLabelDrawer } from './labels.ts';
import { DIM_EDGE, DIM_NODE, KIND_COLOR, edgeColor, edgeLabel, foldedLabel } from './style.ts';

/** A set of nodes and edges to bring forward (trace, path, Cypher result), everything else dimmed. */
export interface Emphasis {
  kind: 'trace' | 'path' | 'cypher';
  nodes: Set<string>;
  edges: Set<string>;
}

export interface StyleInputs {
  visibility: Visibility;
  sizes: Map<string, number>;
  /** Node colours replacing the kind colour (communities), or null. */
  colors: Map<string, string> | null;
  curvatures: Map<string, number>;
  hovered: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  emphasis: Emphasis | null;
}

interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
  /** Nodes drawn with the highlight ring (the selection, trace or path members). */
  strong: Set<string>;
}

/**
 * Above these sizes sigma's large-graph settings apply: edges and labels are not drawn while the camera
 * moves, edge labels only for the focused neighbourhood, and hover highlights without dimming the rest
 * (dimming every other item re-processes the whole graph on each enter/leave).
 */
export const LARGE_NODES = 5_000;
export const LARGE_EDGES = 10_000;
/** Up to this many edges every edge carries its relationship label. */
const ALL_EDGE_LABELS = 5_000;

const EMPTY: ReadonlySet<string> = new Set();
/** Edge labels by relationship type, made once. */
const RELATION_LABEL: Record<string, string> = {};
/** An edge's label text, made only where it is drawn: 100,000 unlabelled edges need no strings. */
function edgeText(data: EdgeAttrs): string {
  return data.props.folded === true
    ? foldedLabel(data.rel, data.props.count, data.props.latest)
    : (RELATION_LABEL[data.rel] ??= edgeLabel(data.rel));
}

export class GraphView {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  readonly large: boolean;
  /** What dims everything else: emphasis, else the selection (and the hover on small graphs). */
  private focus: Focus | null = null;
  /** On large graphs only: the hovered neighbourhood, drawn emphasised on top without dimming. */
  private hover: Focus | null = null;
  private readonly edgeLabels: boolean;
  private readonly labels = new LabelSpace();

  /**
   * `edges`: how many edges the graph will hold, when they are added after the first frame (addEdges): the
   * large-graph settings are chosen for the whole graph.
   */
  constructor(
    readonly graph: Dataset,
    container: HTMLElement,
    private inputs: StyleInputs,
    edges = graph.size,
  ) {
    this.large = graph.order > LARGE_NODES || edges > LARGE_EDGES;
    this.edgeLabels = edges <= ALL_EDGE_LABELS;
    this.recomputeFocus();
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      defaultEdgeType: 'arrow',
      nodeProgramClasses: { circle: nodeProgram<NodeAttrs, EdgeAttrs>() },
      edgeProgramClasses: {
        arrow: arrowProgram<NodeAttrs, EdgeAttrs>(),
        curved: curvedArrowProgram<NodeAttrs, EdgeAttrs>(),
      },
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      // As sigma's large-graph examples: panning and zooming draw only the nodes, the rest when it rests.
      hideEdgesOnMove: this.large,
      hideLabelsOnMove: this.large,
      // Hairline edges on large graphs: sigma's default minimum (1.7 px each side) makes 50,000 edges a
      // grey sheet, and software WebGL pays for every pixel of it.
      minEdgeThickness: this.large ? 1 : 1.7,
      zIndex: true,
      labelFont: 'system-ui, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      // A few hundred actors: label all that fit (labels.ts drops the overlapping ones); more: the big ones.
      labelDensity: graph.order <= 500 ? 2 : 0.6,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: graph.order <= 500 ? 3 : 7,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#475569' },
      // Labels never overprint (labels.ts): what does not fit is left out, long ones end with an ellipsis.
      defaultDrawNodeLabel: nodeLabelDrawer(this.labels) as never,
      defaultDrawEdgeLabel: edgeLabelDrawer(this.labels) as never,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.nodeStyle(node, data),
      edgeReducer: (edge, data) => this.edgeStyle(edge, data),
    });
    this.tameMoves();
    this.shareLabelSpace();
  }

  /**
   * Node labels are drawn first each frame, then edge labels, and a hover redraws the edge labels alone: the
   * label space is cleared before the node labels and rewound to them before the edge labels. The curved
   * program brings its own label drawer; it gets the shared one too.
   */
  private shareLabelSpace(): void {
    const s = this.sigma as unknown as {
      renderLabels(): unknown;
      renderEdgeLabels(): unknown;
      edgePrograms: Record<string, { drawLabel?: unknown }>;
    };
    const space = this.labels;
    let nodeBoxes = space.size();
    const renderLabels = s.renderLabels.bind(this.sigma);
    const renderEdgeLabels = s.renderEdgeLabels.bind(this.sigma);
    s.renderLabels = () => {
      space.rewind(0);
      const r = renderLabels();
      nodeBoxes = space.size();
      return r;
    };
    s.renderEdgeLabels = () => {
      space.rewind(nodeBoxes);
      return renderEdgeLabels();
    };
    const curved = s.edgePrograms.curved;
    if (curved) curved.drawLabel = this.sigma.getSetting('defaultDrawEdgeLabel');
  }

  /** True while a drag, wheel zoom or camera animation is under way (sigma's own test in render). */
  moving(): boolean {
    const mouse = this.sigma.getMouseCaptor();
    return (
      this.sigma.getCamera().isAnimated() ||
      mouse.isMoving ||
      mouse.draggedEvents > 0 ||
      mouse.currentWheelDirection !== 0
    );
  }

  /**
   * Three sigma behaviours that cost seconds on a large graph in software WebGL:
   * - every frame draws the picking layer (item ids under the mouse); programs.ts draws it only when
   *   sigma is about to read it, i.e. on the first mousemove or click after a frame;
   * - after every drag, with hideEdgesOnMove, its mouse captor calls refresh() (a full re-index of every
   *   node and edge) only to get the edges drawn again: a render does that;
   * - every mousemove, drags included, reads the picking layer back from the GPU (a pipeline stall);
   *   nothing can be hovered while the camera moves, so that read is skipped then.
   * All refreshes of this module pass options, so a bare refresh() is the captor's.
   */
  private tameMoves(): void {
    const sigma = this.sigma;
    const refresh = sigma.refresh.bind(sigma);
    sigma.refresh = (opts) => (opts ? refresh(opts) : (sigma.scheduleRender(), sigma));
    sigma.on('beforeRender', () => beginFrame(sigma));
    // Both are private in sigma's typings but are what its mouse handlers call.
    const picking = sigma as unknown as {
      getNodeAtPosition(pos: { x: number; y: number }): string | null;
      getEdgeAtPoint(x: number, y: number): string | null;
    };
    const nodeAt = picking.getNodeAtPosition.bind(sigma);
    const edgeAt = picking.getEdgeAtPoint.bind(sigma);
    // Nothing can be hovered while the camera moves: skip the picking draw and its GPU read-back then (on a
    // small graph too: on software WebGL that read costs more than drawing the whole actor view).
    const skip = () => {
      // The camera, not the pointer: a click right after a mouse move must still find what is under it.
      const mouse = this.sigma.getMouseCaptor();
      return this.sigma.getCamera().isAnimated() || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
    };
    picking.getNodeAtPosition = (pos) => (skip() ? null : (drawPicking(sigma), nodeAt(pos)));
    picking.getEdgeAtPoint = (x, y) => (skip() ? null : (drawPicking(sigma), edgeAt(x, y)));
  }

  update(partial: Partial<StyleInputs>): void {
    const before = { focus: this.focus, hover: this.hover };
    this.inputs = { ...this.inputs, ...partial };
    this.recomputeFocus();
    if ('visibility' in partial || 'sizes' in partial || 'curvatures' in partial || 'colors' in partial) {
      this.sigma.refresh({ skipIndexation: false });
      return;
    }
    if (before.focus === this.focus) {
      // Only the non-dimming hover changed (large graphs): redraw just the two neighbourhoods.
      if (before.hover === this.hover) return;
      const nodes = new Set([...(before.hover?.nodes ?? EMPTY), ...(this.hover?.nodes ?? EMPTY)]);
      const edges = new Set([...(before.hover?.edges ?? EMPTY), ...(this.hover?.edges ?? EMPTY)]);
      this.sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
      return;
    }
    this.sigma.refresh({ skipIndexation: true });
  }

  /**
   * Edges added to the dataset after the first frame (a huge graph draws its nodes first). Sigma would index
   * and re-process each added edge on its own (an event each): its graph listeners are off while `add` runs,
   * then the edges are processed in one pass and drawn. `inputs` (read once the edges are in) must leave the
   * nodes' display as it was (same sizes, same visible nodes): only the edges are re-processed.
   */
  addEdges(add: () => void, inputs: () => Partial<StyleInputs>): void {
    // Private in sigma's typings; sigma's own setGraph() calls them the same way.
    const s = this.sigma as unknown as { unbindGraphHandlers(): void; bindGraphHandlers(): void };
    s.unbindGraphHandlers();
    try {
      add();
    } finally {
      s.bindGraphHandlers();
    }
    this.inputs = { ...this.inputs, ...inputs() };
    this.recomputeFocus();
    this.sigma.refresh({ partialGraph: { edges: this.graph.edges() }, skipIndexation: false });
  }

  get state(): Readonly<StyleInputs> {
    return this.inputs;
  }

  /** A focus object is kept as long as its inputs are the same, so update() can tell what changed. */
  private recomputeFocus(): void {
    const { emphasis, hovered, selectedNode, selectedEdge } = this.inputs;
    const g = this.graph;
    const hover = hovered && g.hasNode(hovered) ? hovered : null;
    const focusKey = emphasis
      ? ['e', emphasis, this.large ? null : hover]
      : ['s', this.large ? null : hover, selectedNode, selectedEdge];
    if (!this.focusKey || focusKey.some((k, i) => k !== this.focusKey![i]) || this.visibilityChanged()) {
      this.focusKey = focusKey;
      this.focus = this.computeFocus(this.large ? null : hover);
    }
    const hoverKey = this.large ? hover : null;
    if (hoverKey !== this.hoverKey || this.visibilityChanged()) {
      this.hoverKey = hoverKey;
      this.hover = hoverKey ? this.neighbourhood(hoverKey, hoverKey) : null;
    }
    this.seenVisibility = this.inputs.visibility;
  }
  private focusKey: unknown[] | null = null;
  private hoverKey: string | null = null;
  private seenVisibility: Visibility | null = null;
  private visibilityChanged(): boolean {
    return this.seenVisibility !== this.inputs.visibility;
  }

  /** The neighbourhood of the hovered node, else of the selection; trace/path emphasis wins over both. */
  private computeFocus(hovered: string | null): Focus | null {
    const { emphasis, selectedNode, selectedEdge } = this.inputs;
    const g = this.graph;
    if (emphasis) {
      const nodes = new Set(emphasis.nodes);
      if (hovered) nodes.add(hovered);
      return { nodes, edges: emphasis.edges, strong: emphasis.nodes };
    }
    const center = hovered ?? selectedNode;
    if (center && g.hasNode(center)) return this.neighbourhood(center, selectedNode ?? center);
    if (selectedEdge && g.hasEdge(selectedEdge)) {
      const ends = new Set(g.extremities(selectedEdge));
      return { nodes: ends, edges: new Set([selectedEdge]), strong: ends };
    }
    return null;
  }

  private neighbourhood(center: string, strong: string): Focus {
    const { visibility } = this.inputs;
    const nodes = new Set([center]);
    const edges = new Set<string>();
    this.graph.forEachEdge(center, (e, _a, s, t) => {
      if (!visibility.edges.has(e)) return;
      edges.add(e);
      nodes.add(s === center ? t : s);
    });
    return { nodes, edges, strong: new Set([strong]) };
  }

  private nodeStyle(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const { visibility, sizes } = this.inputs;
    const strong = this.focus?.strong.has(node) ?? false;
    // Emphasised nodes stay drawn even when a filter hides them, so a trace is never half invisible.
    if (!visibility.nodes.has(node) && !strong) return { x: data.x, y: data.y, hidden: true };
    const color = this.inputs.colors?.get(node) ?? KIND_COLOR[data.kind];
    // Claim texts and headlines are read in the panel; on the overview they would only cover the actors.
    const wordy = data.kind === 'Claim' || data.kind === 'Article';
    const out: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: wordy ? null : data.label,
      size: sizes.get(node) ?? 4,
      color,
      zIndex: 1,
    };
    if (this.focus) {
      if (this.focus.nodes.has(node)) {
        out.label = wordy && !strong && this.focus.nodes.size > 12 ? null : data.label;
        out.zIndex = 2;
        out.forceLabel = true;
        out.highlighted = strong;
      } else {
        out.color = DIM_NODE;
        out.label = null;
        out.zIndex = 0;
      }
    }
    // The large-graph hover: colour and label back, drawn on the hover layer; the z-order is left alone
    // so that only the neighbourhood is re-processed.
    if (this.hover?.nodes.has(node)) {
      out.color = color;
      out.label = data.label;
      out.forceLabel = true;
      out.highlighted = true;
    }
    return out;
  }

  private edgeStyle(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
    const { visibility, curvatures } = this.inputs;
    const emphasised = this.focus?.edges.has(edge) ?? false;
    if (!visibility.edges.has(edge) && !(emphasised && this.inputs.emphasis)) return { hidden: true };
    const curvature = curvatures.get(edge);
    const folded = data.props.folded === true;
    const count = typeof data.props.count === 'number' ? data.props.count : 1;
    const out: Partial<EdgeDisplayData> & { curvature?: number } = {
      label: this.edgeLabels ? edgeText(data) : null,
      color: edgeColor(data.rel),
      // A folded link is as thick as the statements it stands for (log scale, capped: software WebGL pays for
      // every pixel of a thick line, and hubs' links fold hundreds of statements).
      size: this.large ? 0.5 : folded ? Math.min(4, 1 + Math.log2(count) / 2) : 1.2,
      type: curvature ? 'curved' : 'arrow',
      zIndex: 1,
    };
    if (curvature) out.curvature = curvature;
    if (this.focus) {
      if (emphasised) {
        out.label = edgeText(data);
        out.size = Math.max(3, out.size ?? 0);
        out.forceLabel = true;
        out.zIndex = 2;
      } else {
        out.color = DIM_EDGE;
        out.label = null;
        out.zIndex = 0;
      }
    }
    if (this.hover?.edges.has(edge)) {
      out.color = edgeColor(data.rel);
      out.label = edgeText(data);
      out.size = Math.max(3, out.size ?? 0);
      out.forceLabel = true;
    }
    return out;
  }

  /** The node's position in the camera's (framed) coordinates, for centring on it. */
  cameraTarget(node: string): { x: number; y: number } | null {
    const d = this.sigma.getNodeDisplayData(node);
    return d ? { x: d.x, y: d.y } : null;
  }

  /**
   * The drawn edge nearest a viewport point, within `tolerance` pixels, measured on the geometry (a curved edge
   * sampled along its curve). Sigma's picking layer is drawn at half resolution, so in a dense area a click can
   * land on a neighbouring edge's pixels; the click handler trusts this instead.
   */
  edgeNear(px: number, py: number, tolerance = 8): string | null {
    const sigma = this.sigma;
    let best: string | null = null;
    let bestD = tolerance;
    this.graph.forEachEdge((e, _a, s, t) => {
      const ed = sigma.getEdgeDisplayData(e);
      if (!ed || ed.hidden) return;
      const sd = sigma.getNodeDisplayData(s);
      const td = sigma.getNodeDisplayData(t);
      if (!sd || !td || sd.hidden || td.hidden) return;
      const a = sigma.framedGraphToViewport(sd);
      const b = sigma.framedGraphToViewport(td);
      if (Math.min(a.x, b.x) - bestD > px || Math.max(a.x, b.x) + bestD < px) return;
      if (Math.min(a.y, b.y) - bestD > py || Math.max(a.y, b.y) + bestD < py) return;
      const curvature = this.inputs.curvatures.get(e) ?? 0;
      const d = curvature ? curveDistance(a, b, curvature, px, py) : segmentDistance(a.x, a.y, b.x, b.y, px, py);
      if (d < bestD) {
        bestD = d;
        best = e;
      }
    });
    return best;
  }

  /** Moves the camera so that all these nodes are in view (a trace, a path), with a margin. */
  fitNodes(nodes: Iterable<string>): void {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const n of nodes) {
      const d = this.sigma.getNodeDisplayData(n);
      if (!d) continue;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (minX === Infinity) return;
    const ratio = Math.min(1.2, Math.max(0.15, 1.4 * Math.max(maxX - minX, maxY - minY)));
    void this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
  }

  /** Zooms out to the whole graph. */
  fit(): void {
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  centerOn(node: string, ratio = 0.35): void {
    const t = this.cameraTarget(node);
    if (t) void this.sigma.getCamera().animate({ x: t.x, y: t.y, ratio }, { duration: 400 });
  }
}

function segmentDistance(ax: number, ay: number, bx: number, by: number, px: number, py: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
  return Math.hypot(ax + t * dx - px, ay + t * dy - py);
}

/** Distance to a quadratic curve bent as @sigma/edge-curve bends it (control point off the chord's middle). */
function curveDistance(
  a: { x: number; y: number },
  b: { x: number; y: number },
  curvature: number,
  px: number,
  py: number,
) {
  const cx = (a.x + b.x) / 2 + (b.y - a.y) * curvature;
  const cy = (a.y + b.y) / 2 - (b.x - a.x) * curvature;
  let best = Infinity;
  let prev = a;
  for (let i = 1; i <= 12; i++) {
    const t = i / 12;
    const p = {
      x: (1 - t) * (1 - t) * a.x + 2 * t * (1 - t) * cx + t * t * b.x,
      y: (1 - t) * (1 - t) * a.y + 2 * t * (1 - t) * cy + t * t * b.y,
    };
    best = Math.min(best, segmentDistance(prev.x, prev.y, p.x, p.y, px, py));
    prev = p;
  }
  return best;
}
