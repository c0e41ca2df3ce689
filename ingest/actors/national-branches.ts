// National offices of an international NGO: "Greenpeace Russia", "Amnesty International Austria", "Transparency
// International Ukraine". In: the Scan after the sentences were read. Out: the office's name one mention of the NGO
// itself, and no mention of the state it is named after.
//
// Why the NGO itself and not a node of its own: outlets quote the same office as "Greenpeace" and as "Greenpeace
// Russia", so a node per office would split one speaker across articles, while two offices of one NGO in one story
// are rare. (A national Red Cross society is no such office: it is a body of its own, national-societies.ts.) Only
// NGOs the data marks (`nationalBranches` in gazetteer/data/organizations.json): "NATO Russia" is no office of NATO.
import { bodies, stateEntry } from '../gazetteer/index.ts';
import type { Scan } from './scan.ts';

/** Whether the gazetteer entry `id` is an NGO whose national offices go by "<NGO> <country>". */
const WITH_BRANCHES = new Set(bodies.filter((b) => b.nationalBranches).map((b) => b.id));
const hasBranches = (id: string) => WITH_BRANCHES.has(id);

/** Folds each "<NGO> <country>" mention into one mention of the NGO. */
export function settleNationalBranches(sc: Scan): void {
  const states = sc.reg.all().filter((d) => d.kind === 'state');
  if (!states.length) return;
  for (const ngo of sc.reg.all()) {
    if (ngo.kind !== 'organization' || !hasBranches(ngo.id)) continue;
    for (const m of [...ngo.mentions]) {
      const gap = /^ (?=\p{Lu})/u.exec(sc.text.slice(m.end, m.end + 2));
      if (!gap) continue;
      const at = m.end + 1;
      for (const st of states) {
        const named = st.mentions.find((x) => x.start === at && isStateName(st.id, sc.text.slice(x.start, x.end)));
        if (!named) continue;
        sc.reg.unmention(st.id, named.start, named.end);
        if (!st.mentions.length) sc.reg.drop(st.id);
        sc.reg.unmention(ngo.id, m.start, m.end);
        sc.reg.mention(ngo.id, m.start, named.end, 'name', sc.text.slice(m.start, named.end));
      }
    }
  }
}

/** Whether `surface` is the state's name or one of its aliases (no demonym: "Amnesty International Russian ..."). */
function isStateName(id: string, surface: string): boolean {
  const s = stateEntry(id);
  return !!s && [s.name, ...s.aliases].includes(surface);
}
