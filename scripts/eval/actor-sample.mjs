#!/usr/bin/env node
// A reproducible random sample of extracted actors, for labelling by hand (issue #10: junk actors).
//   node scripts/eval/actor-sample.mjs --seed 10 --n 200 pred1.json [pred2.json ...] > sample.tsv
// One row per actor of one article: article, id, name, kind, anonymous, and the first mention in context.
// The same seed over the same articles picks the same positions, so before/after samples are comparable.
// With --labels FILE (a labelled TSV, last column the label) it prints the label counts instead.
import fs from 'node:fs';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
if (args.includes('--labels')) {
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
const seed = Number(opt('--seed', '10'));
const n = Number(opt('--n', '200'));
const files = args.filter((a, i) => !a.startsWith('--') && !['--seed', '--n'].includes(args[i - 1]));

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
