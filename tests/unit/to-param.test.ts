// toParam (graph/neo4j/values.ts): whole numbers become driver Integers at any depth, a list holding a fraction stays
// as it is (all FLOAT), strings and other values pass through, and objects are copies (the caller's rows untouched).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';

import { toParam } from '../../graph/neo4j/values.ts';

describe('toParam', () => {
  it('sends whole numbers as integers at every depth', () => {
    const rows = [{ id: 'a', props: { start: 3, end: 17, score: 0.5, forms: ['X', 'Y'], counts: [1, 2] } }];
    const out = toParam({ rows }) as { rows: Array<{ props: Record<string, unknown> }> };
    const props = out.rows[0]!.props;
    expect(props.start).toEqual(neo4j.int(3));
    expect(props.end).toEqual(neo4j.int(17));
    expect(props.score).toBe(0.5);
    expect(props.forms).toEqual(['X', 'Y']);
    expect(props.counts).toEqual([neo4j.int(1), neo4j.int(2)]);
    // The caller's rows are not changed.
    expect(rows[0]!.props.start).toBe(3);
    expect(out.rows[0]).not.toBe(rows[0]);
  });

  it('keeps a list holding a fraction all FLOAT, and other values as they are', () => {
    const mixed = [1, 2.5, 3];
    expect(toParam(mixed)).toBe(mixed);
    expect(toParam(null)).toBeNull();
    expect(toParam(true)).toBe(true);
    expect(toParam(2 ** 60)).toBe(2 ** 60);
    const nested = [[1], ['a']];
    expect(toParam(nested)).toEqual([[neo4j.int(1)], ['a']]);
  });

  it('copies a key named __proto__ as a property, never as the prototype', () => {
    const row = JSON.parse('{"__proto__": {"polluted": 1}, "n": 2}') as Record<string, unknown>;
    const out = toParam(row) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'n']);
    expect((out as { polluted?: number }).polluted).toBeUndefined();
    expect(out.n).toEqual(neo4j.int(2));
  });
});
