// Test helpers for the actors recognisers: one sentence as a View, its items, and an empty Scan.
import { datelineRanges, datelineState } from '../../../ingest/actors/dateline.ts';
import { findActors } from '../../../ingest/actors/index.ts';
import { titleCaseSentences } from '../../../ingest/actors/junk.ts';
import { newScan, type Scan } from '../../../ingest/actors/scan.ts';
import { joinRuns, segment } from '../../../ingest/actors/segment.ts';
import { emptyView, headlineLike, type Item, type View, viewInto } from '../../../ingest/actors/view.ts';
import { clean } from '../../../ingest/clean/index.ts';
import { analyze } from '../../../ingest/nlp/index.ts';

/** The first sentence of `text` as the recognisers see it, its joined items, and a Scan for the article. */
export function sentence(text: string): { v: View; items: Item[]; sc: Scan } {
  const c = clean({ source: 't', text });
  const nlp = analyze(c);
  const v = viewInto(emptyView(nlp.text), nlp, 0, headlineLike(nlp, 0));
  v.titleCase = titleCaseSentences(nlp).has(0);
  const sc = newScan(nlp.text, datelineState(nlp.text, datelineRanges(nlp.text, c)));
  return { v, items: joinRuns(v, segment(v)), sc };
}

/** The written words of an item. */
export const words = (v: View, it: Item) => v.text.slice(v.toks[it.start]!.start, v.toks[it.end - 1]!.end);

/** The actors stage alone on an article: its actors. */
export function actorsOf(text: string) {
  const c = clean({ source: 't', text });
  return findActors(analyze(c), c).actors;
}

/** An article's actors as sorted "kind:name" lines. */
export const names = (text: string) =>
  actorsOf(text)
    .map((a) => `${a.kind}:${a.name}`)
    .sort();
