// Draws the scale benchmark's results (bench/scale.ts, /tmp/kg-scale/result-<N>.json) as one SVG: load time and
// peak RSS (client and Neo4j server) against N, log-log. In: the result files. Out: docs/scale.svg.
// Usage: npx tsx bench/scale-plot.ts [/tmp/kg-scale] [docs/scale.svg]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface Load {
  batch: number;
  articles: number;
  seconds: number;
  clientPeakRssMb: number;
  serverRssMb: { peak: number };
}
interface Result {
  articles: number;
  loads: Load[];
}

const dir = process.argv[2] ?? '/tmp/kg-scale';
const out = process.argv[3] ?? path.join(import.meta.dirname, '..', 'docs', 'scale.svg');
const results = readdirSync(dir)
  .filter((f) => /^result-\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Result)
  .filter((r) => r.loads?.length)
  .sort((a, b) => a.articles - b.articles);
/** The full-corpus load of each N (the last run: the batched one). */
const points = results.map((r) => ({ n: r.articles, run: r.loads.filter((l) => l.articles === r.articles).at(-1)! }));

const W = 640;
const H = 360;
const M = { l: 60, r: 70, t: 30, b: 45 };
const log = Math.log10;
const nMin = Math.min(...points.map((p) => p.n)) / 2;
const nMax = Math.max(...points.map((p) => p.n)) * 2;
const x = (n: number) => M.l + ((log(n) - log(nMin)) / (log(nMax) - log(nMin))) * (W - M.l - M.r);
const axis = (max: number) => (v: number) => H - M.b - (v / max) * (H - M.t - M.b);
const tMax = Math.max(...points.map((p) => p.run.seconds)) * 1.15;
const mMax = Math.max(...points.flatMap((p) => [p.run.clientPeakRssMb, p.run.serverRssMb.peak])) * 1.15;
const yT = axis(tMax);
const yM = axis(mMax);
const line = (ys: number[], color: string, dash = '') =>
  `<polyline fill="none" stroke="${color}" stroke-width="2" ${dash ? `stroke-dasharray="${dash}"` : ''} points="${points
    .map((p, i) => `${x(p.n).toFixed(1)},${ys[i]!.toFixed(1)}`)
    .join(' ')}"/>` +
  points
    .map((p, i) => `<circle cx="${x(p.n).toFixed(1)}" cy="${ys[i]!.toFixed(1)}" r="3.5" fill="${color}"/>`)
    .join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<text x="${W / 2}" y="18" text-anchor="middle" font-size="14">Neo4j load of N generated articles (batched writes; shared 2-core machine)</text>
<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="#444"/>
<line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${H - M.b}" stroke="#444"/>
<line x1="${W - M.r}" y1="${M.t}" x2="${W - M.r}" y2="${H - M.b}" stroke="#444"/>
${points.map((p) => `<text x="${x(p.n)}" y="${H - M.b + 16}" text-anchor="middle">${p.n.toLocaleString('en')}</text>`).join('')}
<text x="${W / 2}" y="${H - 8}" text-anchor="middle">articles (log scale)</text>
${[0, 0.5, 1].map((f) => `<text x="${M.l - 6}" y="${yT(f * tMax) + 4}" text-anchor="end" fill="#1f77b4">${(f * tMax).toFixed(0)}</text>`).join('')}
${[0, 0.5, 1].map((f) => `<text x="${W - M.r + 6}" y="${yM(f * mMax) + 4}" fill="#d62728">${(f * mMax).toFixed(0)}</text>`).join('')}
<text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle" fill="#1f77b4">load time (s)</text>
<text x="${W - 12}" y="${H / 2}" transform="rotate(90 ${W - 12} ${H / 2})" text-anchor="middle" fill="#d62728">peak RSS (MB)</text>
${line(
  points.map((p) => yT(p.run.seconds)),
  '#1f77b4',
)}
${line(
  points.map((p) => yM(p.run.clientPeakRssMb)),
  '#d62728',
)}
${line(
  points.map((p) => yM(p.run.serverRssMb.peak)),
  '#d62728',
  '5,4',
)}
<text x="${M.l + 10}" y="${M.t + 14}" fill="#1f77b4">— load time</text>
<text x="${M.l + 10}" y="${M.t + 30}" fill="#d62728">— kg (client) peak RSS   - - Neo4j server peak RSS</text>
</svg>
`;
writeFileSync(out, svg);
console.log(`${out}: ${points.map((p) => `${p.n} in ${p.run.seconds.toFixed(0)} s`).join(', ')}`);
