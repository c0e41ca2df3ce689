// The gazetteer's bodies of one state by their acronym: an alias in capitals ("NPA"), or the initials of the name's
// words, joining words skipped ("National Prosecuting Authority" → NPA, "Oficina Nacional de Procesos Electorales" →
// ONPE). In: a state id and an acronym. Out: the one body of that state so called, if there is exactly one.
import { nameInitials } from '../../graph/names.ts';
import { bodies, stateOfKey } from './index.ts';

const ACRONYM = /^[A-Z]{2,7}$/;

/**
 * The initials a body's name is known by, of three letters or more; none for a name opening with its state's
 * ("US Supreme Court", "Turkish Armed Forces"), which writers shorten without it.
 */
function initialsOf(name: string): string {
  const first = name.split(/[\s-]+/)[0] ?? '';
  const initials = nameInitials(name);
  return initials.length >= 3 && !stateOfKey(first.toLowerCase()) && !/^U[SK]$/.test(first) ? initials : '';
}

let index: Map<string, string | null> | undefined;

/** `<state>|<acronym>` → body id, null where two bodies of the state share the acronym. */
function acronymIndex(): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const b of bodies) {
    if (!b.affiliation || b.kind === 'outlet' || b.mission) continue;
    const acronyms = new Set([initialsOf(b.name), ...b.aliases.filter((a) => ACRONYM.test(a))]);
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
