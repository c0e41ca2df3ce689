// The gazetteer's bodies of one state by their acronym: an alias in capitals ("NPA"), or the initials of the name's
// words, joining words skipped ("National Prosecuting Authority" → NPA, "Oficina Nacional de Procesos Electorales" →
// ONPE). In: a state id and an acronym. Out: the one body of that state so called, if there is exactly one.
import { bodies } from './index.ts';

/** Joining words an acronym skips, in the languages the gazetteer's names are written in. */
const SKIPPED = new Set('of for the and in on de del la las los lo el y e du des et di da do dos das'.split(' '));
const ACRONYM = /^[A-Z]{2,7}$/;

/** The initials of a name's words, joining words skipped; '' for a name of fewer than two such words. */
export function nameInitials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w) && !SKIPPED.has(w.toLowerCase()));
  return words.length < 2 ? '' : words.map((w) => w[0]!.toUpperCase()).join('');
}

let index: Map<string, string | null> | undefined;

/** `<state>|<acronym>` → body id, null where two bodies of the state share the acronym. */
function acronymIndex(): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const b of bodies) {
    if (!b.affiliation || b.kind === 'outlet' || b.mission) continue;
    const acronyms = new Set([nameInitials(b.name), ...b.aliases.filter((a) => ACRONYM.test(a))]);
    for (const acronym of acronyms) {
      if (!acronym) continue;
      const key = `${b.affiliation}|${acronym}`;
      out.set(key, out.has(key) && out.get(key) !== b.id ? null : b.id);
    }
  }
  return out;
}

/** The gazetteer's one body of `stateId` that `acronym` names, if exactly one. */
export function stateBodyByAcronym(stateId: string, acronym: string): string | undefined {
  index ??= acronymIndex();
  return index.get(`${stateId}|${acronym}`) ?? undefined;
}
