#!/usr/bin/env node
// A reproducible random sample of extracted actors, for labelling by hand (issue #10: junk actors).
//   node scripts/eval/actor-sample.mjs --seed 10 --n 200 pred1.json [pred2.json ...] > sample.tsv
// One row per actor of one article: article, id, name, kind, anonymous, and the first mention in context.
// The same seed over the same articles picks the same positions, so before/after samples are comparable.
// With --labels FILE (a labelled TSV, last column the label) it prints the label counts instead; with
// --labels FILE --recheck pred.json... it re-checks each labelled row against another extraction (its actor the
// same, gone, or now another actor holding the same first mention) and, with --stage stage.json
// (scripts/eval/actor-stage.ts), says which stage each junk row that is left comes from.
import fs from 'node:fs';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
if (args.includes('--labels') && !args.includes('--recheck')) {
  const rows = fs.readFileSync(opt('--labels'), 'utf8').trim().split('\n').slice(1);
  const counts = {};
  for (const r of rows) {
    const label = r.split('\t').pop();
    counts[label] = (counts[label] ?? 0) + 1;
  }
  for (const [k, v] of Object.entries(counts).sort())
    console.log(`${k}\t${v}\t${((100 * v) / rows.length).toFixed(1)}%`);
  process.exit(0);
}
const files = args.filter(
  (a, i) => !a.startsWith('--') && !['--seed', '--n', '--labels', '--stage'].includes(args[i - 1]),
);

/** Per article file name: its actors, each with the context of every mention (first mention first). */
function contexts(predFiles) {
  const byArticle = new Map();
  for (const f of predFiles) {
    const raw = fs.readFileSync(f, 'utf8').trim();
    const docs = raw.startsWith('[') ? JSON.parse(raw) : raw.split('\n').map((l) => JSON.parse(l));
    for (const d of docs) {
      const text = fs.readFileSync(d.article.source, 'utf8');
      const ctxOf = (m) =>
        `${text.slice(Math.max(0, m[0] - 50), m[0])}[[${text.slice(m[0], m[1])}]]${text.slice(m[1], m[1] + 50)}`.replace(
          /\s+/g,
          ' ',
        );
      byArticle.set(
        d.article.source.split('/').pop(),
        d.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, ctx: a.mentions.map(ctxOf) })),
      );
    }
  }
  return byArticle;
}

function recheck() {
  const [head, ...rows] = fs.readFileSync(opt('--labels'), 'utf8').trim().split('\n');
  const cols = head.split('\t');
  const at = (r, c) => r[cols.indexOf(c)];
  const now = contexts(files);
  const stage = args.includes('--stage') ? JSON.parse(fs.readFileSync(opt('--stage'), 'utf8')) : null;
  const tally = {};
  const after = {};
  const lines = [];
  for (const line of rows) {
    const r = line.split('\t');
    const label = r[r.length - 1];
    const actors = now.get(at(r, 'article'));
    if (!actors) continue;
    const ctx = at(r, 'context');
    // An actor with no mention (a body only named as someone's affiliation) has an empty context.
    const same = actors.find((a) => a.id === at(r, 'id') && (a.ctx[0] ?? '') === ctx);
    const other = same ? null : actors.find((a) => a.ctx.includes(ctx));
    const status = same ? 'same' : other ? `now ${other.id}` : 'gone';
    const key = `${label}\t${same ? 'same' : other ? 'now' : 'gone'}`;
    tally[key] = (tally[key] ?? 0) + 1;
    // After: a junk row gone is fixed; a correct row gone is lost; a row now in another actor is read by hand.
    const a = same ? label : other ? `${label}?` : label === 'correct' ? 'LOST' : `gone-${label}`;
    let st = '';
    if (stage && same && label !== 'correct')
      st = (stage[at(r, 'article')] ?? []).includes(at(r, 'id')) ? 'actors' : 'attribution';
    after[a + (st ? `/${st}` : '')] = (after[a + (st ? `/${st}` : '')] ?? 0) + 1;
    if (!same) lines.push(`${label}\t${status}\t${at(r, 'name')}\t${ctx}`);
  }
  for (const [k, v] of Object.entries(tally).sort()) console.log(`${k}\t${v}`);
  console.log('-- after');
  for (const [k, v] of Object.entries(after).sort()) console.log(`${k}\t${v}`);
  console.log('-- changed rows');
  for (const l of lines) console.log(l);
}

if (args.includes('--recheck')) {
  recheck();
  process.exit(0);
}
const seed = Number(opt('--seed', '10'));
const n = Number(opt('--n', '200'));

// mulberry32: a small seeded generator, so the sample is the same on every machine.
let s = seed >>> 0;
const rand = () => {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const rows = [];
for (const f of files) {
  const raw = fs.readFileSync(f, 'utf8').trim();
  const docs = raw.startsWith('[') ? JSON.parse(raw) : raw.split('\n').map((l) => JSON.parse(l));
  docs.sort((a, b) => String(a.article.source).localeCompare(String(b.article.source)));
  for (const d of docs) {
    const text = fs.readFileSync(d.article.source, 'utf8');
    const article = d.article.source.split('/').pop();
    for (const a of [...d.actors].sort((x, y) => x.id.localeCompare(y.id))) {
      const m = a.mentions[0];
      const ctx = m
        ? `${text.slice(Math.max(0, m[0] - 50), m[0])}[[${text.slice(m[0], m[1])}]]${text.slice(m[1], m[1] + 50)}`
        : '';
      rows.push([article, a.id, a.name, a.kind, a.anonymous ? 'anon' : '', ctx.replace(/\s+/g, ' ')]);
    }
  }
}
const picked = new Set();
while (picked.size < Math.min(n, rows.length)) picked.add(Math.floor(rand() * rows.length));
console.log(['article', 'id', 'name', 'kind', 'anonymous', 'context'].join('\t'));
for (const i of [...picked].sort((a, b) => a - b)) console.log(rows[i].join('\t'));
