// A state's embassy or consulate named "<Head> of <State>" ("the Consulate General of Japan in Honolulu", "the
// Embassy of Japan") or "<Demonym> <Head>" ("the Japanese Consulate-General"): the state's mission, the body "the
// Japanese consulate" is (demonyms.ts keys it `<state>-embassy`), never the state itself nor a body of its own name.
// In: the filled Scan. Out: those mentions moved to the mission's draft.
import { stateOfKey } from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';
import type { Draft } from './registry.ts';
import { type Scan, stateBody } from './scan.ts';

/** A mission's head written before "of <State>", capitalized as a name. */
const HEAD_BEFORE = /(?:Embassy|Consulate(?:[-\s]General)?)\s+of\s+(?:the\s+)?$/;
/** A mission named by its state's name or demonym and its head ("Japanese Consulate-General", "Embassy of Japan"). */
const DEMONYM_HEAD = /^(?:the\s+)?(.+?)\s+(?:embassy|consulate(?:[-\s]general)?)$/i;
const HEAD_OF = /^(?:the\s+)?(?:embassy|consulate(?:[-\s]general)?)\s+of\s+(?:the\s+)?(.+?)$/i;

const stateOfWords = (words: string) => stateOfKey(keysOf(words).join(' '));

export function settleStateMissions(sc: Scan): void {
  for (const d of sc.reg.all()) {
    if (d.kind === 'state') {
      const named = d.mentions.filter((m) => HEAD_BEFORE.test(sc.text.slice(Math.max(0, m.start - 40), m.start)));
      if (!named.length) continue;
      const mission = stateBody(sc, d.id, 'embassy', 'embassy');
      for (const m of named) {
        const head = HEAD_BEFORE.exec(sc.text.slice(Math.max(0, m.start - 40), m.start))!;
        const start = m.start - head[0].length;
        sc.reg.mention(mission.id, start, m.end, 'name', sc.text.slice(start, m.end));
      }
      // The state's name inside its mission's is no mention of the state.
      const gone = new Set(named);
      d.mentions = d.mentions.filter((m) => !gone.has(m));
      d.spans = new Set(d.mentions.map((m) => m.start * 1e7 + m.end));
      continue;
    }
    if (d.kind !== 'organization') continue;
    const state = missionState(d);
    if (!state) continue;
    const mission = stateBody(sc, state, 'embassy', 'embassy');
    if (mission.id !== d.id) sc.reg.absorb(mission.id, d.id);
  }
}

/** The state a body's name makes it the mission of ("Embassy of Japan", "Japanese Consulate-General"), if any. */
function missionState(d: Draft): string | undefined {
  const name = d.name.trim();
  const of = HEAD_OF.exec(name);
  if (of) return stateOfWords(of[1]!.replace(/\s+in\s+.*$/, ''));
  const demonym = DEMONYM_HEAD.exec(name);
  return demonym ? stateOfWords(demonym[1]!) : undefined;
}
