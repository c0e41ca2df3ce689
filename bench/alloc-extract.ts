// Where extraction allocates: V8's sampling heap profiler over one warm pass of the PolNeAR train texts, counting
// objects the GC already collected too (a plain heap snapshot sees only what is still alive). Not a benchmark.
// Usage: npx tsx bench/alloc-extract.ts [dir] [top]. Out: MB allocated per pass, by file and by function (natives
// such as `split` or `push` are charged to the JS function that called them).
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

import { extract } from '../ingest/extract.ts';

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}

const dir = process.argv[2] || path.join(import.meta.dirname, '..', '..', 'shared', 'eval', 'polnear', 'train', 'text');
const top = Number(process.argv[3] ?? 40);
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ source: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
const pass = () => {
  for (const t of texts) {
    try {
      extract(t);
    } catch {
      // counted by the eval scripts, not here
    }
  }
};

pass(); // warm-up: model load, JIT, caches
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
pass();
const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: Node } };

const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
const where = (url: string) =>
  url.replace(/^.*\/node_modules\/([^/]+)\/.*$/, 'npm:$1').replace(/^.*?\/ingest\//, 'ingest/');
function walk(node: Node, caller: string): void {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = `${functionName || '(anonymous)'} ${where(url)}:${lineNumber + 1}`;
  const key = url ? name : `${name} <- ${caller}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
  byFile.set(where(url) || '(native)', (byFile.get(where(url) || '(native)') ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) walk(child, url ? name : caller);
}
walk(profile.head, '(root)');

const mb = (n: number) => (n / 1e6).toFixed(1).padStart(7);
const ranked = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`${texts.length} articles from ${dir}: ${mb(total)} MB allocated in one pass (sampled)`);
console.log('--- by file');
for (const [k, v] of ranked(byFile)) console.log(`${mb(v)} MB  ${k}`);
console.log('--- by function');
for (const [k, v] of ranked(byFunction)) console.log(`${mb(v)} MB  ${k}`);
