// The extraction pipeline: clean → nlp → actors → discourse → attribution → events → one Extraction.
// In: a SourceDoc (text as read). Out: a zod-validated Extraction (docs/FORMAT.md). Pure.
import { articleIdFor } from '../graph/model.ts';
import { Extraction } from '../graph/schema.ts';
import { findActors } from './actors/index.ts';
import { placeAcronymBodies } from './actors/acronym-homes.ts';
import { absorbLateContextAcronyms } from './actors/context-acronyms.ts';
import { nameStateAcronyms } from './actors/state-acronyms.ts';
import { answerContradictions } from './answers/contradiction.ts';
import { foldElaborations } from './answers/elaboration.ts';
import { linkAnswers } from './answers/index.ts';
import { attribute } from './attribution/index.ts';
import { clean } from './clean/index.ts';
import { buildDiscourse } from './discourse/index.ts';
import { findEvents } from './events/index.ts';
import { analyze } from './nlp/index.ts';
import type { SourceDoc } from './types.ts';

export function extract(doc: SourceDoc): Extraction {
  const cleaned = clean(doc);
  const nlp = analyze(cleaned);
  const actors = findActors(nlp, cleaned);
  const discourse = buildDiscourse(nlp, actors);
  const attribution = attribute(nlp, actors, discourse);
  // An acronym of a state body written alone ("an ISPR press release") is named once every speaker is found.
  const named = nameStateAcronyms([...actors.actors, ...attribution.actors], nlp.text, actors.storyState ?? null);
  // A party's acronym read as a speaker only by attribution ("The PPP ... says") in a story about its state.
  const late = absorbLateContextAcronyms(named, attribution.claims, nlp.text, actors.storyState ?? null);
  const allActors = { ...actors, actors: placeAcronymBodies(late.actors, actors.storyState ?? null) };
  const events = findEvents(nlp, allActors, late.claims, cleaned, discourse);
  // A denial that answers another claim of the article says which (graph/model.ts puts its edge there); a bare one
  // ("rejected the accusation") is told by the statement right after it; a claim saying the opposite of another
  // speaker's answers it too.
  const linked = linkAnswers(late.claims, allActors.actors, doc.text);
  const folded = foldElaborations(linked, doc.text);
  const claims = answerContradictions(folded.claims);
  return Extraction.parse({
    article: {
      id: articleIdFor(doc.text),
      source: doc.source,
      url: doc.url ?? cleaned.url ?? null,
      title: cleaned.title,
      publishedAt: cleaned.publishedAt,
      outlet: actors.outlet,
      dateline: cleaned.dateline ?? null,
    },
    actors: allActors.actors,
    incidents: events.incidents,
    claims: claims.map((c) => (events.told[c.id] ? { ...c, about: [...c.about, ...events.told[c.id]!] } : c)),
    relations: events.relations.map((r) =>
      r.claim && folded.into.has(r.claim) ? { ...r, claim: folded.into.get(r.claim)! } : r,
    ),
  });
}
