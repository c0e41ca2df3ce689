// The extraction interchange format (docs/FORMAT.md, v1) as zod schemas.
// In: untrusted JSON from the extractor, files or HTTP bodies. Out: typed, validated objects.
import { z } from 'zod';

import { MANNERS } from './incidents/manner.ts';

/** `[start, end)` character offsets into the original input text. */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e >= s, { message: 'span end must be >= start' });
export type Span = z.infer<typeof Span>;

export const ActorKind = z.enum(['person', 'state', 'organization', 'group', 'outlet']);
export type ActorKind = z.infer<typeof ActorKind>;

export const Stance = z.enum(['claims', 'denies', 'confirms']);
export type Stance = z.infer<typeof Stance>;

export const IncidentKind = z.enum(['attack', 'airstrike', 'clash', 'meeting', 'other']);
export type IncidentKind = z.infer<typeof IncidentKind>;

export const RelationType = z.enum([
  'attacked',
  'clashed_with',
  'met_with',
  'warned',
  'accused',
  'threatened',
  'supports',
  'member_of',
]);
export type RelationType = z.infer<typeof RelationType>;

/** A date as FORMAT.md allows it: full, year-month, or month-day only. */
export const PartialDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})$/, 'expected YYYY-MM-DD, YYYY-MM or --MM-DD');

const Id = z.string().min(1);

