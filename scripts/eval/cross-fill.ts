// Authoring helper for hand-written gold: turns surface forms into [start, end) offsets, in place.
// In: gold JSON files whose actors carry `at` (forms), claims `content`/`cue`/`source` (snippets) and incidents
// `at` (snippets), plus the article .txt beside them. Out: the same files in the extraction format, offsets filled.
// Forms: "Clinton" = every word-bounded occurrence not inside a span already taken (longer forms go first);
// "her husband, [Bill Clinton]" = the bracketed part of every occurrence of the whole snippet (goes before plain
// forms); a leading "+" marks a nested mention, neither blocked by nor blocking other spans ("+State Department"
// inside "a senior State Department official"). Items without these fields are left as they are, so a re-run is harmless.
import fs from 'node:fs';
import path from 'node:path';

import { type Span, occurrences } from './cross/spans.ts';

type Json = Record<string, unknown>;

/** Spans a form picks out: bracketed snippets give the bracketed part of each occurrence. */
function formSpans(text: string, plusForm: string): Span[] {
  const form = plusForm.replace(/^\+/, '');
  const m = /^(.*)\[(.+)\](.*)$/s.exec(form);
  if (!m) return occurrences(text, form).map((i) => [i, i + form.length]);
  const [, left, inner, right] = m as unknown as [string, string, string, string];
  return occurrences(text, left + inner + right).map((i) => [i + left.length, i + left.length + inner.length]);
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

function fillActors(text: string, actors: Json[], where: string, problems: string[]) {
  const jobs: Array<{ actor: Json; form: string }> = [];
  for (const actor of actors) {
    if (!Array.isArray(actor.at)) continue;
    for (const form of actor.at as string[]) jobs.push({ actor, form });
    actor.mentions = [];
  }
  const rank = (f: string) => (f.includes('[') ? 1e6 : 0) + f.replace(/^\+/, '').length;
  jobs.sort((a, b) => rank(b.form) - rank(a.form));
  const taken: Span[] = [];
  for (const { actor, form } of jobs) {
    const spans = formSpans(text, form).filter((s) => form.startsWith('+') || !taken.some((t) => overlaps(t, s)));
    if (!spans.length) problems.push(`${where}: actor ${actor.id}: form "${form}" matches nothing free`);
    for (const s of spans) {
      (actor.mentions as Span[]).push(s);
      if (!form.startsWith('+')) taken.push(s);
      const surface = text.slice(s[0], s[1]);
      const aliases = (actor.aliases as string[] | undefined) ?? [];
      if (surface !== actor.name && !aliases.includes(surface)) aliases.push(surface);
      actor.aliases = aliases;
    }
  }
  for (const actor of actors) {
    if (!Array.isArray(actor.at)) continue;
    (actor.mentions as Span[]).sort((a, b) => a[0] - b[0]);
    delete actor.at;
  }
}

/** The occurrence of `snippet` nearest to `near` (any, when near is null). */
function nearest(text: string, snippet: string, near: Span | null): Span | null {
  const spans = formSpans(text, snippet);
  if (!spans.length) return null;
  if (!near) return spans[0]!;
  const dist = (s: Span) => (s[1] <= near[0] ? near[0] - s[1] : s[0] >= near[1] ? s[0] - near[1] : 0);
  return spans.reduce((best, s) => (dist(s) < dist(best) ? s : best));
}

function fillClaims(text: string, claims: Json[], where: string, problems: string[]) {
  for (const c of claims) {
    if (typeof c.content !== 'string') continue;
    const spans = formSpans(text, c.content);
    if (spans.length !== 1) {
      problems.push(`${where}: claim ${c.id}: content found ${spans.length} times`);
      continue;
    }
    const content = spans[0]!;
    const cue = typeof c.cue === 'string' ? nearest(text, c.cue, content) : null;
    const source = typeof c.source === 'string' ? nearest(text, c.source, content) : null;
    if (typeof c.cue === 'string' && !cue) problems.push(`${where}: claim ${c.id}: cue "${c.cue}" not found`);
    if (typeof c.source === 'string' && !source)
      problems.push(`${where}: claim ${c.id}: source "${c.source}" not found`);
    c.text = text.slice(content[0], content[1]);
    c.evidence = { cue, source, content };
    delete c.content;
    delete c.cue;
    delete c.source;
  }
}

function fillIncidents(text: string, incidents: Json[], where: string, problems: string[]) {
  for (const inc of incidents) {
    if (!Array.isArray(inc.at)) continue;
    const spans: Span[] = [];
    for (const snippet of inc.at as string[]) {
      const found = formSpans(text, snippet);
      if (found.length !== 1) problems.push(`${where}: incident ${inc.id}: "${snippet}" found ${found.length} times`);
      spans.push(...found.slice(0, 1));
    }
    if (spans[0]) inc.evidence = { span: spans[0] };
    inc.mentions = spans;
    delete inc.at;
  }
}

const dir = process.argv[2];
const articles = process.argv[3];
if (!dir || !articles) {
  console.error('usage: npx tsx scripts/eval/cross-fill.ts <gold dir> <articles dir>');
  process.exit(2);
}
const problems: string[] = [];
for (const name of fs
  .readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const file = path.join(dir, name);
  const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  const text = fs.readFileSync(path.join(articles, name.replace(/\.json$/, '.txt')), 'utf8');
  const before = problems.length;
  fillActors(text, (gold.actors as Json[]) ?? [], name, problems);
  fillClaims(text, (gold.claims as Json[]) ?? [], name, problems);
  fillIncidents(text, (gold.incidents as Json[]) ?? [], name, problems);
  if (problems.length === before)
    fs.writeFileSync(file, JSON.stringify(gold, null, 1).replace(/\[\s*(\d+),\s*(\d+)\s*\]/g, '[$1, $2]') + '\n');
}
for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
