// The embedded side of cross-article identity: an index of claims by MinHash band key and of incidents by date
// and place, built the first time the writer asks (readers never pay for it), then kept up as nodes arrive.
// In: the live graph. Out: the same candidates graph/neo4j/identity.ts returns.
import { type ClaimCandidate, claimBands, claimKeyInput } from '../claims/similar.ts';
import { placeKey } from '../incidents/key.ts';
import type { IncidentQuery, StoredIncident } from '../incidents/match.ts';
import type { Props } from '../model.ts';
import type { KgGraph } from './types.ts';

const add = (m: Map<string, string[]>, k: string, id: string) => {
  const ids = m.get(k);
  if (!ids) m.set(k, [id]);
  else if (!ids.includes(id)) ids.push(id);
};
const str = (v: unknown) => (typeof v === 'string' ? v : null);

export class IdentityIndex {
  private bands = new Map<string, string[]>();
  private incidents = new Map<string, string[]>();

  constructor(private readonly g: KgGraph) {
    g.forEachNode((id, a) => this.add(id, a.labels, a.props));
  }

  /** Indexes a node the store just added (claims and incidents; others are ignored). */
  add(id: string, labels: string[], props: Props): void {
    if (labels.includes('Claim')) for (const b of claimBands(claimKeyInput(props))) add(this.bands, b, id);
    if (labels.includes('Incident')) {
      if (props.date) add(this.incidents, `d:${String(props.date)}`, id);
      const place = placeKey(str(props.place));
      if (place) add(this.incidents, `p:${place}`, id);
    }
  }

  /** A stored incident gained a date or place from a later report. */
  update(id: string, props: Props): void {
    this.add(id, ['Incident'], props);
  }

  findClaims(bands: string[], limit: number): ClaimCandidate[] {
    const hits = new Map<string, number>();
    for (const b of new Set(bands)) for (const id of this.bands.get(b) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    return [...hits]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, limit)
      .map(([id]) => this.claim(id));
  }

  private claim(id: string): ClaimCandidate {
    const speech: ClaimCandidate['speech'] = [];
    this.g.forEachInEdge(id, (key, e, s) => {
      if (e.type === 'CLAIMS' || e.type === 'DENIES' || e.type === 'CONFIRMS')
        speech.push({ type: e.type, speaker: s, props: { key, ...e.props } });
    });
    speech.sort((a, b) => (String(a.props.key) < String(b.props.key) ? -1 : 1));
    const props = this.g.getNodeAttribute(id, 'props');
    return {
      id,
      text: str(props.text) ?? '',
      terms: Array.isArray(props.terms) ? props.terms.map(String) : [],
      speech: speech.slice(0, 20).map(({ type, speaker, props }) => {
        const rest = { ...props };
        delete rest.key;
        return { type, speaker, props: rest };
      }),
    };
  }

  findIncidents(query: IncidentQuery): StoredIncident[] {
    const ids = new Set<string>();
    for (const d of query.dates) for (const id of this.incidents.get(`d:${d}`) ?? []) ids.add(id);
    for (const p of query.places) for (const id of this.incidents.get(`p:${p}`) ?? []) ids.add(id);
    return [...ids]
      .sort()
      .slice(0, 200)
      .map((id) => {
        const p = this.g.getNodeAttribute(id, 'props');
        const participants = new Set<string>();
        this.g.forEachInEdge(id, (_k, e, s) => {
          if (e.type === 'PARTICIPATED_IN' && this.g.getNodeAttribute(s, 'props').anonymous !== true)
            participants.add(s);
        });
        const reported = new Set<string>();
        this.g.forEachOutEdge(id, (_k, e) => {
          const day = e.props.publishedAt ?? e.props.reportedOn;
          if (e.type === 'MENTIONED_IN' && typeof day === 'string') reported.add(day);
        });
        return {
          id,
          kind: str(p.kind) ?? 'other',
          date: str(p.date),
          place: str(p.place),
          participants: [...participants].sort(),
          reported: [...reported].sort(),
        };
      });
  }
}
