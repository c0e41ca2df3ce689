#!/usr/bin/env node
// Per error class scores on the unseen gold (tests/fixtures/unseen/gold; classes in its README).
//   node scripts/eval/unseen-classes.mjs --pred FILE [--gold DIR] [--verbose]
// Claim classes (A-F, H, I): recall of the gold claims tagged with the class, matched as score.mjs matches
// them (speaker, stance, content overlap >= 0.5). G: predicted claims whose cue is a gold non-speech cue.
// J: member_of recall and precision on the articles tagged J. K: actor precision and recall on articles tagged K.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const goldDir = opt('--gold', path.resolve(import.meta.dirname, '../../tests/fixtures/unseen/gold'));
const textDir = path.dirname(goldDir);
const verbose = args.includes('--verbose');
const raw = fs.readFileSync(opt('--pred'), 'utf8').trim();
const preds = (raw.startsWith('[') ? JSON.parse(raw) : raw.split('\n').map((l) => JSON.parse(l))).reduce(
  (m, p) => m.set(path.basename(p.article.source).replace(/\.[^.]+$/, ''), p),
  new Map(),
);

const norm = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
const STOP = new Set(
  'a an the of to in on at for and or but that this these those is was were be been being has have had it its their they he she we our with by from as not no any about which who would could will can may also than then there'.split(
    ' ',
  ),
);
const words = (s) =>
  new Set(
    norm(s)
      .split(' ')
      .filter((w) => w && !STOP.has(w)),
  );
const overlap = (a, b) => {
  const A = words(a),
    B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size, B.size);
};
const names = (a) => new Set([a.name, ...(a.aliases ?? [])].map(norm).filter(Boolean));

const cls = {};
const bump = (k, field, n = 1) => ((cls[k] ??= { hit: 0, n: 0, pred: 0, tp: 0, misses: [] })[field] += n);
for (const f of fs
  .readdirSync(goldDir)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8'));
  const key = gold.article.source.replace(/\.[^.]+$/, '');
  const pred = preds.get(key) ?? { actors: [], claims: [], relations: [] };
  const text = fs.readFileSync(path.join(textDir, gold.article.source), 'utf8');
  const anon = new Set(gold.actors.filter((a) => a.anonymous).map((a) => a.id));
  const map = new Map();
  for (const p of pred.actors) {
    if (p.anonymous) {
      map.set(p.id, '#anon');
      continue;
    }
    const pn = names(p);
    const g =
      gold.actors.find((a) => !a.anonymous && names(a).has(norm(p.name))) ??
      gold.actors.find((a) => !a.anonymous && [...pn].some((n) => names(a).has(n)));
    map.set(p.id, g?.id ?? null);
  }
  const speakerOk = (g, pid) => {
    const r = map.get(pid),
      ok = [g.speaker, ...(g.speakerAlt ?? [])];
    return r === '#anon' ? ok.some((x) => anon.has(x)) : r != null && ok.includes(r);
  };
  const used = new Set();
  for (const g of gold.claims.filter((c) => !c.optional)) {
    const i = pred.claims.findIndex(
      (p, j) =>
        !used.has(j) &&
        speakerOk(g, p.speaker) &&
        [g.stance, ...(g.stanceAlt ?? [])].includes(p.stance) &&
        overlap(g.text, p.text) >= 0.5,
    );
    if (i >= 0) used.add(i);
    for (const c of g.classes ?? []) {
      bump(c, 'n');
      if (i >= 0) bump(c, 'hit');
      else cls[c].misses.push(`${key} ${g.id} ${g.speaker}: ${g.text.slice(0, 60)}`);
    }
  }
  for (const neg of gold.notClaims ?? []) {
    bump('G', 'n');
    const at = text.indexOf(neg.text);
    const cueAt = text.lastIndexOf(neg.cueText, at);
    const wrong = pred.claims.some((p) => p.evidence?.cue?.[0] === cueAt);
    if (!wrong) bump('G', 'hit');
    else cls.G.misses.push(`${key}: "${neg.cueText}" read as speech`);
  }
  if (gold.classes.includes('J')) {
    const rels = (pred.relations ?? [])
      .filter((r) => r.type === 'member_of')
      .map((r) => [map.get(r.source), map.get(r.target)]);
    const golds = gold.relations.filter((r) => r.type === 'member_of');
    bump('J', 'pred', rels.length);
    for (const g of golds) {
      bump('J', 'n');
      const T = [g.target, ...(g.targetAlt ?? [])];
      if (rels.some(([s, t]) => s === g.source && T.includes(t))) bump('J', 'hit');
    }
    bump(
      'J',
      'tp',
      rels.filter(([s, t]) => golds.some((g) => g.source === s && [g.target, ...(g.targetAlt ?? [])].includes(t)))
        .length,
    );
  }
  if (gold.classes.includes('K')) {
    const named = pred.actors.filter((p) => !p.anonymous);
    bump('K', 'pred', named.length);
    bump('K', 'tp', new Set(named.map((p) => map.get(p.id)).filter(Boolean)).size);
    bump('K', 'n', gold.actors.filter((a) => !a.anonymous).length);
    bump('K', 'hit', new Set(named.map((p) => map.get(p.id)).filter(Boolean)).size);
    for (const p of named) if (!map.get(p.id)) cls.K.misses.push(`${key}: extra actor "${p.name}" (${p.kind})`);
  }
}
const LABEL = {
  A: 'speaker is the head, not a modifier',
  B: 'definite description → named body',
  C: 'pronoun → subject',
  D: 'content first / apposition / adverbials',
  E: 'quote spans (interrupted, blocks)',
  F: 'cues and tags',
  G: 'non-speech cue words (no claim)',
  H: 'nested attribution',
  I: 'denial in the content',
  J: 'member_of (recall; precision)',
  K: 'actors on K articles (recall; precision)',
};
for (const k of Object.keys(LABEL)) {
  const c = cls[k];
  if (!c) continue;
  const extra = c.pred ? `; precision ${c.tp}/${c.pred}` : '';
  console.log(`${k} ${LABEL[k].padEnd(42)} ${c.hit}/${c.n}${extra}`);
  if (verbose) for (const m of c.misses) console.log(`    ${m}`);
}
