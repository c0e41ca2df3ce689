// Persons whose stored surface forms disagree on the given name ("Bill Clinton" and "Hillary Clinton" on one node),
// or on Jr./Sr. In: Person nodes (name + aliases). Out: the nodes that disagree, with the clashing forms.
// Initials ("John F. Kelly" / "J. Kelly"), common nicknames ("Bill" / "William"), romanizations of one name
// ("Andriy" / "Andrei", "Mohamed" / "Muhammad") and a two-word Arabic given name written joined or apart
// ("Abdul Hamid" / "Abdulhamid") agree.
import { normalizeName } from '../../../graph/names.ts';
import type { GraphNode } from '../../../graph/store.ts';
import NICKNAMES from './nicknames.json' with { type: 'json' };

const TITLES = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady the former late president vice prime minister secretary senator sen rep ' +
    'representative gov governor mayor judge justice chief general gen lt col colonel capt captain major maj sgt ' +
    'admiral adm rev reverend father sister king queen prince princess crown emir sheikh sultan ayatollah imam pope ' +
    'professor prof chairman chairwoman speaker leader commissioner ambassador attorney deputy foreign defense ' +
    'defence interior finance first lady us u s uk'
  ).split(' '),
);
const SUFFIX = /^(jr|sr|ii|iii|iv)$/;
const COMPOUND = new Set(['abdul', 'abdel', 'abd', 'abu']);

/** Given name, surname and generation suffix of one surface form, when it has a given name at all. */
export function nameParts(
  form: string,
): { given: string; surname: string; suffix: string | null; words: string[] } | null {
  const words = normalizeName(form).split(' ').filter(Boolean);
  while (words.length && TITLES.has(words[0]!)) words.shift();
  let suffix: string | null = null;
  if (words.length && SUFFIX.test(words.at(-1)!)) suffix = words.pop()!;
  if (words.length < 2) return null;
  // "Abdul Hamid", "Abu Bakr": one given name of two words, also written joined ("Abdulhamid").
  const given = words.length > 2 && COMPOUND.has(words[0]!) ? words[0]! + words[1]! : words[0]!;
  return { given, surname: words.at(-1)!, suffix, words };
}

/** One form's words end the other's ("Lopez Obrador" in "Andres Manuel Lopez Obrador"): a surname form, no given name. */
const isTail = (a: string[], b: string[]) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length < long.length && short.every((w, i) => w === long[long.length - short.length + i]);
};

const nickGroups = new Map<string, Set<number>>();
(NICKNAMES as string[][]).forEach((group, i) => {
  for (const n of group) nickGroups.set(n, (nickGroups.get(n) ?? new Set()).add(i));
});

/** Whether two given names can be the same person's: equal, an initial of the other, or nicknames of one name. */
export function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  const ga = nickGroups.get(a);
  const gb = nickGroups.get(b);
  return !!ga && !!gb && [...ga].some((g) => gb.has(g));
}

export interface NameClash {
  node: string;
  name: string;
  forms: [string, string];
  why: 'given name' | 'Jr./Sr.';
}

/** One clash per Person node whose forms (same surname) disagree. */
export function givenNameClashes(nodes: GraphNode[]): NameClash[] {
  const out: NameClash[] = [];
  for (const n of nodes) {
    if (!n.labels.includes('Person')) continue;
    const forms = [n.props.name, ...(Array.isArray(n.props.aliases) ? n.props.aliases : [])].filter(
      (f): f is string => typeof f === 'string',
    );
    const parts = forms.map((f) => ({ form: f, p: nameParts(f) })).filter((x) => x.p);
    const clash = (() => {
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++) {
          const a = parts[i]!;
          const b = parts[j]!;
          if (a.p!.surname !== b.p!.surname || isTail(a.p!.words, b.p!.words)) continue;
          if (!givenNamesAgree(a.p!.given, b.p!.given))
            return { forms: [a.form, b.form] as [string, string], why: 'given name' as const };
          const sx = [a.p!.suffix, b.p!.suffix];
          if (sx.includes('jr') && sx.includes('sr'))
            return { forms: [a.form, b.form] as [string, string], why: 'Jr./Sr.' as const };
        }
      return null;
    })();
    if (clash) out.push({ node: n.id, name: String(n.props.name), ...clash });
  }
  return out;
}
