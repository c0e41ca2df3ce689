#!/usr/bin/env node
// Lists the attributions the extraction got wrong against PolNeAR, for error analysis (not a score: polnear.mjs
// scores). Uses the same pairing as polnear.mjs (content Dice ≥ 0.5, first annotator, speech cues only).
//   node scripts/eval/polnear-misses.mjs --data DIR --pred FILE [--kind source|missed|spurious|psource] [--context]
// Prints one tab-separated line per problem: kind, article, cue, gold source, predicted source, content head.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (k) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = opt('--data');
const predFile = opt('--pred');
const only = opt('--kind');
const wide = args.includes('--context');
if (!dataDir || !predFile) {
  console.error(
    'usage: node scripts/eval/polnear-misses.mjs --data DIR --pred FILE [--kind source|missed|spurious|psource] [--context]',
  );
  process.exit(2);
}
const SPEECH =
  /\b(say|says|said|saying|tell|tells|told|telling|report\w*|den(y|ies|ied|ying)|confirm\w*|claim\w*|state[ds]?|stating|statement|announc\w*|add(s|ed|ing)?|according|warn\w*|insist\w*|argu\w*|assert\w*|alleg\w*|acknowledg\w*|admit\w*|explain\w*|not(e|es|ed|ing)|wr(ote|ite|ites|iting|itten)|tweet\w*|declar\w*|reject\w*|dismiss\w*|suggest\w*|accus\w*|predict\w*|promis\w*|vow\w*|repl(y|ies|ied)|respond\w*|quot\w*|cit(e|es|ed|ing)|testif\w*|recall\w*|describ\w*|call(s|ed)?|urg\w*|question\w*|ask\w*|complain\w*|charg\w*|contend\w*|maintain\w*|reveal\w*|disclos\w*|emphasi[sz]\w*|point(s|ed)? out|told)\b/i;

const raw = fs.readFileSync(predFile, 'utf8').trim();
let list;
try {
  list = JSON.parse(raw);
  if (!Array.isArray(list)) list = [list];
} catch {
  list = raw
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}
const key = (src) => path.basename(String(src ?? '')).replace(/\.[^.]+$/, '');
const preds = new Map(list.map((p) => [key(p.article?.source), p]));

function parseAnn(text) {
  const spans = new Map();
  const out = [];
  for (const line of text.split('\n')) {
    const [id, body, surface] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      const ranges = body
        .slice(sp + 1)
        .split(';')
        .map((r) => r.split(' ').map(Number));
      spans.set(id, { ranges, surface });
    } else if (id.startsWith('E')) {
      const parts = Object.fromEntries(
        body
          .split(' ')
          .map((kv) => kv.split(':'))
          .map(([k, v]) => [k.replace(/-no-source$/, ''), v]),
      );
      out.push({ source: spans.get(parts.Source), cue: spans.get(parts.Cue), content: spans.get(parts.Content) });
    }
  }
  return out.filter((a) => a.cue && a.content);
}
const len = (rs) => rs.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
const inter = (a, b) => {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
};
const dice = (a, b) => (len(a) + len(b) ? (2 * inter(a, b)) / (len(a) + len(b)) : 0);
const flat = (s) => s.replace(/\s+/g, ' ');
const clip = (s, n = 90) => (s.length > n ? `${s.slice(0, n)}…` : s);

const annDir = path.join(dataDir, 'attributions');
const firstAnn = new Map();
for (const f of fs
  .readdirSync(annDir)
  .filter((f) => f.endsWith('.ann'))
  .sort()) {
  const k = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (!firstAnn.has(k)) firstAnn.set(k, f);
}
for (const [k, f] of firstAnn) {
  const textFile = path.join(dataDir, 'text', `${k}.txt`);
  if (!fs.existsSync(textFile)) continue;
  const text = fs.readFileSync(textFile, 'utf8');
  const at = (r) => (r ? flat(text.slice(r[0], r[1])) : '∅');
  const atts = parseAnn(fs.readFileSync(path.join(annDir, f), 'utf8'));
  const scored = atts.filter((a) => a.source && SPEECH.test(a.cue.surface ?? ''));
  const claims = (preds.get(k)?.claims ?? []).filter((c) => Array.isArray(c.evidence?.content));
  const used = new Set();
  for (const a of scored) {
    let best = -1;
    let bestD = 0;
    claims.forEach((c, i) => {
      if (used.has(i)) return;
      const d = dice([c.evidence.content], a.content.ranges);
      if (d >= 0.5 && d > bestD) {
        best = i;
        bestD = d;
      }
    });
    const content = clip(flat(a.content.surface ?? ''));
    if (best < 0) {
      // The nearest prediction by overlap, to tell a boundary miss from a missing cue.
      let near = null;
      let nd = 0;
      for (const c of claims) {
        const d = dice([c.evidence.content], a.content.ranges);
        if (d > nd) {
          near = c;
          nd = d;
        }
      }
      const ctx = wide ? `\t${flat(text.slice(Math.max(0, a.cue.ranges[0][0] - 160), a.cue.ranges[0][1] + 120))}` : '';
      if (!only || only === 'missed')
        console.log(
          [
            'missed',
            k,
            a.cue.surface,
            a.source.surface,
            near ? `near ${nd.toFixed(2)}: ${clip(at(near.evidence.content), 60)}` : '-',
            content,
          ].join('\t') + ctx,
        );
      continue;
    }
    used.add(best);
    const c = claims[best];
    const ok = c.evidence.source && inter([c.evidence.source], a.source.ranges) > 0;
    if (!ok && (!only || only === 'source'))
      console.log(
        ['source', k, a.cue.surface, a.source.surface, `${at(c.evidence.source)} → ${c.speaker}`, content].join('\t'),
      );
  }
  for (const c of claims) {
    // As polnear.mjs's precision: the best-matching attribution of any cue, its source overlapped or absent.
    let best = null;
    let bestD = 0;
    for (const a of atts) {
      const d = dice([c.evidence.content], a.content.ranges);
      if (d >= 0.5 && d > bestD) {
        best = a;
        bestD = d;
      }
    }
    const pred = `${at(c.evidence.source)} → ${c.speaker}`;
    if (!best) {
      if (!only || only === 'spurious')
        console.log(['spurious', k, at(c.evidence.cue), '-', pred, clip(at(c.evidence.content))].join('\t'));
    } else if (best.source && !(c.evidence.source && inter([c.evidence.source], best.source.ranges) > 0)) {
      if (!only || only === 'psource')
        console.log(
          [
            'psource',
            k,
            `${at(c.evidence.cue)} / gold ${best.cue.surface}`,
            best.source.surface,
            pred,
            clip(at(c.evidence.content)),
          ].join('\t'),
        );
    }
  }
}
