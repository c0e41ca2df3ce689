// Claim sides for the paraphrase tests (graph/claims/decide.ts), built from invented wire sentences: an origin told by
// a speaker, and a claim's terms as graph/model.ts stores them, its actors found by their spelling in the text.
import type { Origin, Side } from '../../graph/claims/decide.ts';
import { claimTerms } from '../../graph/claims/terms.ts';

/** A CLAIMS origin of `speaker`, no relay, outlet or affiliation unless `o` gives them. */
export const said = (speaker: string, o: Partial<Origin> = {}): Origin => ({
  type: 'CLAIMS',
  speaker,
  affiliation: null,
  via: [],
  outlet: null,
  publishedAt: '2024-09-02',
  ...o,
});

/**
 * A claim whose named actors are given as [id, name] pairs, found by their spelling in the text; telling the incident
 * `incident` (a `^` term, as graph/model.ts adds) when one is given.
 */
export function claimSide(
  text: string,
  origin: Origin,
  named: Array<[string, string]> = [],
  incident: string | null = null,
): Side {
  const actors = named.map(([id, name]) => {
    const i = text.indexOf(name);
    return { id, kind: 'group', spans: i >= 0 ? [[i, i + name.length] as [number, number]] : [] };
  });
  const terms = claimTerms({ text, actors });
  return { text, terms: incident ? [...terms, incident].sort() : terms, origins: [origin] };
}