export const ArticleMeta = z.object({
  id: Id,
  source: z.string(),
  title: z.string().nullable(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable().optional(),
  /**
   * The lead's wire dateline ("GAZA CITY, March 4 (Reuters) -"): its place as written and its day, '--MM-DD' when
   * it states no year. Extension to FORMAT.md; incidents use it to tell reports filed days or years apart.
   */
  dateline: z
    .object({
      place: z.string().nullable(),
      day: z
        .string()
        .regex(/^(?:\d{4}|-)-\d{2}-\d{2}$/)
        .nullable(),
    })
    .nullable()
    .optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Actor = z.object({
  id: Id,
  name: z.string().min(1),
  kind: ActorKind,
  aliases: z.array(z.string()).default([]),
  anonymous: z.boolean().default(false),
  affiliation: z.string().nullable().default(null),
  mentions: z.array(Span).default([]),
  /** Titles and roles seen with the actor ("Deputy Foreign Minister"). Extension to FORMAT.md. */
  roles: z.array(z.string()).optional(),
  /**
   * The state a body its article writes by an acronym alone belongs to, as the article tells (its affiliation or
   * the story's state; ingest/actors/acronym-homes.ts): graph/identity.ts keys it by state and acronym, so "the NPA"
   * of one South African story meets another's, never the Philippine NPA. Extension to FORMAT.md.
   */
  homeState: z.string().optional(),
});
export type Actor = z.infer<typeof Actor>;

export const Incident = z.object({
  id: Id,
  kind: IncidentKind,
  date: PartialDate.nullable().default(null),
  place: z.string().nullable().default(null),
  /** Wider places the article puts the place in ("Kech district" for "Buleda"). Extension to FORMAT.md. */
  areas: z.array(z.string()).optional(),
  participants: z.array(z.string()).default([]),
  /**
   * The day of the week the text gives an incident it cannot date ("late on Monday" under "BUNIA, May 12 (Reuters)
   * -", no year), 0 = Sunday. Extension to FORMAT.md.
   */
  weekday: z.number().int().min(0).max(6).optional(),
  killed: z.number().int().nonnegative().nullable().default(null),
  wounded: z.number().int().nonnegative().nullable().default(null),
  /**
   * How it was done, coarsely, when the text tells: by air, a mine or planted bomb, artillery, a blade; for an
   * incident of kind other, what was done: an arrest, a sentence, a weapons test (graph/incidents/manner.ts).
   * Extension to FORMAT.md.
   */
  manner: z.array(z.enum(MANNERS)).optional(),
  /**
   * The year the text gives an incident it dates no finer ("In 2018, soldiers torched homes in Ndop"): a happening
   * long before the news, which `date` cannot hold. Extension to FORMAT.md.
   */
  year: z.number().int().min(1900).max(2100).optional(),
  summary: z.string().default(''),
  /** Where the incident is described. Extension to FORMAT.md. */
  evidence: z.object({ span: Span }).optional(),
  /**
   * The trigger words that tell it in its evidence sentence ("attack" in "the Governor visits the victims of the
   * attack in Kablewa"), in text order: one sentence may tell two happenings, and its span alone cannot say which
   * words are this one's. Extension to FORMAT.md.
   */
  mentions: z.array(Span).optional(),
});
export type Incident = z.infer<typeof Incident>;

export const ClaimEvidence = z.object({
  cue: Span.nullable(),
  source: Span.nullable(),
  content: Span,
});
export type ClaimEvidence = z.infer<typeof ClaimEvidence>;

export const Claim = z.object({
  id: Id,
  speaker: z.string().min(1),
  stance: Stance,
  text: z.string(),
  quote: z.boolean().default(false),
  via: z.array(z.string()).default([]),
  about: z.array(z.string()).default([]),
  evidence: ClaimEvidence,
  /**
   * A denial or confirmation that answers another claim of the same article ("X denied the report that ..."):
   * that claim's id. The graph puts the speech edge on the answered claim. Extension to FORMAT.md.
   */
  answers: z.string().nullable().optional(),
});
export type Claim = z.infer<typeof Claim>;

export const Relation = z.object({
  type: RelationType,
  source: z.string().min(1),
  target: z.string().min(1),
  incident: z.string().nullable().default(null),
  claim: z.string().nullable().default(null),
  evidence: z.object({ span: Span }),
});
export type Relation = z.infer<typeof Relation>;

export const Extraction = z.object({
  article: ArticleMeta,
  actors: z.array(Actor).default([]),
  incidents: z.array(Incident).default([]),
  claims: z.array(Claim).default([]),
  relations: z.array(Relation).default([]),
});
export type Extraction = z.infer<typeof Extraction>;
/** What a producer may hand in before defaults are applied. */
export type ExtractionInput = z.input<typeof Extraction>;

/**
 * Checks the references inside one extraction: every actor, incident and claim id a
 * claim or relation names exists, and every span lies inside the text.
 * Returns human-readable problems; an empty list means the object is consistent.
 */
export function checkReferences(x: Extraction, textLength?: number): string[] {
  const problems: string[] = [];
  const actors = new Set(x.actors.map((a) => a.id));
  const incidents = new Set(x.incidents.map((i) => i.id));
  const claims = new Set(x.claims.map((c) => c.id));
  const span = (where: string, s: Span | null | undefined) => {
    if (s && textLength !== undefined && s[1] > textLength)
      problems.push(`${where}: span [${s}] is past the end of the text (${textLength})`);
  };
  for (const a of x.actors) {
    if (a.affiliation && !actors.has(a.affiliation))
      problems.push(`actor ${a.id}: unknown affiliation ${a.affiliation}`);
    a.mentions.forEach((m) => span(`actor ${a.id}`, m));
  }
  for (const i of x.incidents) {
    for (const p of i.participants) if (!actors.has(p)) problems.push(`incident ${i.id}: unknown participant ${p}`);
  }
  for (const c of x.claims) {
    if (!actors.has(c.speaker)) problems.push(`claim ${c.id}: unknown speaker ${c.speaker}`);
    for (const v of c.via) if (!actors.has(v)) problems.push(`claim ${c.id}: unknown relay ${v}`);
    for (const t of c.about)
      if (!actors.has(t) && !incidents.has(t)) problems.push(`claim ${c.id}: unknown about ${t}`);
    if (c.answers && !claims.has(c.answers)) problems.push(`claim ${c.id}: answers unknown claim ${c.answers}`);
    span(`claim ${c.id} cue`, c.evidence.cue);
    span(`claim ${c.id} source`, c.evidence.source);
    span(`claim ${c.id} content`, c.evidence.content);
  }
  for (const r of x.relations) {
    if (!actors.has(r.source)) problems.push(`relation ${r.type}: unknown source ${r.source}`);
    if (!actors.has(r.target)) problems.push(`relation ${r.type}: unknown target ${r.target}`);
    if (r.incident && !incidents.has(r.incident)) problems.push(`relation ${r.type}: unknown incident ${r.incident}`);
    if (r.claim && !claims.has(r.claim)) problems.push(`relation ${r.type}: unknown claim ${r.claim}`);
    span(`relation ${r.type}`, r.evidence.span);
  }
  if (x.article.outlet && !actors.has(x.article.outlet)) problems.push(`article: unknown outlet ${x.article.outlet}`);
  return problems;
}

/** The extraction format as JSON Schema (draft 2020-12), for other tools. */
export function extractionJsonSchema(): unknown {
  return z.toJSONSchema(Extraction, { io: 'input', unrepresentable: 'any' });
}
