// The viewer app: builds the graph from the snapshot, wires dataset → filtered → styled (sigma reducers),
// the panels and the URL state. In: the page URL and the snapshot request main.ts started. Out: the view.
import { mergeAround } from './actors/merge.ts';
import { actorTraceEmphasis, traceActors } from './actors/trace.ts';
import {
  type ActorGraph,
  ApiError,
  type CypherResult,
  type GraphColumns,
  type GraphNode,
  type GraphPage,
  type ServerConfig,
  type TimelineItem,
  type TraceResult,
  api,
} from './app/api.ts';
import { byId, debounce, el } from './app/dom.ts';
import { initCypher } from './cypher/ui.ts';
import { initExport } from './export/ui.ts';
import { renderFilters } from './filters/ui.ts';
import { computeVisibility, filtersByEvidence } from './filters/visibility.ts';
import { communities, communityColors, seedByCommunity } from './graph/communities.ts';
import {
  type Dataset,
  addEdgesFromColumns,
  buildDataset,
  buildDatasetFromColumns,
  degreesFromColumns,
  mergeInto,
  nodesFromColumns,
} from './graph/dataset.ts';
import type { LayoutHandle } from './graph/layout.ts';
import { parallelCurvatures } from './graph/parallel.ts';
import { GraphView } from './graph/renderer.ts';
import { nodeSizes } from './graph/sizes.ts';
import { initArticleDialog } from './panel/article.ts';
import { renderFolded } from './panel/folded.ts';
import { renderTrace } from './panel/trace.ts';
import * as panel from './panel/ui.ts';
import { attachAutocomplete } from './search/autocomplete.ts';
import { pathEmphasis, traceEmphasis } from './trace/highlight.ts';
import { hideTimeline, renderTimeline } from './timeline/ui.ts';
import { ACTOR_LIMIT, type ViewMode, type ViewState } from './url-state/state.ts';
import { decodeViewState, encodeViewState } from './url-state/url.ts';

/** Read-only hook for end-to-end tests and the benchmark. */
interface TestHook {
  ready: boolean;
  firstFrameMs: number | null;
  /** When the edges were on screen too: later than the first frame when a huge graph drew its nodes first. */
  edgesFrameMs: number | null;
  view?: GraphView;
  state(): ViewState;
  layoutRunning(): boolean;
  stopLayout(): void;
  error?: string;
}
declare global {
  interface Window {
    __kg: TestHook;
  }
}

/** The requests main.ts sent before this module was loaded: the actor network, or the snapshot of `limit` nodes. */
export interface EarlyLoad {
  limit: number;
  mode: ViewMode;
  data: Promise<readonly [ServerConfig, GraphPage | ActorGraph]>;
}

/**
 * Above this many edges the full view draws its nodes first and the edges in the next frames (with a line
 * saying so): sigma's edge processing and SwiftShader's drawing of 100,000 edges are most of a first frame.
 */
const DEFER_EDGES = 20_000;

interface FirstDataset {
  graph: Dataset;
  note: string;
  /** The snapshot whose edges are still to add (drawn after the first frame), with the degrees they give. */
  deferred?: { columns: GraphColumns; degrees: Map<string, number> };
}

/** The first graph: the folded actor network (communities seed the layout), or the full snapshot. */
function firstDataset(data: GraphPage | ActorGraph, state: ViewState): FirstDataset {
  if ('format' in data) {
    const note = pageNote(
      { nodes: data.nodes.id.length, edges: data.edges.key.length, edgeTotal: data.edgeTotal },
      data,
    );
    // Nodes first only when the edges change nothing the first frame shows: sizes by degree (known from the
    // columns), colours by kind (communities need the edges) and filters that do not hide nodes by their edges.
    const nodesFirst = state.sizeBy === 'degree' && state.colorBy === 'kind' && !filtersByEvidence(state.filters);
    if (data.edges.key.length > DEFER_EDGES && nodesFirst) {
      return { graph: nodesFromColumns(data), note, deferred: { columns: data, degrees: degreesFromColumns(data) } };
    }
    return { graph: buildDatasetFromColumns(data), note };
  }
  const graph = buildDataset(data.nodes, data.edges);
  seedByCommunity(graph, communities(graph));
  return {
    graph,
    note: data.truncated ? ` of ${data.total} actors: the most connected; search or expand for more` : '',
  };
}

