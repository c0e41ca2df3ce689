// The viewer app: builds the graph from the snapshot, wires dataset → filtered → styled (sigma reducers),
// the panels and the URL state. In: the page URL and the snapshot request main.ts started. Out: the view.
import { ApiError, type CypherResult, type GraphColumns, type GraphNode, type ServerConfig, api } from './app/api.ts';
import { byId, debounce, el } from './app/dom.ts';
import { initCypher } from './cypher/ui.ts';
import { initExport } from './export/ui.ts';
import { renderFilters } from './filters/ui.ts';
import { computeVisibility } from './filters/visibility.ts';
import { buildDatasetFromColumns, mergeInto } from './graph/dataset.ts';
import type { LayoutHandle } from './graph/layout.ts';
import { parallelCurvatures } from './graph/parallel.ts';
import { GraphView } from './graph/renderer.ts';
import { nodeSizes } from './graph/sizes.ts';
import { initArticleDialog } from './panel/article.ts';
import { renderTrace } from './panel/trace.ts';
import * as panel from './panel/ui.ts';
import { attachAutocomplete } from './search/autocomplete.ts';
import { pathEmphasis, traceEmphasis } from './trace/highlight.ts';
import type { ViewState } from './url-state/state.ts';
import { decodeViewState, encodeViewState } from './url-state/url.ts';

/** Read-only hook for end-to-end tests and the benchmark. */
interface TestHook {
  ready: boolean;
  firstFrameMs: number | null;
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

/** The requests main.ts sent before this module was loaded, for the snapshot of `limit` nodes. */
export interface EarlyLoad {
  limit: number;
  data: Promise<[ServerConfig, GraphColumns & { limit: number }]>;
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

export async function start(early: EarlyLoad): Promise<void> {
  const state: ViewState = decodeViewState(location.search);
  let layout: LayoutHandle | null = null;
  const hook: TestHook = {
    ready: false,
    firstFrameMs: null,
    state: () => structuredClone(state),
    layoutRunning: () => layout?.running() ?? false,
    stopLayout: () => layout?.stop(),
  };
  window.__kg = hook;
  initArticleDialog();

  const status = byId('status');
  const [config, snapshot] = await (early.limit === state.limit
    ? early.data
    : Promise.all([api.config(), api.graph(state.limit)]));
  performance.mark('kg:fetched');
  const graph = buildDatasetFromColumns(snapshot);
  performance.mark('kg:dataset');
  status.textContent = `${graph.order} nodes · ${graph.size} edges${snapshot.truncated ? ` (capped at ${snapshot.limit})` : ''} · ${config.store} store`;

  const view = new GraphView(graph, byId('graph'), {
    visibility: computeVisibility(graph, state.filters),
    sizes: nodeSizes(graph, state.sizeBy),
    curvatures: parallelCurvatures(graph),
    hovered: null,
    selectedNode: null,
    selectedEdge: null,
    emphasis: null,
  });
  hook.view = view;
  performance.mark('kg:sigma');
  const sigma = view.sigma;
  // Sigma drew its first frame in the constructor. The frame after next begins only once that frame was
  // committed, which (software compositing) waits for the GPU to finish drawing it: then it is on screen.
  // The panels, filters and handlers below are wired after that, so they do not hold the first frame back.
  await nextFrame();
  await nextFrame();
  hook.firstFrameMs = performance.now();

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
  const applyFilters = () => {
    if (filtersDrawn) view.update({ visibility: computeVisibility(graph, state.filters) });
    filtersDrawn = true;
    renderFilters({
      graph,
      filters: state.filters,
      sizeBy: state.sizeBy,
      onChange: (filters) => {
        state.filters = filters;
        applyFilters();
        syncUrl();
      },
      onSizeBy: (by) => {
        state.sizeBy = by;
        view.update({ sizes: nodeSizes(graph, by) });
        syncUrl();
      },
    });
  };
  applyFilters();

  // Selection, trace and path.
  const actions: panel.PanelActions = {
    selectNode: (id) => void selectNode(id, true),
    traceClaim: (id) => void traceClaim(id),
    traceActor: (id) => void traceActor(id, traceDefault),
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
    view.update({ selectedNode: id, selectedEdge: null });
    if (center) view.centerOn(id);
    syncUrl();
    panel.showLoading();
    try {
      const details = await api.node(id);
      if (state.selectedNode === id) panel.renderNode(details, actions);
    } catch (err) {
      showError(err);
    }
  }
  async function selectEdge(key: string): Promise<void> {
    if (!graph.hasEdge(key)) return;
    state.selectedEdge = key;
    state.selectedNode = null;
    view.update({ selectedNode: null, selectedEdge: key });
    syncUrl();
    panel.showLoading();
    try {
      panel.renderEdge(await api.edge(key, graph.source(key)), actions);
    } catch (err) {
      showError(err);
    }
  }
  function clearSelection(): void {
    state.selectedNode = null;
    state.selectedEdge = null;
    view.update({ selectedNode: null, selectedEdge: null });
    panel.showEmpty();
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
      view.update({ emphasis: traceEmphasis(graph, trace) });
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
      view.update({ emphasis: traceEmphasis(graph, trace) });
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
  });

  sigma.on('clickNode', ({ node }) => void selectNode(node, false));
  sigma.on('clickEdge', ({ edge }) => void selectEdge(edge));
  sigma.on('clickStage', () => clearSelection());
  sigma.on('enterNode', ({ node }) => view.update({ hovered: node }));
  sigma.on('leaveNode', () => view.update({ hovered: null }));

  // Search: the hit is selected, centred and highlighted; nodes outside the capped snapshot are fetched.
  const onHit = async (hit: GraphNode) => {
    if (!graph.hasNode(hit.id)) {
      mergeInto(graph, [hit], []);
      view.update({ visibility: computeVisibility(graph, state.filters) });
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
    layout = runLayout(graph, (n) => view.state.sizes.get(n) ?? 4);
    layoutButton.textContent = 'Stop layout';
    void layout.done.then(() => (layoutButton.textContent = 'Run layout'));
  };
  layoutButton.addEventListener('click', () => (layout?.running() ? layout.stop() : void startLayout()));
  if (!preset && graph.order > 1) await startLayout();

  initExport(() => sigma, graph);
  initCypher({
    enabled: config.cypher,
    storeKind: config.store,
    onResult: (res: CypherResult) => {
      mergeInto(graph, res.nodes, res.edges);
      view.update({
        visibility: computeVisibility(graph, state.filters),
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
  if (state.camera) camera.setState(state.camera);
  if (state.selectedNode) await selectNode(state.selectedNode, false);
  else if (state.selectedEdge) await selectEdge(state.selectedEdge);
  else panel.showEmpty();
  if (state.trace) await traceClaim(state.trace);
  else if (state.traceActor) await traceActor(state.traceActor, state.traceLimit ?? traceDefault);
  else if (state.path) await findPath(...state.path);
  hook.ready = true;
}
