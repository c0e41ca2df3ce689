// The embedded side of cross-article identity: indexed lookups of claims by MinHash band key and of incidents by
// date and place (the claim_band and incident_key tables rows.ts keeps). In: a Db. Out: the same candidates
// graph/neo4j/identity.ts returns.
import type { ClaimCandidate } from '../claims/similar.ts';
import type { IncidentQuery, StoredIncident } from '../incidents/match.ts';
import type { Props } from '../model.ts';
import type { Db } from './db.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const termsOf = (p: Props): string[] => (Array.isArray(p.terms) ? p.terms.map(String) : []);
const SPEECH = `('CLAIMS', 'DENIES', 'CONFIRMS')`;

export class IdentityLookup {
  private readonly s;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      // Counted on the (band, claim) key alone; only the kept claims' rows are read.
      claims: p(
        `SELECT claim FROM claim_band WHERE band IN (SELECT value FROM json_each(?))
         GROUP BY claim ORDER BY count(*) DESC, claim LIMIT ?`,
      ).pluck(),
      props: p(`SELECT props FROM node WHERE id = ?`).pluck(),
      speech: p(
        `SELECT key, type, source, props FROM edge WHERE target = ? AND type IN ${SPEECH} ORDER BY key LIMIT 20`,
      ),
      incidents: p(
        `SELECT DISTINCT k.incident AS id, n.props AS props FROM incident_key k JOIN node n ON n.id = k.incident
         WHERE k.key IN (SELECT value FROM json_each(?)) ORDER BY k.incident LIMIT 200`,
      ),
      participants: p(
        `SELECT DISTINCT e.source FROM edge e JOIN node a ON a.id = e.source
         WHERE e.target = ? AND e.type = 'PARTICIPATED_IN' AND coalesce(json_extract(a.props, '$.anonymous'), 0) != 1
         ORDER BY e.source`,
      ).pluck(),
      // The day each report was filed: its publication date, else its dateline's day (graph/incidents/link.ts).
      reported: p(
        `SELECT DISTINCT d FROM (SELECT coalesce(json_extract(props, '$.publishedAt'), json_extract(props, '$.reportedOn')) AS d
         FROM edge WHERE source = ? AND type = 'MENTIONED_IN') WHERE typeof(d) = 'text' ORDER BY d`,
      ).pluck(),
    };
  }

  /**
   * A loader asks once per claim of an article, and neighbouring claims share candidates: each is read once per
   * `generation` (the database's version), so a write is never hidden. Candidates are shared: callers only read them.
   */
  private cache = { generation: '', claims: new Map<string, ClaimCandidate>() };

  findClaims(bands: string[], limit: number, generation: string): ClaimCandidate[] {
    if (!bands.length) return [];
    if (this.cache.generation !== generation) this.cache = { generation, claims: new Map() };
    const ids = this.s.claims.all(JSON.stringify([...new Set(bands)]), limit) as string[];
    return ids.map((id) => {
      let c = this.cache.claims.get(id);
      if (!c) this.cache.claims.set(id, (c = this.claim(id)));
      return c;
    });
  }

  private claim(id: string): ClaimCandidate {
    const p = JSON.parse((this.s.props.get(id) as string | undefined) ?? '{}') as Props;
    return {
      id,
      text: str(p.text) ?? '',
      terms: termsOf(p),
      speech: (this.s.speech.all(id) as Array<{ type: string; source: string; props: string }>).map((e) => ({
        type: e.type as ClaimCandidate['speech'][number]['type'],
        speaker: e.source,
        props: JSON.parse(e.props) as Record<string, unknown>,
      })),
    };
  }

  findIncidents(query: IncidentQuery): StoredIncident[] {
    const keys = [...query.dates.map((d) => `d:${d}`), ...query.places.map((p) => `p:${p}`)];
    if (!keys.length) return [];
    const rows = this.s.incidents.all(JSON.stringify(keys)) as Array<{ id: string; props: string }>;
    return rows.map(({ id, props }) => {
      const p = JSON.parse(props) as Props;
      return {
        id,
        kind: str(p.kind) ?? 'other',
        date: str(p.date),
        place: str(p.place),
        participants: this.s.participants.all(id) as string[],
        reported: this.s.reported.all(id) as string[],
      };
    });
  }
}