const fmt = (x: number) => x.toLocaleString('en');

/** What the full view holds so far: nodes and edges drawn, and the edges the pages had before their cap. */
interface Loaded {
  nodes: number;
  edges: number;
  edgeTotal?: number | null;
}

/**
 * What a capped full view left out: "showing 5,000 of 61,234 nodes, the most connected, and 20,000 of their
 * 88,581 links (those among the most connected first)".
 */
function pageNote(loaded: Loaded, page: GraphPage): string {
  const edgesCut = typeof loaded.edgeTotal === 'number' && loaded.edgeTotal > loaded.edges;
  if (!page.truncated && !edgesCut) return '';
  const of = typeof page.total === 'number' ? ` of ${fmt(page.total)}` : '';
  const nodes = page.truncated ? ` · showing ${fmt(loaded.nodes)}${of} nodes, the most connected` : '';
  const edges = edgesCut
    ? `${nodes ? ',' : ' ·'} ${fmt(loaded.edges)} of ${nodes ? 'their ' : ''}${fmt(loaded.edgeTotal!)} links (among the most connected first)`
    : '';
  return nodes + edges;
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

export async function start(early: EarlyLoad): Promise<void> {
  const state: ViewState = decodeViewState(location.search);
  /** A shared link's camera: kept, not replaced by the fit after the layout. */
  const urlCamera = Boolean(state.camera);
  let layout: LayoutHandle | null = null;
  const hook: TestHook = {
    ready: false,
    firstFrameMs: null,
    edgesFrameMs: null,
    state: () => structuredClone(state),
    layoutRunning: () => layout?.running() ?? false,
    stopLayout: () => layout?.stop(),
  };
  window.__kg = hook;
  initArticleDialog();

  const status = byId('status');
  const actorView = state.mode === 'actors';
  const [config, first] = await (early.mode === state.mode && (actorView || early.limit === state.limit)
    ? early.data
    : Promise.all([api.config(), actorView ? api.actors({ limit: ACTOR_LIMIT }) : api.graph(state.limit)] as const));
  performance.mark('kg:fetched');
  const { graph, deferred, ...firstNote } = firstDataset(first, state);
  let note = firstNote.note;
  performance.mark('kg:dataset');
  byId('mode-toggle').textContent = actorView ? 'Full view' : 'Actor view';
  byId('mode-toggle').title = actorView
    ? 'Every claim, article and incident (large stores are capped)'
    : 'Actors only, with claims folded into links between them';
  // The status line counts what is drawn, after the filters.
  const showStatus = () => {
    const v = view.state.visibility;
    const what = actorView ? ['actors', 'links'] : ['nodes', 'edges'];
    status.textContent = `${actorView ? 'Actor view: ' : ''}${v.nodes.size} ${what[0]} · ${v.edges.size} ${what[1]} shown${graph.order > v.nodes.size ? ` (${graph.order - v.nodes.size} hidden by filters)` : ''}${note} · ${config.store} store`;
  };
  if (graph.order === 0) showEmptyStore(config.store);

  if (actorView && state.sizeBy === 'degree') state.sizeBy = 'statements';
  const colorsFor = () => (state.colorBy === 'community' ? communityColors(communities(graph)) : null);
  if (deferred) {
    const n = (x: number) => x.toLocaleString('en');
    status.textContent = `${n(graph.order)} nodes · drawing ${n(deferred.columns.edges.key.length)} edges…`;
  }
  const view = new GraphView(
    graph,
    byId('graph'),
    {
      visibility: computeVisibility(graph, state.filters),
      sizes: nodeSizes(graph, state.sizeBy, deferred?.degrees),
      colors: colorsFor(),
      curvatures: parallelCurvatures(graph),
      hovered: null,
      selectedNode: null,
      selectedEdge: null,
      emphasis: null,
    },
    deferred?.columns.edges.key.length,
  );
  hook.view = view;
  performance.mark('kg:sigma');
  const sigma = view.sigma;
  // Sigma drew its first frame in the constructor. The frame after next begins only once that frame was
  // committed, which (software compositing) waits for the GPU to finish drawing it: then it is on screen.
  // The panels, filters and handlers below are wired after that, so they do not hold the first frame back.
  await nextFrame();
  await nextFrame();
  hook.firstFrameMs = performance.now();
  if (deferred) {
    // The same visibility rules; with the edges in, the edges pass too (the nodes' do not change: see firstDataset).
    view.addEdges(
      () => addEdgesFromColumns(graph, deferred.columns),
      () => ({ visibility: computeVisibility(graph, state.filters), curvatures: parallelCurvatures(graph) }),
    );
    performance.mark('kg:edges');
    await nextFrame();
    await nextFrame();
  }
  hook.edgesFrameMs = performance.now();

  const syncUrl = () => history.replaceState(null, '', `${location.pathname}?${encodeViewState(state)}`);
  const camera = sigma.getCamera();
  camera.on(
    'updated',
    debounce(() => {
      const c = camera.getState();
      state.camera = { x: c.x, y: c.y, ratio: c.ratio, angle: c.angle };
      syncUrl();
    }, 200),
  );

  // Filters and legend (the first pass reuses the visibility the view was built with).
  let filtersDrawn = false;
  // Actor view: the server re-folds the links for the chosen dates; links with no statement in range are hidden.
  let inDates: Set<string> | null = null;
  const refold = async () => {
    const { dateFrom: from, dateTo: to } = state.filters;
    if (!from && !to) return void (inDates = null);
    const res = await api.actors({ limit: Math.max(ACTOR_LIMIT, graph.order), from, to });
    inDates = new Set(res.edges.map((e) => e.key));
    for (const e of res.edges) if (graph.hasEdge(e.key)) graph.mergeEdgeAttributes(e.key, { props: e.props });
  };
  const visibility = () => {
    const v = computeVisibility(graph, state.filters);
    if (!inDates) return v;
    const edges = new Set([...v.edges].filter((e) => inDates!.has(e)));
    const ends = new Set<string>();
    for (const e of edges) graph.extremities(e).forEach((n) => ends.add(n));
    return { nodes: new Set([...v.nodes].filter((n) => ends.has(n) || n === state.selectedNode)), edges };
  };
  const applyFilters = async (datesChanged = false) => {
    if (actorView && datesChanged) await refold().catch(showError);
    if (filtersDrawn) view.update({ visibility: visibility() });
    filtersDrawn = true;
    // A selection the filters now hide would leave it drawn alone on a grey graph: let it go, and say why.
    const selected = state.selectedNode;
    if (selected && graph.hasNode(selected) && !view.state.visibility.nodes.has(selected)) {
      clearSelection('The selected node is hidden by the filters; show its kind again to see it.');
    }
    showStatus();
    renderFilters({
      graph,
      filters: state.filters,
      sizeBy: state.sizeBy,
      colorBy: state.colorBy,
      actorView,
      onChange: (filters) => {
        const datesChanged = filters.dateFrom !== state.filters.dateFrom || filters.dateTo !== state.filters.dateTo;
        state.filters = filters;
        void applyFilters(datesChanged).then(refreshTimeline);
        syncUrl();
      },
      onSizeBy: (by) => {
        state.sizeBy = by;
        view.update({ sizes: nodeSizes(graph, by) });
        syncUrl();
      },
      onColorBy: (by) => {
        state.colorBy = by;
        view.update({ colors: colorsFor() });
        syncUrl();
      },
    });
  };

  // A capped full view pages on: the next most connected nodes, with their edges to what is drawn.
  const more = byId<HTMLButtonElement>('load-more');
  let loaded = 'format' in first ? first.nodes.id.length : 0;
  let edgesLoaded = 'format' in first ? first.edges.key.length : 0;
  let edgeTotal = 'format' in first && typeof first.edgeTotal === 'number' ? first.edgeTotal : null;
  more.hidden = !('format' in first && first.truncated);
  more.addEventListener('click', () => {
    more.disabled = true;
    void api
      .graph(state.limit, loaded)
      .then((page) => {
        nodesFromColumns(page).forEachNode((id, a) => void (graph.hasNode(id) || graph.addNode(id, a)));
        addEdgesFromColumns(graph, page);
        loaded += page.nodes.id.length;
        edgesLoaded += page.edges.key.length;
        if (edgeTotal !== null && typeof page.edgeTotal === 'number') edgeTotal += page.edgeTotal;
        note = pageNote({ nodes: loaded, edges: edgesLoaded, edgeTotal }, page);
        more.hidden = !page.truncated;
        view.update({
          visibility: visibility(),
          sizes: nodeSizes(graph, state.sizeBy),
          curvatures: parallelCurvatures(graph),
        });
        showStatus();
      })
      .catch(showError)
      .finally(() => (more.disabled = false));
  });

  // Selection, trace and path.
  const actions: panel.PanelActions = {
    selectNode: (id) => void selectNode(id, true),
    traceClaim: (id) => void traceClaim(id),
    traceActor: (id) => void traceActor(id, traceDefault),
    expand: actorView ? (id) => void expand(id) : undefined,
    pathFrom: (id) => {
      const from = byId<HTMLInputElement>('path-from');
      from.value = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
      from.dataset.node = id;
      byId<HTMLInputElement>('path-to').focus();
    },
  };
  // Actor traces start at the server's default and grow by "show more" up to its cap.
  const traceCap = config.limits.trace ?? 100;
  const traceDefault = Math.min(config.limits.traceDefault ?? 20, traceCap);
  const showError = (err: unknown) => panel.showError(err instanceof ApiError ? err.message : String(err));

  async function selectNode(id: string, center: boolean): Promise<void> {
    state.selectedNode = id;
    state.selectedEdge = null;
    syncUrl();
    panel.showLoading();
    try {
      // Opened from the panel, the timeline or search: a claim or an actor off the graph comes in with its links.
      if (!graph.hasNode(id)) await bringIn(id);
      if (state.selectedNode !== id) return;
      view.update({ selectedNode: id, selectedEdge: null });
      if (center) view.centerOn(id);
      const details = await api.node(id);
      if (state.selectedNode !== id) return;
      panel.renderNode(details, actions);
      void showTimeline(id, String(details.node.props.name ?? id));
    } catch (err) {
      showError(err);
    }
  }
  /** Adds a node that is not drawn yet: an actor with its folded links (actor view), else its neighbourhood. */
  async function bringIn(id: string): Promise<void> {
    const node = await api.node(id).then((d) => d.node);
    if (actorView && node.labels.includes('Actor')) {
      const res = await api.actors({ limit: 40, focus: [id], from: state.filters.dateFrom, to: state.filters.dateTo });
      mergeAround(graph, [node, ...res.nodes], res.edges, null);
    } else {
      const sub = await api.neighborhood(id, 200);
      // In the actor view only the node itself and its links to drawn actors come in, not their other claims.
      const keep = new Set([id, ...sub.nodes.filter((n) => !actorView || graph.hasNode(n.id)).map((n) => n.id)]);
      mergeAround(
        graph,
        [node, ...sub.nodes.filter((n) => keep.has(n.id) && n.id !== id)],
        sub.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
        null,
      );
    }
    refreshGraph();
  }
  /** Everything derived from the dataset, after nodes or edges were added. */
  function refreshGraph(): void {
    view.update({
      visibility: visibility(),
      curvatures: parallelCurvatures(graph),
      sizes: nodeSizes(graph, state.sizeBy),
      colors: colorsFor(),
    });
    showStatus();
  }
  /** Actor view: the actor's neighbours and the folded links to them, placed around it. */
  async function expand(id: string): Promise<void> {
    try {
      const res = await api.actors({ limit: 40, focus: [id], from: state.filters.dateFrom, to: state.filters.dateTo });
      const added = mergeAround(graph, res.nodes, res.edges, id);
      if (!state.expanded.includes(id)) state.expanded = [...state.expanded, id].slice(-50);
      syncUrl();
      refreshGraph();
      view.centerOn(id, 0.6);
      const note = byId('path-result');
      note.textContent = '';
      status.title = `${added.length} actors added around ${graph.getNodeAttribute(id, 'label')}`;
    } catch (err) {
      showError(err);
    }
  }
  let timelineOf: { id: string; name: string } | null = null;
  async function showTimeline(id: string, name: string): Promise<void> {
    timelineOf = { id, name };
    const res = await api.timeline(id).catch(() => null);
    if (!res || timelineOf?.id !== id) return;
    renderTimeline(name, res.items, { from: state.filters.dateFrom, to: state.filters.dateTo }, timelineActions);
  }
  const refreshTimeline = () => {
    if (timelineOf && !byId('timeline').hidden) void showTimeline(timelineOf.id, timelineOf.name);
  };
  const timelineActions = {
    open: (item: TimelineItem) => void selectNode(item.node, true),
    hover: (item: TimelineItem | null) =>
      view.update({ hovered: item && graph.hasNode(item.actor) ? item.actor : null }),
  };
  async function selectEdge(key: string): Promise<void> {
    if (!graph.hasEdge(key)) return;
    state.selectedEdge = key;
    state.selectedNode = null;
    view.update({ selectedNode: null, selectedEdge: key });
    syncUrl();
    panel.showLoading();
    hideTimeline();
    try {
      const a = graph.getEdgeAttributes(key);
      if (a.props.folded === true) {
        const [source, target] = graph.extremities(key);
        const { dateFrom, dateTo } = state.filters;
        const folded = await api.folded(a.rel, source, target, dateFrom, dateTo);
        if (state.selectedEdge !== key) return;
        const str = (v: unknown) => (typeof v === 'string' ? v : null);
        const meta = { count: Number(a.props.count ?? 0), first: str(a.props.first), latest: str(a.props.latest) };
        renderFolded(folded, meta, actions);
      } else panel.renderEdge(await api.edge(key, graph.source(key)), actions);
    } catch (err) {
      showError(err);
    }
  }
  function clearSelection(note?: string): void {
    state.selectedNode = null;
    state.selectedEdge = null;
    view.update({ selectedNode: null, selectedEdge: null });
    panel.showEmpty(note);
    hideTimeline();
    syncUrl();
  }
  async function traceClaim(id: string): Promise<void> {
    state.trace = id;
    state.traceActor = null;
    state.traceLimit = null;
    state.path = null;
    syncUrl();
    panel.showLoading('Tracing…');
    try {
      const trace = await api.traceClaim(id);
      if (state.trace !== id) return; // another trace or a path replaced this one meanwhile
      const emphasis = await emphasisOf(trace);
      view.update({ emphasis });
      view.fitNodes(emphasis.nodes);
      renderTrace(trace, actions, { title: 'Trace', limit: 1, cap: traceCap });
      byId('clear-emphasis').hidden = false;
    } catch (err) {
      showError(err);
    }
  }
  async function traceActor(id: string, limit: number): Promise<void> {
    limit = Math.min(limit, traceCap);
    state.traceActor = id;
    state.traceLimit = limit === traceDefault ? null : limit;
    state.trace = null;
    state.path = null;
    syncUrl();
    panel.showLoading('Tracing…');
    try {
      const trace = await api.traceActor(id, limit);
      if (state.traceActor !== id || (state.traceLimit ?? traceDefault) !== limit) return; // superseded
      const emphasis = await emphasisOf(trace);
      view.update({ emphasis });
      view.fitNodes(emphasis.nodes);
      renderTrace(trace, actions, {
        title: `Claims traced for ${trace.actor?.name ?? id}`,
        limit,
        cap: traceCap,
        onMore: (more) => void traceActor(id, more),
      });
      byId('clear-emphasis').hidden = false;
    } catch (err) {
      showError(err);
    }
  }
  /** Full view: the chain's nodes as drawn. Actor view: its actors (missing ones brought in) and their links. */
  async function emphasisOf(trace: TraceResult) {
    if (!actorView) return traceEmphasis(graph, trace);
    const actors = traceActors(trace).slice(0, 50);
    if (actors.some((a) => !graph.hasNode(a))) {
      const res = await api.actors({ limit: actors.length, focus: actors });
      mergeAround(graph, res.nodes, res.edges, null);
      refreshGraph();
    }
    return actorTraceEmphasis(graph, actors, trace);
  }
  async function findPath(from: string, to: string): Promise<void> {
    state.path = [from, to];
    state.trace = null;
    state.traceActor = null;
    state.traceLimit = null;
    syncUrl();
    const out = byId('path-result');
    out.textContent = 'Searching…';
    try {
      const res = await api.path(from, to);
      if (!res.found) {
        out.textContent = `No path${res.truncated ? ' in the loaded part of the graph' : ''}.`;
        view.update({ emphasis: null });
        return;
      }
      out.replaceChildren(
        el('span', { text: `${res.edges.length} hops: ` }),
        el('span', { text: res.nodes.map((n) => String(n.props.name ?? n.id)).join(' → ') }),
      );
      view.update({
        emphasis: pathEmphasis(
          graph,
          res.nodes.map((n) => n.id),
          res.edges,
        ),
      });
      byId('clear-emphasis').hidden = false;
    } catch (err) {
      out.textContent = err instanceof Error ? err.message : String(err);
    }
  }
  byId('clear-emphasis').addEventListener('click', () => {
    state.trace = null;
    state.traceActor = null;
    state.traceLimit = null;
    state.path = null;
    view.update({ emphasis: null });
    byId('clear-emphasis').hidden = true;
    byId('path-result').textContent = '';
    syncUrl();
    // The trace it highlighted leaves the panel too: back to the selection, or to the empty panel.
    if (state.selectedNode) void selectNode(state.selectedNode, false);
    else if (state.selectedEdge) void selectEdge(state.selectedEdge);
    else panel.showEmpty();
  });
  byId('fit-view').addEventListener('click', () => view.fit());
  byId('mode-toggle').addEventListener('click', () => {
    state.mode = actorView ? 'full' : 'actors';
    state.camera = null;
    state.expanded = [];
    if (state.sizeBy === 'statements') state.sizeBy = 'degree';
    location.search = encodeViewState(state);
  });

  sigma.on('clickNode', ({ node }) => void selectNode(node, false));
  sigma.on('doubleClickNode', (e) => {
    if (!actorView) return;
    e.preventSigmaDefault();
    void expand(e.node);
  });
  // The edge under the pointer by geometry: the picking layer's half resolution can name a neighbour.
  sigma.on('clickEdge', ({ edge, event }) => void selectEdge(view.edgeNear(event.x, event.y) ?? edge));
  // A click the picking layer missed (it is drawn only when the mouse asks, at half resolution) still selects
  // the edge drawn under the pointer; only a click on empty canvas clears the selection.
  sigma.on('clickStage', ({ event }) => {
    const edge = view.edgeNear(event.x, event.y);
    if (edge) void selectEdge(edge);
    else clearSelection();
  });
  sigma.on('enterNode', ({ node }) => view.update({ hovered: node }));
  sigma.on('leaveNode', () => view.update({ hovered: null }));

  // Search: the hit is selected, centred and highlighted; nodes outside the capped snapshot are fetched.
  const onHit = async (hit: GraphNode) => {
    if (!graph.hasNode(hit.id) && !actorView) {
      mergeInto(graph, [hit], []);
      view.update({ visibility: visibility() });
    }
    await selectNode(hit.id, true);
  };
  attachAutocomplete(byId<HTMLInputElement>('search'), (hit) => void onHit(hit));
  const pathPick = (input: HTMLInputElement) => attachAutocomplete(input, (hit) => (input.dataset.node = hit.id));
  pathPick(byId<HTMLInputElement>('path-from'));
  pathPick(byId<HTMLInputElement>('path-to'));
  byId('path-go').addEventListener('click', () => {
    const from = byId<HTMLInputElement>('path-from').dataset.node;
    const to = byId<HTMLInputElement>('path-to').dataset.node;
    if (from && to) void findPath(from, to);
    else byId('path-result').textContent = 'Pick both ends from the suggestions.';
  });

  // Layout: skipped when every node came with a position (a saved view or the benchmark).
  const preset =
    graph.order > 0 && graph.everyNode((_n, a) => typeof a.props.x === 'number' && typeof a.props.y === 'number');
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  // ForceAtlas2 and noverlap (with their workers) are loaded only when a layout runs.
  const startLayout = async () => {
    const { runLayout } = await import('./graph/layout.ts');
    layout = runLayout(graph, (n) => view.state.sizes.get(n) ?? 4, undefined, actorView ? ACTOR_LAYOUT : undefined);
    layoutButton.textContent = 'Stop layout';
    void layout.done.then(() => (layoutButton.textContent = 'Run layout'));
  };
  layoutButton.addEventListener('click', () => (layout?.running() ? layout.stop() : void startLayout()));
  if (!preset && graph.order > 1) await startLayout();
  // The whole graph in view once the layout settles, unless the URL brought a camera of its own (a shared view).
  void (layout as LayoutHandle | null)?.done.then(() => {
    if (!urlCamera) view.fit();
  });

  initExport(() => sigma, graph);
  // The console is offered only when the server runs it (Neo4j): otherwise it would only cover the graph.
  byId('cypher').hidden = !config.cypher;
  initCypher({
    enabled: config.cypher,
    storeKind: config.store,
    onResult: (res: CypherResult) => {
      mergeInto(graph, res.nodes, res.edges);
      view.update({
        visibility: visibility(),
        curvatures: parallelCurvatures(graph),
        sizes: nodeSizes(graph, state.sizeBy),
        emphasis: {
          kind: 'cypher',
          nodes: new Set(res.nodes.map((n) => n.id)),
          edges: new Set(res.edges.map((e) => e.key)),
        },
      });
      byId('clear-emphasis').hidden = false;
    },
  });

  // Restore the rest of the view from the URL.
  await applyFilters(Boolean(state.filters.dateFrom || state.filters.dateTo));
  for (const id of state.expanded) if (graph.hasNode(id)) await expand(id);
  if (state.camera) camera.setState(state.camera);
  if (state.selectedNode) await selectNode(state.selectedNode, false);
  else if (state.selectedEdge) await selectEdge(state.selectedEdge);
  else panel.showEmpty();
  if (state.trace) await traceClaim(state.trace);
  else if (state.traceActor) await traceActor(state.traceActor, state.traceLimit ?? traceDefault);
  else if (state.path) await findPath(...state.path);
  hook.ready = true;
}

/** ForceAtlas2 for the actor view: LinLog separates the communities, a stronger repulsion leaves room for labels. */
const ACTOR_LAYOUT = { linLogMode: true, scalingRatio: 12, gravity: 0.5, edgeWeightInfluence: 0.5 };

/** An empty store: say so, and how to fill it. */
function showEmptyStore(store: string): void {
  const hint = byId('empty-hint');
  hint.replaceChildren(
    el('h2', { text: 'No articles yet' }),
    el('p', { text: `The ${store} store is empty. Load articles, then reload this page:` }),
    el('pre', { text: 'npx kg ingest path/to/articles/   # text or HTML files, a directory, JSONL, URLs' }),
    el('p', { class: 'muted', text: 'or `npm start` to load the sample articles.' }),
  );
  hint.hidden = false;
}
