// Content stems of a claim or an answer, with the words outlets and deniers swap for one event made one.
import { contentStems } from '../../graph/trace/related.ts';

/** Words outlets and deniers swap for one event: a meeting is "talks", "negotiations", "met". */
const CONCEPT: Record<string, string> = {
  meeti: 'meet',
  met: 'meet',
  talks: 'meet',
  negot: 'meet',
  summi: 'meet',
  killi: 'kill',
  kille: 'kill',
  dead: 'kill',
  death: 'kill',
  died: 'kill',
  strik: 'attac',
  bombi: 'attac',
  shell: 'attac',
};

export function stems(text: string): Set<string> {
  return new Set([...contentStems(text)].map((s) => CONCEPT[s] ?? s));
}

/** How many stems two sets share. */
export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n;
}
