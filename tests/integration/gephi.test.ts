// `kg export` opened by Gephi itself: the Gephi Toolkit's importer and graph store (scripts/gephi/check.ts, resolved
// from Maven Central like the Neo4j launcher) read the GEXF and GraphML of the sample graph. Every node arrives,
// every edge is loaded (Gephi merges parallel edges of one type between two nodes into one: those are counted apart),
// with the colour, size, position and kind the export wrote, and the import report raises no warning.
// No GEXF 1.3 XSD is reachable offline; this is the check that matters to a user: the file opens in Gephi.
// In: samples/. Out: assertions. Slow the first time (Maven downloads the toolkit, ~80 MB).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportGraph } from '../../cli/export/index.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import { openInGephi, toolkitJar } from '../../scripts/gephi/check.ts';
import { KIND_COLOR } from '../../viewer/src/graph/style.ts';
import { SAMPLE_FILES } from '../fixtures/samples.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-gephi-test-'));
const store = new EmbeddedStore(path.join(dir, 'graph.json'));
let jar = '';

beforeAll(async () => {
  await store.init();
  expect((await ingest(SAMPLE_FILES, store)).loaded).toBe(SAMPLE_FILES.length);
  jar = toolkitJar();
}, 600_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Edges once parallel edges of one type between the same two nodes are merged, as Gephi does. */
const distinctEdges = (g: MultiDirectedGraph) =>
  new Set(g.mapEdges((_e, a, s, t) => `${s}\u0000${t}\u0000${a.kind}`)).size;
const hexRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('an export opened in Gephi (Gephi Toolkit 0.10.1)', { timeout: 120_000 }, () => {
  for (const format of ['gexf', 'graphml'] as const)
    it(`reads the ${format.toUpperCase()} whole: nodes, edges, colours, sizes, positions, kinds, no warnings`, async () => {
      const file = path.join(dir, `graph.${format}`);
      const { text } = await exportGraph(store, { format });
      writeFileSync(file, text!);
      // What the file holds, read by graphology's own parsers (tests/unit/export.test.ts checks those against the store).
      const graph = (format === 'gexf' ? gexf : graphml).parse(MultiDirectedGraph, text!) as MultiDirectedGraph;
      const gephi = openInGephi(file, 'heather-nauert', jar);
      expect(gephi.nodes).toBe(graph.order);
      expect(gephi.edges).toBe(distinctEdges(graph));
      expect(gephi.issues.filter((i) => !i.startsWith('INFO'))).toEqual([]);
      const nauert = graph.getNodeAttributes('heather-nauert');
      expect(gephi.node).toMatchObject({ label: 'Heather Nauert', rgb: hexRgb(KIND_COLOR.Person), kind: 'person' });
      expect(gephi.node!.x).toBeCloseTo(nauert.x as number, 1);
      expect(gephi.node!.y).toBeCloseTo(nauert.y as number, 1);
      expect(gephi.node!.size).toBeCloseTo(nauert.size as number, 1);
    });
});
