// Cross-article identity for one article about to be written: its incidents joined to stored ones, then its
// claims linked to stored ones (paraphrases, answers). In: an ArticleInput whose actors are resolved and a
// GraphStore. Out: the same input with `links` set; toGraphRecords turns them into ids and relationships.
import { linkClaims } from './claims/link.ts';
import { linkIncidents } from './incidents/link.ts';
import type { ArticleInput } from './model.ts';
import type { GraphStore } from './store.ts';

export async function linkAcrossArticles(
  input: ArticleInput,
  store: Pick<GraphStore, 'findClaims' | 'findIncidents'>,
): Promise<ArticleInput> {
  const incidents = await linkIncidents(input.extraction, store);
  const withIncidents = { ...input, links: { incidents } };
  return { ...withIncidents, links: { incidents, rels: await linkClaims(withIncidents, store) } };
}
