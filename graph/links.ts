// Cross-article identity for one article about to be written: its incidents joined to stored ones, then its
// claims linked to stored ones (paraphrases, answers). In: an ArticleInput whose actors are resolved and a
// GraphStore. Out: the same input with `links` set; toGraphRecords turns them into ids and relationships.
import { claimLookups, linkClaims } from './claims/link.ts';
import { linkIncidents } from './incidents/link.ts';
import type { ArticleInput } from './model.ts';
import type { LinkView } from './store.ts';

export async function linkAcrossArticles(input: ArticleInput, store: LinkView): Promise<ArticleInput> {
  const incidents = await linkIncidents(input.extraction, store);
  const withIncidents = { ...input, links: { incidents } };
  // A claim telling a stored incident holds that incident's id among its terms, so its band keys are known only
  // now: every claim's lookup asked at once where the view can (graph/pending.ts), not one round trip per claim.
  await store.readClaims?.(claimLookups(withIncidents));
  return { ...withIncidents, links: { incidents, rels: await linkClaims(withIncidents, store) } };
}
