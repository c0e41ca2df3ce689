// One wire story extracted and resolved to graph nodes, for the cross-article identity tests: the node ids of the
// actors a written mention starts at (`at`) or lies in (`within`), with the resolved actors and claims.
import { expect } from 'vitest';

import { GAZETTEER_IDS } from '../../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';

export function resolvedStory(text: string) {
  const x = resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS);
  const ids = (surface: string, covers: (s: number, e: number, from: number) => boolean) => {
    const from = text.indexOf(surface);
    expect(from).toBeGreaterThanOrEqual(0);
    return x.actors.filter((a) => a.mentions.some(([s, e]) => covers(s, e, from))).map((a) => a.id);
  };
  return {
    actors: x.actors,
    claims: x.claims,
    /** Node ids of the actors with a mention starting where `surface` is first written. */
    at: (surface: string) => ids(surface, (s, _e, from) => s === from),
    /** Node ids of the actors with a mention holding the first character of `surface`. */
    within: (surface: string) => ids(surface, (s, e, from) => s <= from && from < e),
  };
}
