// Checks hand-written gold against its article text: every span lies in the text and says what the gold says
// (an actor mention is the actor's name or an alias, a claim's content is its text), every id a gold item names
// exists. In: a gold object and the exact article text. Out: one line per problem; an empty list means sound.
import { z } from 'zod';

const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** The gold shape the checks and the cross-article scorer read (FORMAT.md plus the gold-only fields). */
export const GoldFile = z.object({
  article: z.object({ source: z.string(), outlet: z.string().nullable().optional() }).passthrough(),
  /** Claim and incident ids name the same claim / incident in every file that has this flag (fixtures/cross/README). */
  globalIds: z.boolean().optional(),
  actors: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        kind: z.string(),
        aliases: z.array(z.string()).default([]),
        anonymous: z.boolean().default(false),
        affiliation: z.string().nullable().optional(),
        optional: z.boolean().optional(),
        mentions: z.array(Span).optional(),
      }),
    )
    .default([]),
  incidents: z
    .array(
      z.object({
        id: z.string().min(1),
        kind: z.string(),
        place: z.string().nullable().optional(),
        date: z.string().nullable().optional(),
        participants: z.array(z.string()).default([]),
        optional: z.boolean().optional(),
        evidence: z.object({ span: Span }).optional(),
        mentions: z.array(Span).optional(),
      }),
    )
    .default([]),
  claims: z
    .array(
      z.object({
        id: z.string().min(1),
        same: z.string().optional(),
        paraphraseOf: z.string().optional(),
        speaker: z.string(),
        stance: z.string(),
        text: z.string(),
        via: z.array(z.string()).default([]),
        about: z.array(z.string()).default([]),
        optional: z.boolean().optional(),
        evidence: z.object({ cue: Span.nullable(), source: Span.nullable(), content: Span }).optional(),
      }),
    )
    .default([]),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** Problems with one gold file's spans and references (`claimKeys`: identity keys known in the whole corpus). */
export function checkGold(gold: GoldFile, text: string, claimKeys: Set<string> = new Set()): string[] {
  const problems: string[] = [];
  const inText = (s: [number, number]) => s[0] < s[1] && s[1] <= text.length;
  const actors = new Set(gold.actors.map((a) => a.id));
  const incidents = new Set(gold.incidents.map((i) => i.id));
  const need = (where: string, id: string | null | undefined, known: Set<string>) => {
    if (id && !known.has(id)) problems.push(`${where}: unknown id ${id}`);
  };
  const seen = new Map<string, string>();
  for (const a of gold.actors) {
    const forms = new Set([a.name, ...a.aliases]);
    need(`actor ${a.id} affiliation`, a.affiliation, actors);
    if (!a.optional && !a.mentions?.length) problems.push(`actor ${a.id}: no mentions`);
    for (const m of a.mentions ?? []) {
      if (!inText(m)) problems.push(`actor ${a.id}: span [${m}] is outside the text`);
      else if (!forms.has(text.slice(m[0], m[1])))
        problems.push(`actor ${a.id}: span [${m}] is "${text.slice(m[0], m[1])}", not its name or an alias`);
      const other = seen.get(`${m}`);
      if (other && other !== a.id) problems.push(`actor ${a.id}: span [${m}] is also ${other}'s`);
      seen.set(`${m}`, a.id);
    }
  }
  need('article outlet', gold.article.outlet, actors);
  for (const i of gold.incidents) {
    i.participants.forEach((p) => need(`incident ${i.id} participant`, p, actors));
    for (const s of [...(i.evidence ? [i.evidence.span] : []), ...(i.mentions ?? [])])
      if (!inText(s)) problems.push(`incident ${i.id}: span [${s}] is outside the text`);
  }
  const keys = new Set([...claimKeys, ...gold.claims.map((c) => c.same ?? c.id)]);
  for (const c of gold.claims) {
    need(`claim ${c.id} speaker`, c.speaker, actors);
    c.via.forEach((v) => need(`claim ${c.id} via`, v, actors));
    c.about.forEach((t) => need(`claim ${c.id} about`, t, new Set([...actors, ...incidents])));
    need(`claim ${c.id} paraphraseOf`, c.paraphraseOf, keys);
    if (!c.evidence) continue;
    const { cue, source, content } = c.evidence;
    if (!inText(content) || text.slice(content[0], content[1]) !== c.text)
      problems.push(`claim ${c.id}: content span [${content}] does not hold its text`);
    for (const s of [cue, source]) if (s && !inText(s)) problems.push(`claim ${c.id}: span [${s}] is outside the text`);
  }
  return problems;
}
