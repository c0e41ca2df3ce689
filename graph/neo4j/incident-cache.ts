// What incident linking reads of stored incidents, kept in the writer's memory beside the claims (link-cache.ts):
// every incident's kind, day, place, areas and index keys, its participants and the days its reports were filed, and
// every actor's anonymity (participants are named ones only). Read once, then updated by this store's commits as its
// statements change the server (write.ts INCIDENT_WIDEN, mergeActors). In: a read transaction, committed records.
// Out: what identity.ts findIncidentsMany answers, without a round trip.
import type { ManagedTransaction } from 'neo4j-driver';

import {
  type IncidentQuery,
  type StoredIncident,
  killedOf,
  mannerOf,
  unfiledLeadOf,
  weekdayOf,
  yearOf,
} from '../incidents/match.ts';
import type { GraphRecords, Props } from '../model.ts';
import { areaTerm, internalNodeProps } from './keys.ts';
import { widenIncident } from './write.ts';

/** Incidents held at most (actors beside them): past it incident lookups go to the server again. */
export const CACHED_INCIDENTS = 200_000;
/** Candidates per lookup, as findIncidentsMany's LIMIT. */
const LIMIT = 200;

/** What the lookups and the widening read of a node (the rest of its properties is never asked for). */
interface Entry {
  props: Props;
  participants: Set<string>;
  reported: Set<string>;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** The terms the area index holds for an areaKey: its whitespace analyser splits it on whitespace. */
const areaTokens = (key: unknown) => (typeof key === 'string' ? key.split(/\s+/).filter(Boolean) : []);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ids by one key (a day, a place key, a sound, an area term). */
class KeyIndex {
  private readonly ids = new Map<string, Set<string>>();
  add(key: string | null, id: string): void {
    if (key === null) return;
    const set = this.ids.get(key);
    if (set) set.add(id);
    else this.ids.set(key, new Set([id]));
  }
  remove(key: string | null, id: string): void {
    if (key !== null) this.ids.get(key)?.delete(id);
  }
  collect(keys: Iterable<string>, into: Set<string>): void {
    for (const k of keys) for (const id of this.ids.get(k) ?? []) into.add(id);
  }
}

export class IncidentCache {
  private readonly incidents = new Map<string, Entry>();
  /** Every stored actor's anonymity (mergeActors: anonymous only while every report says so). */
  private readonly anonymous = new Map<string, boolean>();
  private readonly byDate = new KeyIndex();
  private readonly byPlace = new KeyIndex();
  private readonly bySound = new KeyIndex();
  private readonly byArea = new KeyIndex();

  /** Every stored incident and actor, or null when there are more incidents than CACHED_INCIDENTS. */
  static async load(tx: ManagedTransaction): Promise<IncidentCache | null> {
    const counted = await tx.run('MATCH (i:Incident) RETURN count(i) AS n');
    if ((counted.records[0]?.get('n') as number) > CACHED_INCIDENTS) return null;
    const [incidents, actors] = await Promise.all([
      tx.run(
        `MATCH (i:Incident)
         RETURN i.id AS id, i {.kind, .date, .place, .areas, .placeKey, .placeSound, .areaTerms, .areaKey, .weekday, .unfiledLead, .killedMin, .killedMax, .manner, .year} AS props,
           COLLECT { MATCH (p:Actor)-[:PARTICIPATED_IN]->(i) RETURN DISTINCT p.id } AS participants,
           COLLECT { MATCH (i)-[r:MENTIONED_IN]->(:Article) WITH coalesce(r.publishedAt, r.reportedOn) AS day
                     WHERE day IS NOT NULL RETURN DISTINCT day } AS reported`,
      ),
      tx.run('MATCH (p:Actor) RETURN p.id AS id, coalesce(p.anonymous, false) AS anonymous'),
    ]);
    const cache = new IncidentCache();
    for (const r of actors.records) cache.anonymous.set(r.get('id') as string, r.get('anonymous') as boolean);
    for (const r of incidents.records) {
      const props = Object.fromEntries(Object.entries(r.get('props') as Props).filter(([, v]) => v !== null));
      cache.put(r.get('id') as string, {
        props,
        participants: new Set(r.get('participants') as string[]),
        reported: new Set(r.get('reported') as string[]),
      });
    }
    return cache;
  }

  get size(): number {
    return this.incidents.size;
  }

  private put(id: string, entry: Entry): void {
    const before = this.incidents.get(id)?.props;
    if (before) this.keys(id, before, 'remove');
    this.incidents.set(id, entry);
    this.keys(id, entry.props, 'add');
  }

  private keys(id: string, p: Props, op: 'add' | 'remove'): void {
    this.byDate[op](str(p.date), id);
    this.byPlace[op](str(p.placeKey), id);
    this.bySound[op](str(p.placeSound), id);
    for (const t of areaTokens(p.areaKey)) this.byArea[op](t, id);
  }

  /** findIncidentsMany's answers (identity.ts): by day, place key, place sound or area term, by id, at most 200. */
  find(queries: IncidentQuery[]): StoredIncident[][] {
    return queries.map((q) => {
      const ids = new Set<string>();
      this.byDate.collect(q.dates, ids);
      this.byPlace.collect(q.places, ids);
      this.bySound.collect(q.places, ids);
      this.byArea.collect((q.inside ?? []).map(areaTerm), ids);
      return [...ids]
        .sort(byId)
        .slice(0, LIMIT)
        .map((id) => this.answer(id));
    });
  }

  private answer(id: string): StoredIncident {
    const { props, participants, reported } = this.incidents.get(id)!;
    return {
      id,
      kind: String(props.kind),
      date: str(props.date),
      place: str(props.place),
      areas: Array.isArray(props.areas) ? props.areas.map(String) : [],
      participants: [...participants].filter((p) => this.anonymous.get(p) === false).sort(byId),
      reported: [...reported].sort(byId),
      ...weekdayOf(props),
      ...unfiledLeadOf(props),
      ...killedOf(props),
      ...mannerOf(props),
      ...yearOf(props),
    };
  }

  /** One committed article ('loaded'): its actors merged, its incidents created or widened, its edges added. */
  written(records: GraphRecords): void {
    for (const n of records.nodes) {
      if (n.label === 'Actor') {
        const mine = Boolean(n.props.anonymous ?? false);
        const before = this.anonymous.get(n.id);
        this.anonymous.set(n.id, before === undefined ? mine : before && mine);
      } else if (n.label === 'Incident') {
        const row = { ...n.props, ...internalNodeProps('Incident', n.props) };
        const before = this.incidents.get(n.id);
        const props = before ? widenIncident(before.props, row) : row;
        this.put(n.id, {
          props,
          participants: before?.participants ?? new Set(),
          reported: before?.reported ?? new Set(),
        });
      }
    }
    for (const r of records.rels) {
      if (r.type === 'PARTICIPATED_IN') this.incidents.get(r.target)?.participants.add(r.source);
      if (r.type !== 'MENTIONED_IN') continue;
      const day = str(r.props.publishedAt) ?? str(r.props.reportedOn);
      if (day !== null) this.incidents.get(r.source)?.reported.add(day);
    }
  }
}
