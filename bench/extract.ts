// Speed of the extraction pipeline on the PolNeAR train texts, on one core, against the bare tagger.
// In: a folder of .txt files (default ../shared/eval/polnear/train/text). Out: KB/s and articles/s, median of 3 runs.
import fs from 'node:fs';
import path from 'node:path';

import { extract } from '../ingest/extract.ts';
import { tagOnly } from '../ingest/nlp/index.ts';

const dir = process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'shared', 'eval', 'polnear', 'train', 'text');
// The PolNeAR texts are evaluation data kept beside the development clone, not in the repository.
if (!fs.existsSync(dir)) {
  console.error(
    `bench:extract: ${dir} not found (PolNeAR lives in ../shared/eval beside the clone); pass a folder of .txt files`,
  );
  process.exit(1);
}
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ source: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// CPU seconds of this process (all its threads, so the GC's helpers count too): on a shared machine the wall clock
// also counts the time other processes held the core, the CPU time does not.
function cpuSeconds(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
}

function measure(name: string, run: () => void): number {
  run(); // warm-up: model load and JIT
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = cpuSeconds();
    run();
    cpus.push(cpuSeconds() - c0);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const sec = median(times);
  const cpu = median(cpus);
  console.log(
    `${name.padEnd(26)} ${(bytes / 1024 / sec).toFixed(0).padStart(6)} KB/s  ${(texts.length / sec).toFixed(1).padStart(7)} articles/s  (median of 3: ${sec.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU = ${(bytes / 1024 / cpu).toFixed(0)} KB/s of CPU)`,
  );
  return cpu;
}

console.log(`${texts.length} articles, ${(bytes / 1024).toFixed(0)} KB from ${dir}`);
const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
console.log(`load average ${load()}`);
const tagger = measure('tokenizer + tagger alone', () => {
  for (const t of texts) tagOnly(t.text);
});
const full = measure('full extraction pipeline', () => {
  for (const t of texts) {
    try {
      extract(t);
    } catch {
      // A failing article does not stop the benchmark; the extract-eval script reports such failures.
    }
  }
});
console.log(`full pipeline / tagger alone: ${(full / tagger).toFixed(2)}x (CPU time); load average ${load()}`);
