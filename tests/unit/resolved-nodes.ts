// One article extracted and resolved to graph nodes, for actor identity tests: which node ids cover a written form.
import { expect } from 'vitest';

import { GAZETTEER_IDS } from '../../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../../graph/resolve.ts';
import { extract } from '../../ingest/extract.ts';

/** The node ids of the actors whose mentions cover a written form's nth use (`at`), and every actor's id (`ids`). */
export function nodes(text: string) {
  const x = resolveExtraction(extract({ source: 'wire.txt', text }), NO_ALIASES, GAZETTEER_IDS);
  const at = (surface: string, nth = 0) => {
    let from = -1;
    for (let i = 0; i <= nth; i++) from = text.indexOf(surface, from + 1);
    expect(from).toBeGreaterThanOrEqual(0);
    return x.actors
      .filter((a) => a.mentions.some(([s, e]) => s <= from && from < e))
      .map((a) => a.id)
      .sort();
  };
  return { at, ids: () => x.actors.map((a) => a.id) };
}
