// `kg export` on the sample articles in the embedded store: each format read back by the field's own readers
// (graphology-gexf, graphology-graphml, graphology's import), GEXF 1.3 structure checked against its namespaces and
// declared attributes, the neo4j-admin CSV headers typed, and the actor / date filters. The real `neo4j-admin database
// import` of the CSV runs in tests/integration/csv-import.test.ts. In: samples/. Out: assertions.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DOMParser } from '@xmldom/xmldom';
import Graph, { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportGraph } from '../../cli/export/index.ts';
import { columnType } from '../../cli/export/csv.ts';
import { rgbColor } from '../../cli/export/gexf.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { ingest } from '../../graph/load.ts';
import { KIND_COLOR } from '../../viewer/src/graph/style.ts';
import { SAMPLE_FILES } from '../fixtures/samples.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-export-'));
const store = new EmbeddedStore(path.join(dir, 'graph.json'));
let whole: { nodes: number; edges: number };

beforeAll(async () => {
  await store.init();
  const summary = await ingest(SAMPLE_FILES, store);
  expect(summary.loaded).toBe(SAMPLE_FILES.length);
  const sub = await store.subgraph({ limit: 1e9 });
  whole = { nodes: sub.nodes.length, edges: sub.edges.length };
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

describe('kg export', { timeout: 60_000 }, () => {
  it('writes GEXF 1.3 that graphology-gexf reads back whole, with colours by kind, sizes and distinct positions', async () => {
    const { text, nodes, edges } = await exportGraph(store, { format: 'gexf' });
    expect({ nodes, edges }).toEqual(whole);
    const g = gexf.parse(Graph, text!);
    expect([g.order, g.size]).toEqual([whole.nodes, whole.edges]);
    const nauert = g.getNodeAttributes('heather-nauert');
    expect(nauert).toMatchObject({
      label: 'Heather Nauert',
      color: rgbColor(KIND_COLOR.Person),
      labels: 'Actor;Person',
    });
    expect(nauert.size).toBeGreaterThan(3);
    const positions = new Set(g.mapNodes((_, a) => `${a.x},${a.y}`));
    expect(positions.size).toBe(g.order);
    const denial = g.findEdge((_, a) => a.label === 'DENIES');
    expect(g.getEdgeAttributes(denial)).toMatchObject({
      kind: 'DENIES',
      color: expect.stringMatching(/^rgb\(\d+,\d+,\d+\)$/),
    });
  });

  it('declares the GEXF 1.3 and viz namespaces and only attribute values it declared, typed as declared', async () => {
    const { text } = await exportGraph(store, { format: 'gexf', layout: false });
    const doc = new DOMParser().parseFromString(text!, 'text/xml');
    const root = doc.documentElement!;
    expect([root.namespaceURI, root.getAttribute('version'), root.getAttribute('xmlns:viz')]).toEqual([
      GEXF_NS,
      '1.3',
      VIZ_NS,
    ]);
    expect(doc.getElementsByTagNameNS(VIZ_NS, 'color').length).toBe(whole.nodes + whole.edges);
    expect(doc.getElementsByTagNameNS(VIZ_NS, 'position').length).toBe(whole.nodes);
    const declared = new Map<string, string>();
    for (const a of Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'attribute')))
      declared.set(
        `${(a.parentNode as Element).getAttribute('class')}:${a.getAttribute('id')}`,
        a.getAttribute('type')!,
      );
    const valid: Record<string, RegExp> = {
      integer: /^-?\d+$/,
      long: /^-?\d+$/,
      double: /^-?[\d.e+-]+$/,
      boolean: /^(true|false)$/,
    };
    for (const v of Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'attvalue'))) {
      const cls = (v.parentNode!.parentNode as Element).localName;
      const type = declared.get(`${cls}:${v.getAttribute('for')}`);
      expect(type, `attvalue for=${v.getAttribute('for')}`).toBeDefined();
      expect(v.getAttribute('value')).toMatch(valid[type!] ?? /[\s\S]*/);
    }
  });

  it('writes GraphML that graphology-graphml reads back whole, numbers and booleans typed', async () => {
    const { text } = await exportGraph(store, { format: 'graphml' });
    const g = graphml.parse(MultiDirectedGraph, text!);
    expect([g.order, g.size]).toEqual([whole.nodes, whole.edges]);
    expect(g.getNodeAttributes('heather-nauert')).toMatchObject({ name: 'Heather Nauert', anonymous: false });
    const incident = g.findNode((_, a) => a.labels === 'Incident' && a.killed !== undefined);
    expect(typeof g.getNodeAttribute(incident, 'killed')).toBe('number');
    expect(typeof g.getNodeAttribute('heather-nauert', 'x')).toBe('number');
  });

  it('writes graphology JSON that Graph.import takes', async () => {
    const { text } = await exportGraph(store, { format: 'json' });
    const g = MultiDirectedGraph.from(JSON.parse(text!));
    expect([g.order, g.size]).toEqual([whole.nodes, whole.edges]);
  });

  it("keeps an actor's neighbourhood only: the actor, its neighbours, the edges among them", async () => {
    const { text } = await exportGraph(store, { format: 'json', actor: 'Nauert', layout: false });
    const g = MultiDirectedGraph.from(JSON.parse(text!));
    expect(g.hasNode('heather-nauert')).toBe(true);
    expect(g.order).toBeLessThan(whole.nodes);
    g.forEachNode((n) => {
      if (n !== 'heather-nauert') expect(g.areNeighbors(n, 'heather-nauert'), n).toBe(true);
    });
    await expect(exportGraph(store, { format: 'json', actor: 'Nobody Atall' })).rejects.toThrow(/no actor named/);
  });

  it('keeps what articles published in a date range carry, and refuses malformed dates', async () => {
    const { text } = await exportGraph(store, { format: 'json', from: '2024-01', to: '2024-12-31', layout: false });
    const g = MultiDirectedGraph.from(JSON.parse(text!));
    const articles = g.filterNodes((_, a) => a.labels === 'Article');
    expect(articles.map((a) => g.getNodeAttribute(a, 'publishedAt'))).toEqual(['2024-05-27']);
    g.forEachEdge((e, a) => {
      if (a.article !== undefined) expect(a.article, e).toBe(articles[0]);
    });
    expect(g.findNode((_, a) => a.name === 'International Atomic Energy Agency')).toBeDefined();
    expect(g.findNode((_, a) => a.name === 'Heather Nauert')).toBeUndefined();
    await expect(exportGraph(store, { format: 'json', from: '27/05/2024' })).rejects.toThrow(/--from/);
  });

  it('writes neo4j-admin CSV: one file and one header per label and type, typed headers, the import command naming every file', async () => {
    const out = path.join(dir, 'csv');
    const { csv } = await exportGraph(store, { format: 'csv', dir: out });
    const files = readdirSync(out).sort();
    expect(files).toEqual(expect.arrayContaining(['nodes-Actor.csv', 'nodes-Actor.header.csv', 'rels-DENIES.csv']));
    const header = (f: string) => readFileSync(path.join(out, f), 'utf8').trimEnd().split(',');
    const actorHeader = header('nodes-Actor.header.csv');
    expect(actorHeader.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(actorHeader).toEqual(expect.arrayContaining(['aliases:string[]', 'anonymous:boolean', 'searchKey']));
    const denies = header('rels-DENIES.header.csv');
    expect(denies.slice(0, 4)).toEqual([':START_ID', ':END_ID', ':TYPE', 'key']);
    expect(denies).toEqual(expect.arrayContaining(['start:long', 'end:long', 'sentence']));
    for (const f of files) expect(csv!.command).toContain(path.join(out, f));
    expect(csv!.command).toContain(
      `--nodes=${path.join(out, 'nodes-Actor.header.csv')},${path.join(out, 'nodes-Actor.csv')}`,
    );
    expect(csv!.command).toMatch(/^neo4j-admin database import full /);
    expect(csv!.command).toContain(`--report-file=${path.join(out, 'import.report')}`);
  });

  it('streams CSV page by page: small pages write the same rows, every node and relationship once', async () => {
    const rows = (out: string) => {
      const byFile: Record<string, string[]> = {};
      for (const f of readdirSync(out).filter((f) => !f.endsWith('.header.csv'))) {
        const names = readFileSync(path.join(out, f.replace(/\.csv$/, '.header.csv')), 'utf8')
          .trimEnd()
          .split(',');
        byFile[f] = parseCsv(readFileSync(path.join(out, f), 'utf8'))
          .map((cells) => JSON.stringify(Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']).sort())))
          .sort();
      }
      return byFile;
    };
    const paged = await exportGraph(store, { format: 'csv', dir: path.join(dir, 'paged'), page: 7 });
    const once = await exportGraph(store, { format: 'csv', dir: path.join(dir, 'once'), page: 1e6 });
    expect([paged.nodes, paged.edges]).toEqual([whole.nodes, whole.edges]);
    expect([once.nodes, once.edges]).toEqual([whole.nodes, whole.edges]);
    const [a, b] = [rows(path.join(dir, 'paged')), rows(path.join(dir, 'once'))];
    expect(Object.values(a).flat()).toHaveLength(whole.nodes + whole.edges);
    expect(a).toEqual(b);
  });

  it('types CSV columns from their values', () => {
    expect(columnType([1, 2, null])).toBe(':long');
    expect(columnType([1, 2.5])).toBe(':double');
    expect(columnType([true, undefined])).toBe(':boolean');
    expect(columnType([['a'], []])).toBe(':string[]');
    expect(columnType([[1, 2]])).toBe(':long[]');
    expect(columnType(['a', 1])).toBe('');
    expect(columnType([null])).toBe('');
  });
});

/** RFC 4180 rows (quoted cells may hold commas, quotes as "" and newlines): enough to read our own files back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ',' && ch !== '\n')) cell += ch;
    else {
      row.push(cell);
      cell = '';
      if (ch === '\n') rows.push(row.splice(0));
    }
  }
  return rows;
}
