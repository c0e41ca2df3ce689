// The events stage: relations between actors and incidents (attack, airstrike, clash, meeting).
// In: NlpDoc + ActorsDoc (with attribution's anonymous actors) + claims + CleanDoc. Out: EventsDoc.
import { namesToll } from '../../graph/claims/counted.ts';
import type { Claim } from '../../graph/schema.ts';
import type { Discourse } from '../discourse/index.ts';
import type { ActorsDoc, CleanDoc, EventsDoc, NlpDoc } from '../types.ts';
import { findIncidents } from './incidents.ts';
import { findMemberships } from './members.ts';
import { findEventMentions } from './mentions.ts';
import { buildRelations } from './relations.ts';
import { buildView } from './view.ts';

export function findEvents(
  nlp: NlpDoc,
  actors: ActorsDoc,
  claims: Claim[],
  clean: CleanDoc,
  discourse: Discourse | null = null,
): EventsDoc {
  const view = buildView(nlp, actors, discourse);
  const mentions = findEventMentions(view);
  const name = (id: string) => view.actors.get(id)?.name ?? id;
  const { incidents, byMention, agentsOf } = findIncidents(
    view,
    mentions,
    // A dateline without a year still dates "today" and "yesterday" to a month and day.
    clean.publishedAt ?? clean.dateline?.day ?? null,
    name,
  );
  const relations = [...buildRelations(view, mentions, claims, byMention, agentsOf), ...findMemberships(view)];
  return { incidents, relations, told: toldIncidents(view, mentions, claims, byMention) };
}

/**
 * The incidents each claim tells: those with a trigger inside its content ("Armenia said Azerbaijani forces had
 * shelled ..."); else, for a content that points back at one ("the ambush bore the hallmarks of ...", "This was the
 * work of a BRN cell", "the attackers belonged to ..."), the incident told last before it (the first one when the
 * claim comes before any). Two outlets' claims telling one incident then meet across articles through it
 * (graph/claims).
 */
function toldIncidents(
  view: ReturnType<typeof buildView>,
  mentions: ReturnType<typeof findEventMentions>,
  claims: Claim[],
  byMention: Map<number, string>,
): Record<string, string[]> {
  // Each incident's triggers by offset, once; then each claim takes those inside its content.
  const triggers: Array<[number, string]> = [];
  for (const [i, id] of byMention) if (mentions[i]) triggers.push([view.tokens[mentions[i]!.start]!.start, id]);
  triggers.sort((a, b) => a[0] - b[0]);
  const out: Record<string, string[]> = {};
  for (const c of claims) {
    const [s, e] = c.evidence.content;
    const ids = new Set(triggers.filter(([at]) => at >= s && at < e).map(([, id]) => id));
    if (!ids.size && triggers.length && pointsBack(c.text)) ids.add(lastBefore(triggers, s));
    if (ids.size) out[c.id] = [...ids].sort();
  }
  return out;
}

/**
 * A content that speaks of an incident already told: a definite event noun or a responsibility phrase with
 * "this"/"it" ("the attack", "the ambush", "the killings", "This was the work of", "the attackers belonged to").
 */
const POINTS_BACK =
  /\b(?:the|this|that|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's)\s+(?:(?:deadly|latest|twin|suicide|bomb|roadside|drone|air)\s+)?(?:attacks?|ambush|bombings?|blasts?|explosions?|strikes?|raids?|killings?|massacre|shooting|assault|airstrike|air strike)\b|^\s*(?:this|it)\s+(?:was|is|bore|bears)\b|\b(?:attackers|assailants|gunmen|raiders|perpetrators|bombers)\b/i;

/**
 * Whether a claim's content points back at an incident already told: a definite event or agent, or a bare toll as an
 * unnamed or relayed source gives it ("a security source put the death toll at 14", "state media, citing the
 * police, said the number of dead had risen to seven"), which counts the dead of that incident, whoever relays it.
 */
const pointsBack = (text: string) => POINTS_BACK.test(text) || namesToll(text);

/** The incident of the last trigger before `at` (the first incident when none comes before). */
function lastBefore(triggers: Array<[number, string]>, at: number): string {
  let id = triggers[0]![1];
  for (const [t, x] of triggers) {
    if (t >= at) break;
    id = x;
  }
  return id;
}
