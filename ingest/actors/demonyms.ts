// Demonym and state phrases with a head noun: "the Syrian government" (the state), "US troops" (its military),
// "Peru's defence ministry", "the U.S. embassy in Russia", "Iran's mission to the United Nations".
// In: a View and the state item the phrase starts with. Out: the state or its body on the Scan.
import { entryById, hasArmyBranch, matchAt, stateEntry } from '../gazetteer/index.ts';
import type { MentionKind } from '../types.ts';
import {
  EMBASSY_HEADS,
  HEAD_MODIFIERS,
  INTEL_HEADS,
  MILITARY_HEADS,
  MINISTRIES,
  PARLIAMENT_HEADS,
  PERSON_HEADS,
  SECURITY_HEADS,
  SERVICE_NAMES,
  STATE_HEADS,
} from './lexicon.ts';
import { inExileEnd } from './edges.ts';
import { entityMention, type Scan, stateBody, stateMention } from './scan.ts';
import { type GazItem, isCap, isStateItem, type Item, surfaceOf, type View } from './view.ts';

/** Bodies a head noun names directly: head kind → [id suffix, label]. */
const HEAD_BODIES: Record<string, [string, string]> = {
  military: ['military', 'military'],
  intelligence: ['intelligence', 'intelligence'],
  // "a Kosovo police patrol": the state's police force, a body of its own, not the state.
  police: ['police', 'police'],
  parliament: ['parliament', 'parliament'],
};

/** A state's army where it names it apart from its armed forces: "the Philippine army" beside "the AFP". */
const ARMY_BODY: [string, string] = ['army', 'army'];

/**
 * Services a state has one of, named after it: "China's coast guard", "Chinese coast guard vessels",
 * "Kyrgyzstan's border service", "Tajik border troops", "Lebanon's civil defence". Words → [id suffix, label]; one
 * body per state.
 */
const STATE_SERVICES: [string[], string, string][] = [
  [['coast', 'guard'], 'coast-guard', 'coast guard'],
  [['border', 'service'], 'border-service', 'border service'],
  [['border', 'guard'], 'border-service', 'border service'],
  [['border', 'guards'], 'border-service', 'border service'],
  [['border', 'troops'], 'border-service', 'border service'],
  [['border', 'police'], 'border-service', 'border service'],
  [['civil', 'defence'], 'civil-defence', 'civil defence'],
  [['civil', 'defense'], 'civil-defence', 'civil defence'],
  // "a Syrian air force jet", "the Sri Lanka Navy": a service of its own, not the army the same state fields.
  [['air', 'force'], 'air-force', 'air force'],
  [['navy'], 'navy', 'navy'],
  // "the Senegalese gendarmerie", "French gendarmes": the state's gendarmerie, a force of its own.
  [['gendarmerie'], 'gendarmerie', 'gendarmerie'],
  [['gendarmes'], 'gendarmerie', 'gendarmerie'],
];

/** Records the phrase [kind, head end, own end] found by headAfter; returns the token it covers up to. */
export function demonymPhrase(sc: Scan, v: View, it: GazItem, [kind, headEnd, ownEnd]: [string, number, number]) {
  const { hit } = it;
  const end = ownEnd || headEnd;
  const span = (id: string, mk: MentionKind) =>
    sc.reg.mention(id, v.toks[it.start]!.start, v.toks[end - 1]!.end, mk, surfaceOf(v, it.start, end));
  // "the Colombian army", "Indonesia's army": the branch where the state names its army apart (state-forces.json).
  const army = kind === 'military' && v.keys[headEnd - 1] === 'army' && hasArmyBranch(hit.id);
  const body = army ? ARMY_BODY : HEAD_BODIES[kind];
  // "Sudan's army", "Burkina Faso army": the state is named in its own words too (not "the Sudanese army").
  if (kind !== 'state' && kind !== 'mission' && (hit.role === 'name' || hit.role === 'alias'))
    stateMention(sc, hit.id, v, it.start, it.end, hit.role === 'name' ? 'name' : 'alias');
  if (kind === 'state') stateMention(sc, hit.id, v, it.start, end, 'descriptor');
  else if (body) span(stateBody(sc, hit.id, body[0], body[1]).id, 'descriptor');
  else if (kind.startsWith('service:')) {
    const [, suffix, label] = kind.split(':');
    span(stateBody(sc, hit.id, suffix!, label!).id, 'descriptor');
  } else if (kind.startsWith('ministry:')) {
    const [, suffix, label] = kind.split(':');
    span(stateBody(sc, hit.id, suffix!, label!).id, 'name');
  } else if (kind === 'mission') return mission(sc, v, it, end);
  else if (kind === 'embassy') {
    // "the U.S. embassy in Russia": one embassy per host country.
    const host = v.keys[end] === 'in' ? matchAt(v.keys, end + 1) : null;
    const hostId = host?.hits.find((h) => stateEntry(h.id))?.id;
    if (hostId && host) {
      const d = stateBody(sc, hit.id, `embassy-${hostId}`, `embassy in ${stateEntry(hostId)!.name}`);
      const at = v.toks[it.start]!.start;
      sc.reg.mention(d.id, at, v.toks[host.end - 1]!.end, 'descriptor', surfaceOf(v, it.start, host.end));
    } else span(stateBody(sc, hit.id, 'embassy', 'embassy').id, 'descriptor');
  }
  return end;
}

