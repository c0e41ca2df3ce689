// Cross-article actor identity (tests/store/identity-spec.ts) on the shared test Neo4j, and the same actor
// nodes and MENTIONED_IN provenance there as in the embedded store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import type { Props } from '../../graph/model.ts';
import type { Subgraph } from '../../graph/store.ts';
import { identityGraph, identitySpec } from '../store/identity-spec.ts';
import { openNeo4jStore, resetNeo4j } from './neo4j.ts';

identitySpec('neo4j', openNeo4jStore, resetNeo4j);

/** Neo4j stores no null property: compare without them. */
const defined = (p: Props) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));

/** Actor nodes and their MENTIONED_IN relationships: what identity decides. */
const actorsOf = (g: Subgraph) => ({
  nodes: g.nodes.filter((n) => n.labels.includes('Actor')).map((n) => ({ ...n, props: defined(n.props) })),
  // Neo4j also stores each relationship's key as a property (its MERGE key); the embedded store keys edges by it.
  edges: g.edges
    .map((e) => ({ ...e, props: Object.fromEntries(Object.entries(e.props).filter(([k]) => k !== 'key')) }))
    .filter((e) => e.type === 'MENTIONED_IN' && g.nodes.some((n) => n.id === e.source && n.labels.includes('Actor'))),
});

it('gives the same actor nodes and provenance on Neo4j as on the embedded store', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-identity-both-'));
  const embedded = new EmbeddedStore(path.join(dir, 'graph.json'));
  const neo4j = await openNeo4jStore();
  try {
    await resetNeo4j(neo4j);
    const [a, b] = [actorsOf(await identityGraph(embedded)), actorsOf(await identityGraph(neo4j))];
    expect(b.nodes.length).toBeGreaterThan(40);
    expect(b).toEqual(a);
  } finally {
    await embedded.close();
    await neo4j.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
