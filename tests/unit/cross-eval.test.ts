// The cross-article scorer (scripts/eval/cross) measured against graphs whose errors we put there ourselves, and the
// hand-written gold of tests/fixtures/cross checked span by span against its articles.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import type { GraphEdge, GraphNode, Subgraph } from '../../graph/store.ts';
import { runCross } from '../../scripts/eval/cross.ts';
import { givenNameClashes } from '../../scripts/eval/cross/given-names.ts';
import { checkGold } from '../../scripts/eval/cross/gold-check.ts';
import { type GoldDoc, readGoldDir } from '../../scripts/eval/cross/gold.ts';
import { scoreCross } from '../../scripts/eval/cross/score.ts';

const CROSS = path.resolve('tests/fixtures/cross');
const all = readGoldDir(path.join(CROSS, 'gold'), CROSS);
const TANKERS = ['26-', '27-', '28-'];
const tankers = all.filter((d) => TANKERS.some((p) => path.basename(d.file).startsWith(p)));

/** The graph a perfect resolver would store for these gold documents: one node per gold id (anonymous actors per article). */
function perfectGraph(docs: GoldDoc[], withMentionLists = true): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const node = (id: string, labels: string[], props: GraphNode['props']) => {
    const n = nodes.get(id) ?? { id, labels, props: { ...props, aliases: [] } };
    const aliases = new Set([...(n.props.aliases as string[]), ...((props.aliases as string[]) ?? [])]);
    n.props.aliases = [...aliases];
    nodes.set(id, n);
  };
  docs.forEach((d, i) => {
    const article = `article-${i}`;
    node(article, ['Article'], { source: path.basename(d.articlePath), text: d.text });
    const edge = (type: string, source: string, target: string, props: GraphEdge['props']) =>
      edges.push({ key: `${type}-${edges.length}`, type, source, target, props: { article, ...props } });
    for (const a of d.gold.actors) {
      const id = a.anonymous ? `${article}:${a.id}` : a.id;
      node(id, ['Actor', a.kind === 'person' ? 'Person' : 'Organization'], {
        name: a.name,
        aliases: a.aliases,
        anonymous: a.anonymous,
      });
      const m = a.mentions ?? [];
      edge('MENTIONED_IN', id, article, {
        start: m[0]?.[0] ?? 0,
        end: m[0]?.[1] ?? 0,
        ...(withMentionLists ? { mentions: m.flat() } : {}),
      });
    }
    for (const c of d.gold.claims) {
      const id = `claim:${c.same ?? c.id}`;
      node(id, ['Claim'], { text: c.text });
      const speaker = d.gold.actors.find((a) => a.id === c.speaker)!;
      edge(c.stance.toUpperCase(), speaker.anonymous ? `${article}:${speaker.id}` : speaker.id, id, {
        contentStart: c.evidence!.content[0],
        contentEnd: c.evidence!.content[1],
      });
      if (c.paraphraseOf)
        edges.push({
          key: `link-${id}`,
          type: 'PARAPHRASE_OF',
          source: id,
          target: `claim:${c.paraphraseOf}`,
          props: {},
        });
    }
    for (const inc of d.gold.incidents) {
      node(inc.id, ['Incident'], { kind: inc.kind });
      edge('MENTIONED_IN', inc.id, article, { start: inc.evidence!.span[0], end: inc.evidence!.span[1] });
    }
  });
  return { nodes: [...nodes.values()], edges, truncated: false };
}

/** Moves every tie of `from` in one article onto node `to` (a merge when `to` exists, a split when it is new). */
function retarget(graph: Subgraph, from: string, to: string, article?: string): Subgraph {
  const moved = (id: string, e: GraphEdge) => (id === from && (!article || e.props.article === article) ? to : id);
  const edges = graph.edges.map((e) => ({ ...e, source: moved(e.source, e), target: moved(e.target, e) }));
  const nodes = graph.nodes.some((n) => n.id === to)
    ? graph.nodes
    : [...graph.nodes, { ...graph.nodes.find((n) => n.id === from)!, id: to }];
  return { ...graph, nodes, edges };
}

