// A faction or gang named for the person who leads it: "the Salif Sadio faction", "Sadio's faction", "the faction of
// César Atoute Badiate", "the faction led by Abdel Wahid", "the Bhayo gang", "the gang of Saifal Bhayo". In: a sentence's
// view after its names were read. Out: a group of its own, named "<leader's full name> faction" (or "gang"), beside the
// leader (never the leader, never the movement).
import type { Draft } from './registry.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import { isCap, type View } from './view.ts';

/** Heads of a group named for its leader. */
const HEADS = new Set(['faction', 'gang']);
const lower = (v: View, k: number) => /^[a-z]/.test(v.toks[k]?.text ?? '');

interface Led {
  leader: Draft;
  /** Characters of the whole phrase. */
  start: number;
  end: number;
}

/** Whether the name run [a, b) is right before a lower-case "faction" or "gang": its words name a person, not a body. */
export const beforeFaction = (v: View, b: number): boolean => HEADS.has(v.keys[b]!) && lower(v, b);

/** Records every faction or gang of the sentence a person named in it leads. */
export function factionsIn(sc: Scan, v: View): void {
  for (let k = 1; k < v.keys.length; k++) {
    if (!beforeFaction(v, k)) continue;
    const led = leaderBefore(sc, v, k) ?? leaderAfter(sc, v, k);
    if (!led) continue;
    const name = `${led.leader.name} ${v.keys[k]}`;
    const d = sc.reg.ensure(slugify(name), name, 'group');
    sc.reg.mention(d.id, led.start, led.end, 'name', v.text.slice(led.start, led.end));
    d.affiliation ??= movementAfter(sc, v, k)?.id ?? null;
  }
}

/** "the Salif Sadio faction of the MFDC": the movement the faction belongs to, named right after "of". */
function movementAfter(sc: Scan, v: View, k: number): Draft | undefined {
  if (v.keys[k + 1] !== 'of') return undefined;
  const tok = v.toks[v.keys[k + 2] === 'the' ? k + 3 : k + 2];
  if (!tok) return undefined;
  return sc.reg
    .all()
    .find((d) => (d.kind === 'group' || d.kind === 'organization') && d.mentions.some((m) => m.start === tok.start));
}

/** "the Salif Sadio faction", "Sadio's faction": a person's name, or a known person's surname, right before. */
function leaderBefore(sc: Scan, v: View, k: number): Led | null {
  const last = v.keys[k - 1] === "'s" ? k - 2 : k - 1;
  const tok = v.toks[last];
  if (!tok || !isCap(tok)) return null;
  const end = v.toks[k]!.end;
  const named = personMention(sc, (m) => m.end === tok.end);
  if (named) return { leader: named.leader, start: named.start, end };
  const key = v.keys[last]!;
  const leader = sc.reg.hasSurname(key, tok.start) ? sc.reg.surname(key, tok.start) : undefined;
  return leader ? { leader, start: tok.start, end } : null;
}

/** "the faction of César Atoute Badiate", "the faction led by Abdel Wahid": a person named right after. */
function leaderAfter(sc: Scan, v: View, k: number): Led | null {
  const first = v.keys[k + 1] === 'of' ? k + 2 : v.keys[k + 1] === 'led' && v.keys[k + 2] === 'by' ? k + 3 : -1;
  const tok = v.toks[first];
  if (!tok) return null;
  const named = personMention(sc, (m) => m.start === tok.start);
  return named ? { leader: named.leader, start: v.toks[k]!.start, end: named.end } : null;
}

/** A person with a mention `at` picks, and that mention's span. */
export function personMention(sc: Scan, at: (m: { start: number; end: number }) => boolean) {
  for (const d of sc.reg.all()) {
    if (d.kind !== 'person') continue;
    const m = d.mentions.find(at);
    if (m) return { leader: d, start: m.start, end: m.end };
  }
  return null;
}
