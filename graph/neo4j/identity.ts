// The Neo4j side of cross-article identity: candidate claims by MinHash band key and candidate incidents by
// date or place, both through indexes. In: a read transaction and keys. Out: rows the pure matchers decide on.
import type { ManagedTransaction } from 'neo4j-driver';

import type { ClaimCandidate } from '../claims/similar.ts';
import type { IncidentQuery, StoredIncident } from '../incidents/match.ts';
import { modelProps, toParam, toPlain } from './values.ts';

export async function findClaims(tx: ManagedTransaction, bands: string[], limit: number): Promise<ClaimCandidate[]> {
  if (!bands.length) return [];
  const res = await tx.run(
    `UNWIND $bands AS b
     MATCH (c:Claim) WHERE c.bandKey CONTAINS b
     WITH c, count(*) AS hits ORDER BY hits DESC, c.id LIMIT $limit
     RETURN c.id AS id, c.text AS text, c.terms AS terms,
       COLLECT { MATCH (s:Actor)-[r:CLAIMS|DENIES|CONFIRMS]->(c) RETURN [type(r), s.id, properties(r)] ORDER BY r.key LIMIT 20 } AS speech`,
    toParam({ bands: bands.map((b) => `\n${b}\n`), limit }) as Record<string, unknown>,
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    text: (r.get('text') as string | null) ?? '',
    terms: (r.get('terms') as string[] | null) ?? [],
    speech: (r.get('speech') as Array<[ClaimCandidate['speech'][number]['type'], string, Record<string, unknown>]>).map(
      ([type, speaker, props]) => {
        // `key` is the MERGE key of the relationship itself, not one of its model properties.
        const rest = { ...modelProps(toPlain(props) as Record<string, unknown>) };
        delete rest.key;
        return { type, speaker, props: rest };
      },
    ),
  }));
}

export async function findIncidents(tx: ManagedTransaction, query: IncidentQuery): Promise<StoredIncident[]> {
  if (!query.dates.length && !query.places.length) return [];
  const res = await tx.run(
    `CALL () {
       MATCH (i:Incident) WHERE i.date IN $dates RETURN i
       UNION
       MATCH (i:Incident) WHERE i.placeKey IN $places RETURN i
     }
     WITH i ORDER BY i.id LIMIT 200
     RETURN i.id AS id, i.kind AS kind, i.date AS date, i.place AS place,
       COLLECT { MATCH (p:Actor)-[:PARTICIPATED_IN]->(i) WHERE NOT coalesce(p.anonymous, false) RETURN DISTINCT p.id ORDER BY p.id } AS participants,
       COLLECT { MATCH (i)-[r:MENTIONED_IN]->(:Article) WITH coalesce(r.publishedAt, r.reportedOn) AS day WHERE day IS NOT NULL RETURN DISTINCT day ORDER BY day } AS reported`,
    toParam(query) as Record<string, unknown>,
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    kind: r.get('kind') as string,
    date: r.get('date') as string | null,
    place: r.get('place') as string | null,
    participants: r.get('participants') as string[],
    reported: r.get('reported') as string[],
  }));
}
