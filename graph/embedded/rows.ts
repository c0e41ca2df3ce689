// Prepared statements over the embedded store's tables: node and edge rows, and the lookup tables (actor names,
// claim bands, incident dates and places) kept in step with them. In: a Db. Out: reads and idempotent writes.
import { claimBands, claimKeyInput } from '../claims/similar.ts';
import { indexKeys } from '../incidents/key.ts';
import { type Props, stringsOf } from '../model.ts';
import { normalizeName } from '../resolve.ts';
import { type Db, type EdgeRow, type NodeRow } from './db.ts';
import type { EdgeAttrs, NodeAttrs } from './types.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** Told of the writes a reader's cache depends on (identity.ts IdentityLookup). */
export interface RowChanges {
  forgetClaim(id: string): void;
  filed(band: string, claim: string): void;
  forgetAll(): void;
}

const SPEECH = new Set(['CLAIMS', 'DENIES', 'CONFIRMS']);

export class Rows {
  private readonly s;

  constructor(
    readonly db: Db,
    private readonly changes?: RowChanges,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      node: p('SELECT id, label, sub, props, rank FROM node WHERE id = ?'),
      label: p('SELECT label FROM node WHERE id = ?').pluck(),
      insertNode: p('INSERT INTO node (id, label, sub, props, rank, extraction, dkey) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      updateNode: p('UPDATE node SET sub = ?, props = ?, rank = ?, dkey = coalesce(?, dkey) WHERE id = ?'),
      insertEdge: p('INSERT OR IGNORE INTO edge (key, type, source, target, props) VALUES (?, ?, ?, ?, ?)'),
      name: p('INSERT OR IGNORE INTO actor_name (key, actor) VALUES (?, ?)'),
      band: p('INSERT OR IGNORE INTO claim_band (band, claim) VALUES (?, ?)'),
      incident: p('INSERT OR IGNORE INTO incident_key (key, incident) VALUES (?, ?)'),
    };
  }

  node(id: string): NodeRow | undefined {
    return this.s.node.get(id) as NodeRow | undefined;
  }

  label(id: string): string | undefined {
    return this.s.label.get(id) as string | undefined;
  }

  /** A new node and its lookup entries. */
  insertNode(id: string, a: NodeAttrs): void {
    const [label, sub] = a.labels;
    const dkey = label === 'Actor' && typeof a.props.name === 'string' ? normalizeName(a.props.name) : null;
    this.s.insertNode.run(id, label, sub ?? null, JSON.stringify(a.props), a.rank ?? null, a.extraction ?? null, dkey);
    this.index(id, label!, a.props);
  }

  /** A merged actor or widened incident: its new attributes, and lookup entries for names or places it gained. */
  updateNode(id: string, a: NodeAttrs, nameChanged = false): void {
    const dkey = nameChanged && typeof a.props.name === 'string' ? normalizeName(a.props.name) : null;
    this.s.updateNode.run(a.labels[1] ?? null, JSON.stringify(a.props), a.rank ?? null, dkey, id);
    this.index(id, a.labels[0]!, a.props);
  }

  insertEdge(key: string, source: string, target: string, a: EdgeAttrs): void {
    const { changes } = this.s.insertEdge.run(key, a.type, source, target, JSON.stringify(a.props));
    if (changes && SPEECH.has(a.type)) this.changes?.forgetClaim(target);
  }

  private index(id: string, label: string, props: Props): void {
    if (label === 'Actor') {
      for (const n of [props.name, ...(Array.isArray(props.aliases) ? props.aliases : [])]) {
        const key = typeof n === 'string' ? normalizeName(n) : '';
        if (key) this.s.name.run(key, id);
      }
    } else if (label === 'Claim') {
      for (const b of claimBands(claimKeyInput(props))) if (this.s.band.run(b, id).changes) this.changes?.filed(b, id);
    } else if (label === 'Incident') {
      if (props.date) this.s.incident.run(`d:${String(props.date)}`, id);
      for (const key of indexKeys(str(props.place), stringsOf(props.areas))) this.s.incident.run(`p:${key}`, id);
    }
  }

  clear(): void {
    this.changes?.forgetAll();
    this.db.exec(
      'DELETE FROM node; DELETE FROM edge; DELETE FROM actor_name; DELETE FROM claim_band; DELETE FROM incident_key;',
    );
  }
}

export type { EdgeRow, NodeRow };
