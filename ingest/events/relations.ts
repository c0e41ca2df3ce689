// Relations between actors from event mentions: agent × patient per trigger, deduplicated per article.
// In: View + event mentions + claims + mention → incident ids. Out: Relation[] (member_of excluded).
import { isArmedForce } from '../../graph/identity.ts';
import type { Claim, Relation, RelationType } from '../../graph/schema.ts';
import type { EventMention } from './mentions.ts';
import type { View } from './view.ts';

const SYMMETRIC = new Set<RelationType>(['met_with', 'clashed_with']);

/** The smallest claim whose content holds the offset, if any. */
function claimAt(claims: Claim[], offset: number): Claim | null {
  let best: Claim | null = null;
  for (const c of claims) {
    const [s, e] = c.evidence.content;
    if (offset >= s && offset < e && (!best || e - s < best.evidence.content[1] - best.evidence.content[0])) best = c;
  }
  return best;
}

export function buildRelations(
  view: View,
  mentions: EventMention[],
  claims: Claim[],
  incidentOf: Map<number, string>,
  agentsOf: Map<string, string[]> = new Map(),
): Relation[] {
  const { tokens, sentences } = view.nlp;
  const byKey = new Map<string, Relation>();
  const order: string[] = [];
  // A state's military acts for the state: "US and Russia exchanged fire" and "US troops clashed with
  // Russian fighters" are one relation, kept in the form first stated.
  const root = (id: string): string => {
    const a = view.actors.get(id);
    return a?.affiliation && isArmedForce(a) && view.actors.get(a.affiliation)?.kind === 'state' ? a.affiliation : id;
  };
  const backs = new Set<string>();
  for (const m of mentions)
    if (m.type === 'supports') for (const a of m.agents) for (const p of m.patients) backs.add(`${root(a)}>${root(p)}`);
  mentions.forEach((m, index) => {
    const type = m.type;
    if (!type) return; // an incident trigger that relates no one ("sentenced", "test-fired")
    const s = sentences[m.sentence]!;
    const claim = claimAt(claims, tokens[m.start]!.start);
    const reaction = m.event ? reactedTo(mentions, m.event, incidentOf, agentsOf) : null;
    const patients = reaction ? reaction.agents : m.patients;
    for (const source of m.agents) {
      for (const target of patients) {
        // A patron condemning "the attacks" does not accuse its own client ("Iran condemned the attacks").
        if (reaction && backs.has(`${root(source)}>${root(target)}`)) continue;
        if (source === target) continue;
        // Outlets report; they do not strike, meet or fund anyone.
        if (view.actors.get(source)?.kind === 'outlet' || view.actors.get(target)?.kind === 'outlet') continue;
        const [rs, rt] = [root(source), root(target)];
        if (rs === rt) continue;
        const key = SYMMETRIC.has(type) ? `${type}:${[rs, rt].sort().join('|')}` : `${type}:${rs}>${rt}`;
        const rel: Relation = {
          type,
          source,
          target,
          incident: incidentOf.get(index) ?? reaction?.incident ?? null,
          claim: claim?.id ?? null,
          evidence: { span: [s.start, s.end] },
        };
        const prev = byKey.get(key);
        if (!prev) {
          byKey.set(key, rel);
          order.push(key);
        } else if (prev.claim && !rel.claim) {
          // Asserted outside any claim somewhere: the article itself states it.
          byKey.set(key, { ...rel, incident: rel.incident ?? prev.incident });
        } else if (!prev.incident && rel.incident) prev.incident = rel.incident;
      }
    }
  });
  return dropCovered(
    view,
    order.map((k) => byKey.get(k)!),
  );
}

/** The incident an event phrase (token range) names, and who acted in it: "condemned [the strike]". */
function reactedTo(
  mentions: EventMention[],
  [start, end]: [number, number],
  incidentOf: Map<number, string>,
  agentsOf: Map<string, string[]>,
): { incident: string; agents: string[] } | null {
  const i = mentions.findIndex((o) => o.incident && o.start >= start && o.start < end);
  const incident = i >= 0 ? incidentOf.get(i) : undefined;
  return incident ? { incident, agents: agentsOf.get(incident) ?? [] } : null;
}

/**
 * "visited Damascus and held a meeting with Syria's security agencies": a relation with a state is dropped
 * when the same sentence relates the same source, the same way, to one of that state's bodies (the precise one).
 */
function dropCovered(view: View, rels: Relation[]): Relation[] {
  return rels.filter(
    (r) =>
      view.actors.get(r.target)?.kind !== 'state' ||
      !rels.some(
        (o) =>
          o !== r &&
          o.type === r.type &&
          o.source === r.source &&
          o.evidence.span[0] === r.evidence.span[0] &&
          view.actors.get(o.target)?.affiliation === r.target,
      ),
  );
}
