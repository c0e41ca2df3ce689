// Conversions at the driver boundary: JS params → Neo4j values (integers stay integers) and
// Neo4j results → plain JS (Integer → number, nodes/relationships/paths/temporals → plain objects).
import neo4j, { isDuration, isInt, isNode, isPath, isPoint, isRelationship, isUnboundRelationship } from 'neo4j-driver';
import { isDate, isDateTime, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

import type { Props } from '../model.ts';

/**
 * The driver sends every JS number as a FLOAT, so offsets and counts would read `455.0` in Cypher.
 * Whole numbers go as INTEGER; a list holding any fraction stays all FLOAT (Neo4j lists are homogeneous).
 * A batch's rows are most of what a load sends: objects are copied key by key and a list of strings (names, forms,
 * terms) is passed as it is, not rebuilt (entries and fromEntries copies were 2% of a load's client CPU, and garbage).
 */
export function toParam(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) {
    let plain = true;
    for (const x of v) {
      if (typeof x === 'number' && !Number.isSafeInteger(x)) return v;
      if (typeof x !== 'string') plain = false;
    }
    return plain ? v : v.map(toParam);
  }
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const x = toParam((v as Record<string, unknown>)[k]);
      // A key named __proto__ is a property like any other (as Object.fromEntries made it), never the prototype.
      if (k === '__proto__')
        Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
      else out[k] = x;
    }
    return out;
  }
  return v;
}

export interface PlainNode {
  /** The node's `id` property when it has one, else its element id. */
  id: string;
  elementId: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface PlainRelationship {
  type: string;
  elementId: string;
  startElementId: string;
  endElementId: string;
  props: Record<string, unknown>;
}

/** Any value from a result record as plain JSON-able JS. */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  // Most values are strings and numbers: returned before the driver's type checks, about a tenth of the client CPU of a load
  // when candidate claims are read (each check looks a marker property up on the boxed primitive).
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toPlain);
  // Nodes and relationships lose the store-internal lookup keys: they are not part of the graph model.
  if (isNode(v)) {
    const props = modelProps(v.properties);
    return {
      id: typeof props.id === 'string' ? props.id : v.elementId,
      elementId: v.elementId,
      labels: [...v.labels],
      props,
    } satisfies PlainNode;
  }
  if (isRelationship(v)) {
    return {
      type: v.type,
      elementId: v.elementId,
      startElementId: v.startNodeElementId,
      endElementId: v.endNodeElementId,
      props: modelProps(v.properties),
    } satisfies PlainRelationship;
  }
  if (isUnboundRelationship(v)) return { type: v.type, elementId: v.elementId, props: modelProps(v.properties) };
  if (isPath(v)) {
    return {
      nodes: [v.start, ...v.segments.map((s) => s.end)].map(toPlain),
      relationships: v.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v))
    return v.toString();
  if (isPoint(v)) return { srid: toPlain(v.srid), x: v.x, y: v.y, ...(v.z === undefined ? {} : { z: v.z }) };
  if (typeof v === 'object') return plainProps(v as Record<string, unknown>);
  return v;
}

export function plainProps(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x)]));
}

/** Store-internal properties (lookup keys) that are not part of the graph model's records. */
export const INTERNAL_PROPS = [
  'searchKey',
  'chainKey',
  'nameRank',
  'extraction',
  'bandKey',
  'placeKey',
  'placeSound',
  'areaTerms',
  'areaKey',
] as const;

/** Node/relationship properties as the GraphStore returns them: plain, without internal keys. */
export function modelProps(o: Record<string, unknown>): Props {
  const out = plainProps(o) as Props;
  for (const k of INTERNAL_PROPS) delete out[k];
  return out;
}
