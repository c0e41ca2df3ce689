// Batched loading without changing the graph: an article's cross-article links (graph/links.ts) are what
// findClaims / findIncidents answer, and articles resolved but not yet written (a batch being gathered or
// committing) would change some answers. This records what one article's linking read, and what each unwritten
// article will change once written, so the loader writes the unwritten ones first whenever they meet and the
// graph is the one a one-article-at-a-time run gives. In: GraphRecords, link reads. Out: a yes/no per article.
import { claimBands } from './claims/similar.ts';
import { placeKey } from './incidents/key.ts';
import type { GraphRecords } from './model.ts';
import type { GraphStore } from './store.ts';

/** Keys an answer depends on (reads), or keys a write changes (footprints): the same four kinds. */
export interface LinkKeys {
  /** MinHash band keys (graph/claims/similar.ts). */
  bands: Set<string>;
  dates: Set<string>;
  /** Normalised places (graph/incidents/key.ts placeKey). */
  places: Set<string>;
  /** Node ids: returned by a lookup (reads), or written, merged or linked to (footprints). */
  ids: Set<string>;
}

const empty = (): LinkKeys => ({ bands: new Set(), dates: new Set(), places: new Set(), ids: new Set() });

type Lookups = Pick<GraphStore, 'findClaims' | 'findIncidents'>;

/**
 * Wraps the store's lookups, recording what they were asked and what they answered. An answer on incidents
 * names only participants that are not anonymous; a stored actor is anonymous only when every article gave it
 * so, and only an aliases-file merge gives a cross-article node an anonymous row: `unhidable` (the merge
 * targets) are read whenever incidents were found, so a pending article naming one of them openly is waited for.
 */
export function recordLookups(store: Lookups, unhidable: Iterable<string> = []): { view: Lookups; reads: LinkKeys } {
  const reads = empty();
  const view: Lookups = {
    findClaims: async (bands, limit) => {
      for (const b of bands) reads.bands.add(b);
      const found = await store.findClaims(bands, limit);
      for (const c of found) reads.ids.add(c.id);
      return found;
    },
    findIncidents: async (query) => {
      for (const d of query.dates) reads.dates.add(d);
      for (const p of query.places) reads.places.add(p);
      const found = await store.findIncidents(query);
      for (const i of found) reads.ids.add(i.id);
      if (found.length) for (const id of unhidable) reads.ids.add(id);
      return found;
    },
  };
  return { view, reads };
}

/**
 * What writing these records changes in lookup answers: the band keys of its claims (a new claim node may become
 * a candidate), the dates and places of its incidents (a new node, or a stored one given a missing date or
 * place), and every node it writes or draws a relationship to (a stored claim's speech list, a stored incident's
 * participants and reports, the article itself for a second copy of the same text).
 */
export function footprint(records: GraphRecords, into: LinkKeys = empty()): LinkKeys {
  into.ids.add(records.article.id);
  for (const n of records.nodes) {
    into.ids.add(n.id);
    if (n.label === 'Claim' && typeof n.props.text === 'string')
      for (const b of claimBands(n.props.text)) into.bands.add(b);
    if (n.label === 'Incident') {
      if (typeof n.props.date === 'string') into.dates.add(n.props.date);
      const place = placeKey(typeof n.props.place === 'string' ? n.props.place : null);
      if (place) into.places.add(place);
    }
  }
  for (const r of records.rels) into.ids.add(r.source).add(r.target);
  return into;
}

/** Footprints of the articles not yet written, by batch; a batch's is dropped once it is committed. */
export class PendingWrites {
  private readonly batches = new Map<number, LinkKeys>();

  add(batch: number, records: GraphRecords): void {
    const keys = this.batches.get(batch) ?? empty();
    this.batches.set(batch, footprint(records, keys));
  }

  written(batch: number): void {
    this.batches.delete(batch);
  }

  /** Whether an article whose linking read `reads` (plus its own id) could have read otherwise after these writes. */
  meets(reads: LinkKeys, articleId: string): boolean {
    for (const keys of this.batches.values()) {
      if (keys.ids.has(articleId)) return true;
      for (const k of ['bands', 'dates', 'places', 'ids'] as const)
        for (const v of reads[k]) if (keys[k].has(v)) return true;
    }
    return false;
  }
}
