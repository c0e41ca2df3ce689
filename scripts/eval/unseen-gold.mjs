#!/usr/bin/env node
// Fills and checks the character spans of the hand-written gold in tests/fixtures/unseen/gold.
//   node scripts/eval/unseen-gold.mjs [--write]
// A gold claim names its evidence by text (text, cueText, sourceText); actors by name and aliases. Without
// --write the script only checks that every stored span slices to its text and every text is found; with
// --write it (re)computes the spans: content = the claim text, cue and source = their occurrence nearest it,
// actor mentions = every whole-word occurrence of the name or an alias.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../../tests/fixtures/unseen');
const goldDir = path.join(dir, 'gold');
const write = process.argv.includes('--write');
let bad = 0;
const fail = (f, msg) => {
  bad++;
  console.error(`${f}: ${msg}`);
};

function occurrences(text, s) {
  const out = [];
  if (!s) return out;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + s.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    out.push([i, i + s.length]);
  }
  return out;
}
const nearest = (spans, at) =>
  spans.reduce((best, s) => (!best || Math.abs(s[0] - at) < Math.abs(best[0] - at) ? s : best), null);

for (const f of fs
  .readdirSync(goldDir)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const file = path.join(goldDir, f);
  const gold = JSON.parse(fs.readFileSync(file, 'utf8'));
  const textFile = path.join(dir, gold.article.source);
  if (!fs.existsSync(textFile)) {
    fail(f, `article ${gold.article.source} missing`);
    continue;
  }
  const text = fs.readFileSync(textFile, 'utf8');
  const ids = new Set(gold.actors.map((a) => a.id));
  for (const a of gold.actors) {
    if (write) {
      const spans = [a.name, ...(a.aliases ?? [])].flatMap((n) => occurrences(text, n));
      a.mentions = spans.filter(
        (s, i) => !spans.some((t, j) => j !== i && t[0] <= s[0] && t[1] >= s[1] && t[1] - t[0] > s[1] - s[0]),
      );
      a.mentions.sort((x, y) => x[0] - y[0]);
    }
    const forms = new Set([a.name, ...(a.aliases ?? [])]);
    for (const [s, e] of a.mentions ?? [])
      if (!forms.has(text.slice(s, e))) fail(f, `actor ${a.id} mention ${s}-${e} is "${text.slice(s, e)}"`);
    if (!a.anonymous && !(a.mentions ?? []).length) fail(f, `actor ${a.id} never mentioned`);
    if (a.affiliation && !ids.has(a.affiliation)) fail(f, `actor ${a.id} affiliation ${a.affiliation} unknown`);
  }
  for (const c of gold.claims) {
    for (const id of [c.speaker, ...(c.speakerAlt ?? []), ...(c.via ?? [])])
      if (!ids.has(id)) fail(f, `claim ${c.id}: unknown actor ${id}`);
    if (write) {
      const content = occurrences(text, c.text);
      if (content.length !== 1) {
        fail(f, `claim ${c.id}: text found ${content.length} times: ${c.text}`);
        continue;
      }
      const at = content[0][0];
      const cue = nearest(occurrences(text, c.cueText), at);
      const source = c.sourceText ? nearest(occurrences(text, c.sourceText), at) : null;
      if (!cue) fail(f, `claim ${c.id}: cue "${c.cueText}" not found`);
      if (c.sourceText && !source) fail(f, `claim ${c.id}: source "${c.sourceText}" not found`);
      c.evidence = { cue, source, content: content[0] };
    }
    const ev = c.evidence ?? {};
    const check = (span, want, what) => {
      if (!span) return;
      if (text.slice(span[0], span[1]) !== want)
        fail(f, `claim ${c.id} ${what} ${span} is "${text.slice(span[0], span[1])}", not "${want}"`);
    };
    if (!ev.content) fail(f, `claim ${c.id}: no content span`);
    check(ev.content, c.text, 'content');
    check(ev.cue, c.cueText, 'cue');
    check(ev.source, c.sourceText, 'source');
  }
  for (const r of gold.relations ?? [])
    for (const id of [r.source, r.target, ...(r.sourceAlt ?? []), ...(r.targetAlt ?? [])])
      if (!ids.has(id)) fail(f, `relation ${r.type}: unknown actor ${id}`);
  if (write) fs.writeFileSync(file, JSON.stringify(gold, null, 1) + '\n');
}
console.log(bad ? `${bad} problem(s)` : 'all gold spans check');
process.exit(bad ? 1 : 0);