/** "Iran's mission to the United Nations": the state's delegation, neither the state nor the body it sits in. */
function mission(sc: Scan, v: View, it: GazItem, end: number): number {
  const { hit } = it;
  const at = v.keys[end + 1] === 'the' ? end + 2 : end + 1;
  const host = matchAt(v.keys, at);
  const hostId = host?.hits.find((h) => !stateEntry(h.id) && entryById(h.id))?.id;
  if (!host || !hostId) {
    stateMention(sc, hit.id, v, it.start, it.end, hit.role === 'demonym' ? 'demonym' : 'name');
    return it.end;
  }
  const d = stateBody(sc, hit.id, `mission-${hostId}`, `mission to the ${entryById(hostId)!.name}`);
  sc.reg.mention(
    d.id,
    v.toks[it.start]!.start,
    v.toks[host.end - 1]!.end,
    'descriptor',
    surfaceOf(v, it.start, host.end),
  );
  // The body is still named in its own words ("the United Nations").
  entityMention(sc, hostId, v, at, host.end, 'name');
  return host.end;
}

/** The head of a demonym phrase starting at token i: [kind, end] or null. */
export function headAfter(v: View, i: number): [string, number] | null {
  let k = i;
  if (v.keys[k] === "'s") k++;
  let found: [string, number] | null = null;
  for (let steps = 0; k < v.keys.length && steps < 3; steps++, k++) {
    const key = v.keys[k]!;
    const t = v.toks[k]!;
    const service = STATE_SERVICES.find(([w]) => w.every((x, j) => v.keys[k + j] === x));
    if (service) return [`service:${service[1]}:${service[2]}`, k + service[0].length];
    if (isCap(t) && !(key === 'government' || key === 'army')) {
      // A capitalized service name is the state's military: "the Ukrainian Air Force", "Russian Armed Forces".
      const service = SERVICE_NAMES.find((w) => w.every((x, j) => v.keys[k + j] === x && isCap(v.toks[k + j]!)));
      return service ? ['military', k + service.length] : found;
    }
    // "the Afghan government-in-exile": a body of its own, never the state.
    if (inExileEnd(v, k)) return null;
    if (STATE_HEADS.has(key)) found = ['state', k + 1];
    else if (MILITARY_HEADS.has(key)) found = ['military', k + 1];
    else if (key === 'air' && v.keys[k + 1] === 'force') found = ['military', k + 2];
    else if (INTEL_HEADS.has(key)) found = ['intelligence', SECURITY_HEADS.has(v.keys[k + 1] ?? '') ? k + 2 : k + 1];
    else if (key === 'security' && SECURITY_HEADS.has(v.keys[k + 1] ?? '')) found = ['intelligence', k + 2];
    else if (PARLIAMENT_HEADS.has(key)) found = ['parliament', k + 1];
    else if (key === 'police') found = ['police', k + 1];
    else if (EMBASSY_HEADS.has(key)) found = ['embassy', k + 1];
    else if (key === 'mission' && v.keys[k + 1] === 'to') return ['mission', k + 1];
    else if (v.keys[k + 1] === 'ministry' && !isCap(v.toks[k + 1]!)) {
      // "Peru's defence ministry", "the Chinese commerce ministry": the state's ministry, written lower-case.
      const m = MINISTRIES.find(([w]) => w.length === 2 && w[0] === key && w[1] === 'ministry');
      if (m) return [`ministry:${m[1]}:${m[2]}`, k + 2];
    } else if (PERSON_HEADS.has(key)) return null;
    if (found && found[1] === k + 1 && !HEAD_MODIFIERS.has(key)) return found;
    if (found && found[1] > k + 1) return found;
    if (!HEAD_MODIFIERS.has(key) && !found) return null;
  }
  return found;
}

/** Words that name a part of a state's forces before "of (the)" its service ("Units of the Armed Forces of ..."). */
const PARTS = new Set(['units', 'unit', 'elements', 'troops', 'soldiers', 'members', 'servicemen', 'positions']);

/**
 * Where the service name of a run starts: after a leading "the", and after a part of the forces ("Units of the
 * Armed Forces", "Troops of the Army"), which is no body of its own.
 */
function serviceStart(v: View, start: number, end: number): number {
  let a = v.keys[start] === 'the' ? start + 1 : start;
  if (PARTS.has(v.keys[a]!) && v.keys[a + 1] === 'of' && a + 2 < end) a += v.keys[a + 2] === 'the' ? 3 : 2;
  return a;
}

/**
 * "the Armed Forces of the Philippines", "the Army of Niger": a capitalized service name and "of (the) <State>" is
 * that state's military, named in full (so "(AFP)" after it is the army's acronym, not the news agency's). Marks
 * the two items used and returns true when item x starts one.
 */
export function serviceOfState(sc: Scan, v: View, joined: Item[], x: number, used: Set<Item>): boolean {
  const it = joined[x]!;
  const st = joined[x + 1];
  if (it.type !== 'run' || !isStateItem(st)) return false;
  const a = serviceStart(v, it.start, it.end);
  const service = SERVICE_NAMES.find(
    (w) => it.end - a === w.length && w.every((x, j) => v.keys[a + j] === x && isCap(v.toks[a + j]!)),
  );
  const gap = v.keys.slice(it.end, st.start).join(' ');
  if (!service || (gap !== 'of' && gap !== 'of the')) return false;
  const d = stateBody(sc, st.hit.id, 'military', 'military');
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[st.end - 1]!.end, 'name', surfaceOf(v, a, st.end));
  used.add(it);
  used.add(st);
  return true;
}
