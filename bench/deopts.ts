// How often V8 throws away and recompiles the extraction's hot functions: runs bench/profile-extract.ts under
// --trace-opt --trace-deopt and counts, per function, the optimized compiles and the deoptimizations with their
// reasons. A function whose objects come in several hidden classes ("wrong map") is compiled again each time it
// meets a new one; on a cold worker those compiles are what keeps a second core busy.
// Run: npx tsx bench/deopts.ts [dir of .txt articles] [--passes 3] [--functions a,b,c]
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const passes = option('--passes', '3');
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '';
const watched = option(
  '--functions',
  'findIncidents,addQuoteContinuations,findMemberships,sentenceFrames,findEventMentions,verbFrame',
).split(',');

const run = spawnSync(
  process.execPath,
  [
    '--trace-opt',
    '--trace-deopt',
    '--import',
    'tsx',
    path.join(import.meta.dirname, 'profile-extract.ts'),
    dir,
    passes,
  ],
  { encoding: 'utf8', maxBuffer: 1 << 30 },
);
if (run.status !== 0) {
  console.error(`bench/deopts: the traced run failed (exit ${run.status}): ${run.stderr.split('\n')[0]}`);
  process.exit(1);
}
const compiles = new Map<string, number>();
const deopts = new Map<string, Map<string, number>>();
let allCompiles = 0;
let allDeopts = 0;
for (const line of run.stdout.split('\n')) {
  const compiled = /^\[completed compiling .*<JSFunction (\S+?)[ >].*TURBOFAN/.exec(line);
  if (compiled) {
    allCompiles++;
    compiles.set(compiled[1]!, (compiles.get(compiled[1]!) ?? 0) + 1);
    continue;
  }
  const bailout = /^\[bailout \(kind: [^,]*, reason: ([^)]*)\).*<JSFunction (\S+?)[ >]/.exec(line);
  if (!bailout) continue;
  allDeopts++;
  const reasons = deopts.get(bailout[2]!) ?? new Map<string, number>();
  reasons.set(bailout[1]!, (reasons.get(bailout[1]!) ?? 0) + 1);
  deopts.set(bailout[2]!, reasons);
}
console.log(`${passes} passes over ${dir || 'PolNeAR train'}: ${allCompiles} optimized compiles, ${allDeopts} deopts`);
for (const name of watched) {
  const reasons = [...(deopts.get(name) ?? new Map<string, number>())].map(([r, n]) => `${n} ${r}`).join(', ');
  console.log(
    `${name.padEnd(24)} compiled ${String(compiles.get(name) ?? 0).padStart(2)}x  deopts: ${reasons || 'none'}`,
  );
}
