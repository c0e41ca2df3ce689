// Layout: ForceAtlas2 in a web worker for a time budget scaled to the graph, then noverlap (also a
// worker) so labels and discs do not pile up. In: the dataset. Out: positions written to x/y.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';

import type { Dataset } from './dataset.ts';

export interface LayoutHandle {
  running(): boolean;
  stop(): void;
  /** Resolves when both passes are done (or the layout was stopped). */
  done: Promise<void>;
}

/** Seconds of ForceAtlas2: long enough to settle a small graph, capped so large ones stay responsive. */
export const layoutBudgetMs = (order: number) => Math.min(12_000, 1_500 + order * 0.6);

export function runLayout(
  graph: Dataset,
  sizeOf: (node: string) => number,
  budgetMs = layoutBudgetMs(graph.order),
  settings: Record<string, number | boolean> = {},
): LayoutHandle {
  let stopped = false;
  let phase: 'fa2' | 'noverlap' | 'done' = 'fa2';
  const fa2 = new FA2Layout(graph, {
    settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 1000, adjustSizes: false, ...settings },
  });
  let noverlap: NoverlapLayout | null = null;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const end = () => {
    phase = 'done';
    fa2.kill();
    noverlap?.kill();
    finish();
  };
  fa2.start();
  const timer = setTimeout(() => {
    fa2.stop();
    if (stopped) return end();
    phase = 'noverlap';
    // noverlap works in graph units; convert pixel sizes with the graph's extent over a typical viewport.
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    graph.forEachNode((_n, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    });
    const unit = Math.max(maxX - minX, maxY - minY, 1) / 900;
    noverlap = new NoverlapLayout(graph, {
      inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: sizeOf(key) * unit }),
      settings: { ratio: 1.1, margin: 2 * unit },
      onConverged: end,
    });
    noverlap.start();
    // A safety net: noverlap may never report convergence on dense hairballs.
    setTimeout(() => phase !== 'done' && end(), 3_000);
  }, budgetMs);
  return {
    running: () => phase !== 'done',
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      end();
    },
    done,
  };
}
