// The styled stage: sigma draws the dataset through nodeReducer/edgeReducer, which derive colour, size,
// visibility and highlight from the current inputs. The graph itself is never written for display.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, type EdgeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { Visibility } from '../filters/visibility.ts';
import type { Dataset, EdgeAttrs, NodeAttrs } from './dataset.ts';
import { DEFAULT_EDGE_COLOR, DIM_EDGE, DIM_NODE, EDGE_COLOR, KIND_COLOR, edgeLabel } from './style.ts';

/** A set of nodes and edges to bring forward (trace, path, Cypher result), everything else dimmed. */
export interface Emphasis {
  kind: 'trace' | 'path' | 'cypher';
  nodes: Set<string>;
  edges: Set<string>;
}

export interface StyleInputs {
  visibility: Visibility;
  sizes: Map<string, number>;
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

export class GraphView {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  private focus: Focus | null = null;

  constructor(
    readonly graph: Dataset,
    container: HTMLElement,
    private inputs: StyleInputs,
  ) {
    const large = graph.size > 20_000;
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      defaultEdgeType: 'arrow',
      edgeProgramClasses: {
        arrow: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
        curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
      },
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      // Very large graphs keep panning fluid by not drawing edges while the camera moves.
      hideEdgesOnMove: large,
      zIndex: true,
      labelFont: 'system-ui, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelDensity: 0.6,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: 7,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#475569' },
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.nodeStyle(node, data),
      edgeReducer: (edge, data) => this.edgeStyle(edge, data),
    });
    this.recomputeFocus();
  }

  update(partial: Partial<StyleInputs>): void {
    this.inputs = { ...this.inputs, ...partial };
    this.recomputeFocus();
    this.sigma.refresh({ skipIndexation: !('visibility' in partial || 'sizes' in partial || 'curvatures' in partial) });
  }

  get state(): Readonly<StyleInputs> {
    return this.inputs;
  }

  /** The neighbourhood of the hovered node, else of the selection; trace/path emphasis wins over both. */
  private recomputeFocus(): void {
    const { emphasis, hovered, selectedNode, selectedEdge, visibility } = this.inputs;
    const g = this.graph;
    if (emphasis) {
      const nodes = new Set(emphasis.nodes);
      if (hovered && g.hasNode(hovered)) nodes.add(hovered);
      this.focus = { nodes, edges: emphasis.edges, strong: emphasis.nodes };
      return;
    }
    const center = hovered ?? selectedNode;
    if (center && g.hasNode(center)) {
      const nodes = new Set([center]);
      const edges = new Set<string>();
      g.forEachEdge(center, (e, _a, s, t) => {
        if (!visibility.edges.has(e)) return;
        edges.add(e);
        nodes.add(s === center ? t : s);
      });
      this.focus = { nodes, edges, strong: new Set(selectedNode ? [selectedNode] : [center]) };
      return;
    }
    if (selectedEdge && g.hasEdge(selectedEdge)) {
      const ends = new Set(g.extremities(selectedEdge));
      this.focus = { nodes: ends, edges: new Set([selectedEdge]), strong: ends };
      return;
    }
    this.focus = null;
  }

  private nodeStyle(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const { visibility, sizes } = this.inputs;
    const strong = this.focus?.strong.has(node) ?? false;
    // Emphasised nodes stay drawn even when a filter hides them, so a trace is never half invisible.
    if (!visibility.nodes.has(node) && !strong) return { x: data.x, y: data.y, hidden: true };
    const out: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: data.label,
      size: sizes.get(node) ?? 4,
      color: KIND_COLOR[data.kind],
      zIndex: 1,
    };
    if (this.focus) {
      if (this.focus.nodes.has(node)) {
        out.zIndex = 2;
        out.forceLabel = true;
        out.highlighted = strong;
      } else {
        out.color = DIM_NODE;
        out.label = null;
        out.zIndex = 0;
      }
    }
    return out;
  }

  private edgeStyle(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
    const { visibility, curvatures } = this.inputs;
    const emphasised = this.focus?.edges.has(edge) ?? false;
    if (!visibility.edges.has(edge) && !(emphasised && this.inputs.emphasis)) return { hidden: true };
    const curvature = curvatures.get(edge);
    const out: Partial<EdgeDisplayData> & { curvature?: number } = {
      label: edgeLabel(data.rel),
      color: EDGE_COLOR[data.rel] ?? DEFAULT_EDGE_COLOR,
      size: 1.2,
      type: curvature ? 'curved' : 'arrow',
      zIndex: 1,
    };
    if (curvature) out.curvature = curvature;
    if (this.focus) {
      if (emphasised) {
        out.size = 3.5;
        out.forceLabel = true;
        out.zIndex = 2;
      } else {
        out.color = DIM_EDGE;
        out.label = null;
        out.zIndex = 0;
      }
    }
    return out;
  }

  /** The node's position in the camera's (framed) coordinates, for centring on it. */
  cameraTarget(node: string): { x: number; y: number } | null {
    const d = this.sigma.getNodeDisplayData(node);
    return d ? { x: d.x, y: d.y } : null;
  }

  centerOn(node: string, ratio = 0.35): void {
    const t = this.cameraTarget(node);
    if (t) void this.sigma.getCamera().animate({ x: t.x, y: t.y, ratio }, { duration: 400 });
  }
}
