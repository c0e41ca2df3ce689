// The Cypher console's cell text: nodes by name, relationships by type, paths as arrows, lists item by item.
// In: values shaped as the API sends them (graph/neo4j/values.ts toPlain). Out: the text of a cell.
import { expect, it } from 'vitest';

import type { PlainNode, PlainRelationship } from '../../graph/neo4j/values.ts';
import { cellText } from '../../viewer/src/cypher/cell.ts';

const node = (id: string, labels: string[], props: Record<string, unknown>): PlainNode => ({
  id,
  elementId: `4:db:${id}`,
  labels,
  props: { id, searchKey: `\n${id}\n`, ...props },
});
const rel = (type: string, from: PlainNode, to: PlainNode): PlainRelationship => ({
  type,
  elementId: `5:db:${from.id}-${to.id}`,
  startElementId: from.elementId,
  endElementId: to.elementId,
  props: { chainKey: 'internal', sentence: 'She said so.' },
});

const nauert = node('heather-nauert', ['Actor', 'Person'], { name: 'Heather Nauert' });
const claim = node('claim-1', ['Claim'], { name: 'no knowledge of a meeting', text: 'no knowledge of a meeting' });
const article = node('a1', ['Article'], { name: 'Report', text: 'The whole article text, thousands of characters.' });

it('shows nodes by name, relationships by type and scalars as they are', () => {
  expect(cellText(nauert)).toBe('Heather Nauert');
  expect(cellText(rel('DENIES', nauert, claim))).toBe('[:DENIES]');
  expect(cellText('Heather Nauert')).toBe('Heather Nauert');
  expect(cellText(3)).toBe('3');
  expect(cellText(null)).toBe('');
  expect(cellText({ a: 1 })).toBe('{"a":1}');
});

it('shows a path as its names with arrows the way each relationship points, never as a dump', () => {
  const path = {
    nodes: [claim, nauert, article],
    relationships: [rel('DENIES', nauert, claim), rel('MENTIONED_IN', nauert, article)],
  };
  const text = cellText(path);
  expect(text).toBe('no knowledge of a meeting <-[:DENIES]- Heather Nauert -[:MENTIONED_IN]-> Report');
  expect(text).not.toMatch(/elementId|searchKey|chainKey|thousands of characters/);
});

it('shows a list item by item', () => {
  expect(cellText([nauert, claim])).toBe('[Heather Nauert, no knowledge of a meeting]');
  expect(cellText([1, 2.5])).toBe('[1, 2.5]');
});
