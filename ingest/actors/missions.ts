// Missions a body runs, named by an acronym ("the African Union peacekeeping force AMISOM", "the UN mission
// (MONUSCO)"): an organization of its own that belongs to the body, not another name of it. In: the Scan and the
// acronym's token. Out: the mission's draft; and, once the article is read, "the AU mission" moved to it.
import { bodies } from '../gazetteer/index.ts';
import type { Mention } from '../types.ts';
import { type Draft, slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import type { View } from './view.ts';

/** Nouns for a body's mission, force or operation abroad. */
const MISSION_WORDS = new Set(['mission', 'force', 'forces', 'operation']);

/** The body (organization or group) with a mention ending right before character `at`. */
function bodyBefore(sc: Scan, at: number): Draft | undefined {
  return sc.reg
    .all()
    .find(
      (d) =>
        (d.kind === 'organization' || d.kind === 'group') && d.mentions.some((m) => m.end <= at && at - m.end <= 1),
    );
}

/**
 * The mission the all-capitals word at token a names after "<body> [lower-case words] <mission word> [(]": a new
 * organization affiliated to the body, which the acronym keys for the rest of the article. Undefined otherwise.
 */
export function missionAt(sc: Scan, v: View, a: number): Draft | undefined {
  let k = a - 1;
  if (v.keys[k] === '(') k--;
  if (k < 1 || !MISSION_WORDS.has(v.keys[k]!) || !/^[a-z]/.test(v.toks[k]!.text)) return undefined;
  let j = k;
  while (j > 0 && k - j < 2 && /^[a-z]/.test(v.toks[j - 1]!.text) && !MISSION_WORDS.has(v.keys[j - 1]!)) j--;
  const body = bodyBefore(sc, v.toks[j]!.start);
  if (!body) return undefined;
  const name = v.toks[a]!.text;
  const d = sc.reg.ensure(slugify(name), name, 'organization');
  d.affiliation ??= body.id;
  sc.reg.defined.set(v.keys[a]!, d.id);
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[a]!.end, 'name', name);
  return d;
}

/**
 * A mission word after a body's name: "AU mission" (the body's words then name the mission), "United Nations
 * peacekeeping mission", "NATO-led peacekeeping force" (up to two lower-case words between: a description).
 */
const MISSION_AFTER = /^(?:-led)?(?:\s+[a-z]+){0,2}?\s+(mission|force|forces|operation)\b/;

/** The gazetteer's missions (AMISOM, UNIFIL, KFOR). */
const KNOWN_MISSIONS = new Set(bodies.filter((b) => b.mission).map((b) => b.id));

/** Whether a draft is a mission: named by missionAt, or one the gazetteer knows. */
const isMission = (sc: Scan, d: Draft) => sc.reg.defined.get(d.id) === d.id || KNOWN_MISSIONS.has(d.id);

/**
 * "The AU mission said": a body's name and a mission word stand for the one mission of that body the article
 * named (AMISOM), not for the body.
 */
export function settleMissions(sc: Scan): void {
  const missions = sc.reg.all().filter((d) => d.affiliation && d.kind === 'organization' && isMission(sc, d));
  for (const mission of missions) {
    const body = sc.reg.get(mission.affiliation!);
    if (!body || body.kind === 'state' || missions.some((o) => o !== mission && o.affiliation === body.id)) continue;
    const moved: [Mention, number][] = [];
    const described: [number, number][] = [];
    for (const m of body.mentions) {
      const after = MISSION_AFTER.exec(sc.text.slice(m.end, m.end + 40));
      if (!after) continue;
      if (/^\s+[a-z]+$/.test(after[0])) moved.push([m, m.end + after[0].length]);
      else described.push([m.start, m.end + after[0].length]);
    }
    // "the United Nations peacekeeping mission", "the NATO-led peacekeeping force": a description of the mission
    // that names the body inside it, which keeps its own mention there.
    for (const [a, b] of described) sc.reg.mention(mission.id, a, b, 'descriptor', sc.text.slice(a, b));
    if (!moved.length) continue;
    // The mention covers the mission word: "AU mission", not "AU", is the mission's name here.
    for (const [m, end] of moved) m.end = end;
    sc.reg.transfer(
      body.id,
      mission.id,
      moved.map(([m]) => m),
      sc.text,
      true,
    );
  }
}
