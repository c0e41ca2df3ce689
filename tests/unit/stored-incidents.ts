// The incident nodes a test store holds, as comparable rows: where each is and how many articles report it.
import type { EmbeddedStore } from '../../graph/embedded/store.ts';

async function incidentRows<T extends unknown[]>(
  store: EmbeddedStore,
  row: (props: Record<string, unknown>, reports: number) => T,
): Promise<T[]> {
  const g = await store.subgraph({ limit: 100_000 });
  const reports = (id: string) => g.edges.filter((e) => e.type === 'MENTIONED_IN' && e.source === id).length;
  return g.nodes.filter((n) => n.labels.includes('Incident')).map((n) => row(n.props, reports(n.id)));
}

/** Incident nodes as [place, how many articles report it], sorted. */
export async function reportedPlaces(store: EmbeddedStore): Promise<Array<[unknown, number]>> {
  const rows = await incidentRows(store, (p, n): [unknown, number] => [p.place, n]);
  return rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || a[1] - b[1]);
}

/** Incident nodes as [place, date, how many articles report it], sorted. */
export async function reportedPlacesAndDates(store: EmbeddedStore): Promise<Array<[unknown, unknown, number]>> {
  const rows = await incidentRows(store, (p, n): [unknown, unknown, number] => [p.place, p.date, n]);
  return rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
}
