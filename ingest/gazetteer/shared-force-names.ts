// Local-language names several states' forces share ("Openbaar Ministerie": the prosecution service of the
// Netherlands and of Suriname; "Bundespolizei": Germany's and Austria's; "Forsvaret": Norway's and Denmark's army).
// In: data/state-forces.json and the states. Out: shared-name entries in the shape shared-names.ts reads, one per
// name two states' forces both go by: its forms, the force the gazetteer reads it as, and each state's force with
// that state's own names, demonyms and capitals as cues.
import stateForcesData from './data/state-forces.json' with { type: 'json' };
import statesData from '../../graph/data/states.json' with { type: 'json' };

interface Force {
  state: string;
  branch: string;
  name: string;
  aliases: string[];
}

interface StateCues {
  id: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

/** A name shared by forces of two states or more, as shared-names.ts takes it. */
export interface SharedForceName {
  forms: string[];
  default: string;
  readings: Array<{ id: string; cues: string[] }>;
}

const cuesOf = (s: StateCues | undefined): string[] =>
  s ? [s.name, ...s.aliases, ...s.demonyms, ...s.capitals].filter((c) => c.length > 2) : [];

/**
 * The names two states' forces share, from `forces`. The gazetteer reads such a name as the first force that has it
 * as its own name, else as the first that has it at all (data order: gazetteer/index.ts adds hits in that order).
 */
export function sharedForceNames(forces: Force[], states: StateCues[]): SharedForceName[] {
  const byForm = new Map<string, Force[]>();
  for (const f of forces)
    for (const form of new Set([f.name, ...f.aliases])) {
      const key = form.toLowerCase();
      const list = byForm.get(key) ?? [];
      if (!list.some((o) => o.state === f.state)) list.push(f);
      byForm.set(key, list);
    }
  const stateById = new Map(states.map((s) => [s.id, s]));
  const out: SharedForceName[] = [];
  for (const [form, list] of byForm) {
    if (list.length < 2) continue;
    const first = list.find((f) => f.name.toLowerCase() === form) ?? list[0]!;
    out.push({
      forms: [form, `the ${form}`],
      default: `${first.state}-${first.branch}`,
      readings: list.map((f) => ({ id: `${f.state}-${f.branch}`, cues: cuesOf(stateById.get(f.state)) })),
    });
  }
  return out;
}

/** The shared names of the gazetteer's state forces. */
export const SHARED_FORCE_NAMES = sharedForceNames(stateForcesData as Force[], statesData as StateCues[]);
