// The attribution stage on a short text, as the unit tests call it: the real tagger (ingest/nlp), one block per
// line, and the given actors stage (none by default). Shared by the attribution test files.
import { attribute } from '../../ingest/attribution/index.ts';
import { analyze } from '../../ingest/nlp/index.ts';
import type { ActorsDoc, AttributionDoc, Range } from '../../ingest/types.ts';

export const NO_ACTORS: ActorsDoc = { actors: [], mentions: [], outlet: null };

export function attributeText(text: string, actors: ActorsDoc = NO_ACTORS): AttributionDoc & { text: string } {
  const blocks: Range[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) blocks.push({ start: m.index, end: m.index + m[0].length });
  const nlp = analyze({ text, blocks, title: null, publishedAt: null, outletName: null });
  return { ...attribute(nlp, actors), text };
}

/** The name of a claim's speaker (or any actor) by id. */
export const nameOf = (doc: AttributionDoc, id: string) => doc.actors.find((a) => a.id === id)?.name;