describe('cross-article gold (tests/fixtures/cross)', () => {
  it('has at least 40 wire-style articles of 120-400 words, every span and reference holding', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    const keys = new Set(all.flatMap((d) => d.gold.claims.map((c) => c.same ?? c.id)));
    for (const d of all) {
      const words = d.text.split(/\s+/).filter(Boolean).length;
      expect(words, d.file).toBeGreaterThanOrEqual(120);
      expect(words, d.file).toBeLessThanOrEqual(400);
      expect(checkGold(d.gold, d.text, keys), d.file).toEqual([]);
    }
  });

  it('the span checker catches a mention one character off and an unknown speaker', () => {
    const d = structuredClone(tankers[0]!);
    const pompeo = d.gold.actors.find((a) => a.id === 'mike-pompeo')!;
    pompeo.mentions![0] = [pompeo.mentions![0]![0] + 1, pompeo.mentions![0]![1] + 1];
    d.gold.claims[0]!.speaker = 'nobody';
    const problems = checkGold(d.gold, d.text);
    expect(problems.some((p) => p.startsWith('actor mike-pompeo: span'))).toBe(true);
    expect(problems).toContain(`claim ${d.gold.claims[0]!.id} speaker: unknown id nobody`);
  });
});

describe('cross-article scorer', () => {
  it('gives a perfect graph full marks, every mention mapped by its mention list', () => {
    const r = scoreCross(tankers, perfectGraph(tankers));
    expect(r.articles.found).toBe(3);
    expect(r.mentions.unmapped).toBe(0);
    expect(r.mentions.mentions).toBe(r.mentions.total);
    expect([r.actors.precision, r.actors.recall]).toEqual([1, 1]);
    expect(r.actors.fn + r.actors.fp).toBe(0);
    expect(r.claims.linked.f1).toBe(1);
    expect(r.incidents.f1).toBe(1);
    expect(r.incidents.tp).toBe(3);
    expect(r.anonymous.crossArticleNodes).toEqual([]);
    expect(r.givenNames).toEqual([]);
  });

  it('detects a wrong merge: Shinzo Abe stored on Mike Pompeo', () => {
    const perfect = scoreCross(tankers, perfectGraph(tankers));
    const r = scoreCross(tankers, retarget(perfectGraph(tankers), 'shinzo-abe', 'mike-pompeo'));
    // Pompeo in 26, 27 and Abe in 27, 28 on one node: 26P-27A, 26P-28A, 27P-28A are wrong.
    expect(r.actors.fp).toBe(3);
    expect(r.actors.tp).toBe(perfect.actors.tp);
    expect(r.actors.precision).toBeCloseTo(perfect.actors.tp / (perfect.actors.tp + 3), 10);
    expect(r.actors.wrongMerges[0]).toMatchObject({
      a: 'Mike Pompeo',
      b: 'Shinzo Abe',
      pairs: 3,
      nodes: ['mike-pompeo'],
    });
  });

  it('detects a split: Iran in the third article on a node of its own', () => {
    const graph = retarget(perfectGraph(tankers), 'iran', 'iran-2', 'article-2');
    const r = scoreCross(tankers, graph);
    expect(r.actors.fn).toBe(2);
    expect(r.actors.fp).toBe(0);
    expect(r.actors.missedMerges[0]).toMatchObject({ name: 'Iran', pairs: 2 });
    expect(r.actors.recall).toBeLessThan(1);
  });

  it('counts an anonymous node spanning articles, and splits of a claim and an incident', () => {
    let graph = perfectGraph(tankers);
    graph = retarget(graph, 'article-1:anon-27-us-official', 'article-0:anon-26-shipping-source');
    graph = retarget(graph, 'claim:iran-behind-tankers', 'claim:denied-elsewhere', 'article-2');
    graph = retarget(graph, 'gulf-of-oman-tankers-2019', 'tankers-afp', 'article-2');
    const r = scoreCross(tankers, graph);
    expect(r.anonymous.crossArticleNodes).toEqual([
      { node: 'article-0:anon-26-shipping-source', name: 'A shipping source familiar with the matter', articles: 2 },
    ]);
    expect(r.anonymous.mergedGold).toBe(2);
    expect(r.claims.strict.fn).toBe(1);
    expect(r.claims.linked.recall).toBeLessThan(1);
    expect(r.incidents.fn).toBe(2);
  });

  it('takes a denial kept on its own node and also on the claim it answers as answering it', () => {
    const graph = retarget(perfectGraph(tankers), 'claim:iran-behind-tankers', 'claim:own-denial', 'article-2');
    const own = graph.edges.find((e) => e.target === 'claim:own-denial' && e.type === 'DENIES')!;
    const answered = { ...own, key: 'answers', target: 'claim:iran-behind-tankers' };
    expect(scoreCross(tankers, graph).claims.strict.fn).toBe(1);
    const r = scoreCross(tankers, { ...graph, edges: [...graph.edges, answered] });
    expect([r.claims.strict.tp, r.claims.strict.fn]).toEqual([1, 0]);
  });

  it('falls back to edge spans and names when edges carry no mention list', () => {
    const r = scoreCross(tankers, perfectGraph(tankers, false));
    expect(r.mentions.mentions).toBe(0);
    expect(r.mentions.name).toBeGreaterThan(0);
    expect(r.actors.precision).toBe(1);
  });

  it('flags persons whose forms disagree on the given name, not nicknames, initials or surname forms', () => {
    const person = (id: string, name: string, aliases: string[]): GraphNode => ({
      id,
      labels: ['Actor', 'Person'],
      props: { name, aliases },
    });
    const clashes = givenNameClashes([
      person('a', 'Bill Clinton', ['Clinton', 'Hillary Clinton']),
      person('b', 'William Jefferson Clinton', ['Bill Clinton', 'President Clinton']),
      person('c', 'John F. Kelly', ['J. Kelly', 'Gen. John Kelly']),
      person('d', 'Andrés Manuel López Obrador', ['López Obrador']),
      person('e', 'Robert F. Kennedy Jr.', ['Robert F. Kennedy Sr.']),
    ]);
    expect(clashes.map((c) => [c.node, c.why])).toEqual([
      ['a', 'given name'],
      ['e', 'Jr./Sr.'],
    ]);
  });

  it('runs end to end: ingests three articles into a fresh embedded store and reads them back', async () => {
    const dir = path.join(CROSS, 'gold');
    const r = await runCross(dir, CROSS, { only: (d) => TANKERS.some((p) => path.basename(d.file).startsWith(p)) });
    expect(r.articles).toEqual({ gold: 3, found: 3, missing: [] });
    expect(r.mentions.total).toBeGreaterThan(50);
    expect(r.actors.tp + r.actors.fn).toBe(scoreCross(tankers, perfectGraph(tankers)).actors.tp);
  }, 60_000);

  it('says in one line, exit code 2, that ../shared is missing', async () => {
    // A folder with no ../shared beside it, as in a user's clone.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cross-cli-'));
    const cwd = path.join(root, 'clone');
    fs.mkdirSync(cwd);
    const args = [
      path.resolve('scripts/eval/cross.ts'),
      '--gold',
      '../shared/eval/gold',
      '--articles',
      '../shared/seeds',
    ];
    const err = await promisify(execFile)(path.resolve('node_modules/.bin/tsx'), args, { cwd }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    fs.rmSync(root, { recursive: true, force: true });
    expect(err.code).toBe(2);
    expect(err.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cross: \.\.\/shared is missing/)]);
  }, 30_000);
});
