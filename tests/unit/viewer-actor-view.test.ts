// Pure parts of the viewer's actor view: labels that never overlap, unknown relationship types kept end to end
// (dataset, filters, colours, URL), and a trace drawn on the folded actor graph.
import { describe, expect, it } from 'vitest';

import { actorTraceEmphasis, traceActors } from '../../viewer/src/actors/trace.ts';
import { computeVisibility } from '../../viewer/src/filters/visibility.ts';
import { DEFAULT_FILTERS } from '../../viewer/src/filters/types.ts';
import { buildDataset } from '../../viewer/src/graph/dataset.ts';
import { LabelSpace, ellipsize } from '../../viewer/src/graph/labels.ts';
import { parallelCurvatures } from '../../viewer/src/graph/parallel.ts';
import { EDGE_COLOR, edgeColor } from '../../viewer/src/graph/style.ts';
import { decodeViewState, encodeViewState } from '../../viewer/src/url-state/url.ts';
import type { TraceResult } from '../../graph/store.ts';

const actor = (id: string) => ({ id, labels: ['Actor', 'Person'], props: { name: id } });
const link = (type: string, source: string, target: string, count = 1) => ({
  key: `agg:${type}:${source}:${target}`,
  type,
  source,
  target,
  props: { count, latest: '2024-05-02', first: '2024-05-01', folded: true },
});

describe('labels', () => {
  it('refuses a box that overlaps one already drawn, unless forced, and rewinds to a mark', () => {
    const space = new LabelSpace();
    expect(space.take(0, 0, 100, 12)).toBe(true);
    expect(space.take(90, 5, 150, 17)).toBe(false);
    expect(space.take(110, 0, 150, 12)).toBe(true);
    expect(space.take(90, 5, 150, 17, true)).toBe(true);
    space.rewind(4);
    expect(space.take(110, 0, 150, 12)).toBe(true);
  });

  it('cuts long labels on a word with an ellipsis', () => {
    expect(ellipsize('Ministry of Foreign Affairs of the Russian Federation', 30)).toBe('Ministry of Foreign Affairs…');
    expect(ellipsize('Nauert', 30)).toBe('Nauert');
    expect(ellipsize('Abcdefghijklmnopqrstuvwxyzabcdefgh', 10)).toBe('Abcdefghi…');
  });
});

describe('unknown relationship types', () => {
  it('are drawn, filtered, coloured apart from the known ones, and kept in the URL', () => {
    const g = buildDataset([actor('a'), actor('b')], [link('PARAPHRASE_OF', 'a', 'b'), link('DENIES', 'a', 'b')]);
    const shown = computeVisibility(g, DEFAULT_FILTERS);
    expect(shown.edges.size).toBe(2);
    const hidden = computeVisibility(g, { ...DEFAULT_FILTERS, hiddenEdges: ['PARAPHRASE_OF'] });
    expect([...hidden.edges]).toEqual(['agg:DENIES:a:b']);
    expect(edgeColor('PARAPHRASE_OF')).toBe(edgeColor('PARAPHRASE_OF'));
    expect(Object.values(EDGE_COLOR)).not.toContain(edgeColor('PARAPHRASE_OF'));
    const state = decodeViewState('?hideEdges=MENTIONED_IN,PARAPHRASE_OF&view=full&expand=a,b');
    expect(state.filters.hiddenEdges).toEqual(['MENTIONED_IN', 'PARAPHRASE_OF']);
    expect([state.mode, state.expanded]).toEqual(['full', ['a', 'b']]);
    expect(decodeViewState(`?${encodeViewState(state)}`)).toEqual(state);
  });

  it('keep their colours apart: no two known types share a colour', () => {
    expect(new Set(Object.values(EDGE_COLOR)).size).toBe(Object.keys(EDGE_COLOR).length);
  });
});

describe('a trace on the actor graph', () => {
  it('lights the chain publisher → relay → source and the denier with whom the denial concerns', () => {
    const g = buildDataset(['outlet', 'relay', 'source', 'denier', 'subject', 'bystander'].map(actor), [
      link('REPORTS', 'outlet', 'relay'),
      link('RELAYED', 'relay', 'source'),
      link('CLAIMS', 'source', 'subject'),
      link('DENIES', 'denier', 'source'),
      link('DENIES', 'denier', 'subject'),
      link('CLAIMS', 'denier', 'bystander'),
      link('MET_WITH', 'outlet', 'bystander'),
    ]);
    const ref = (id: string) => ({ id, name: id });
    const article = { id: 'art', title: null, source: 'x.txt', publishedAt: null, outlet: null };
    const chain = { article, cue: null, sentence: 's', start: 0, end: 1 };
    const trace: TraceResult = {
      claims: [
        {
          claim: { id: 'c', text: 't', quote: false },
          chains: [
            { ...chain, publisher: ref('outlet'), relays: [ref('relay')], speaker: ref('source'), stance: 'claims' },
            { ...chain, publisher: null, relays: [], speaker: ref('denier'), stance: 'denies' },
          ],
          reports: { claims: 1, denies: 1, confirms: 0 },
          related: [],
        },
      ],
    };
    const actors = traceActors(trace);
    expect(actors.sort()).toEqual(['denier', 'outlet', 'relay', 'source']);
    const em = actorTraceEmphasis(g, actors, trace);
    expect([...em.edges].sort()).toEqual([
      'agg:DENIES:denier:source',
      'agg:DENIES:denier:subject',
      'agg:RELAYED:relay:source',
      'agg:REPORTS:outlet:relay',
    ]);
    expect(em.nodes.has('subject')).toBe(true);
    expect(em.nodes.has('bystander')).toBe(false);
  });
});

describe('parallel links', () => {
  it('fans the links of one pair out symmetrically, either direction, and leaves single links straight', () => {
    const graph = buildDataset(['a', 'b', 'c'].map(actor), [
      link('CLAIMS', 'a', 'b'),
      link('DENIES', 'a', 'b'),
      link('CLAIMS', 'b', 'a'),
      link('CLAIMS', 'b', 'c'),
    ]);
    const c = parallelCurvatures(graph);
    expect(c.has('agg:CLAIMS:b:c')).toBe(false);
    // Three links between a and b: one on the chord (almost straight), one to each side.
    const ab = ['agg:CLAIMS:a:b', 'agg:DENIES:a:b', 'agg:CLAIMS:b:a'].map((k) => c.get(k)!);
    expect(ab.map(Math.abs).sort()).toEqual([0.0001, 0.25, 0.25]);
    // Curvature bends to the left of the drawing direction: a link drawn b → a bends by the opposite sign to
    // bend to the same side, so the two 0.25 links of the fan end up on opposite sides.
    const side = (k: string) => Math.sign(c.get(k)!) * (graph.source(k) < graph.target(k) ? 1 : -1);
    expect(side('agg:CLAIMS:a:b')).not.toBe(side('agg:CLAIMS:b:a'));
  });
});
