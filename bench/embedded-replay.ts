// The embedded store's write path alone: `record` runs a real ingest of a folder (extraction and cross-article linking
// included) and keeps every ArticleInput the store was given, one JSON line each; `replay` writes them again into a new
// store with grouped commits, as `kg ingest` does, and prints the CPU ms an article in each tenth of the run, so a
// change to the writes (schema, indexes, triggers, pragmas) is timed without extraction and linking around it.
// --group N commits every N articles (default 200, `kg ingest`'s count; its 2 s cap is left out so runs compare).
// --keep <file.db> leaves the replayed store there (to compare its rows with another's).
// Run: npx tsx bench/embedded-replay.ts record <dir of articles> <inputs.jsonl>
//      npx tsx bench/embedded-replay.ts replay <inputs.jsonl> [--group N] [--keep <file.db>]
import {
  appendFileSync,
  createReadStream,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { EmbeddedStore } from '../graph/embedded/store.ts';
import { ingest } from '../graph/load.ts';
import type { ArticleInput } from '../graph/model.ts';

const [mode, from, to] = process.argv.slice(2);
const opt = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();
const work = mkdtempSync(path.join(tmpdir(), 'kg-replay-'));

if (mode === 'record' && from && to) {
  writeFileSync(to, '');
  const store = new EmbeddedStore(path.join(work, 'graph.db'), { write: true, groupCommits: true });
  const write = store.loadArticle.bind(store);
  store.loadArticle = async (input: ArticleInput) => {
    appendFileSync(to, `${JSON.stringify(input)}\n`);
    return write(input);
  };
  try {
    const files = readdirSync(from).map((f) => path.join(from, f));
    const summary = await ingest([from], store);
    console.log(`recorded ${summary.loaded} of ${files.length} articles into ${to}`);
  } finally {
    await store.close();
  }
} else if (mode === 'replay' && from) {
  const inputs: ArticleInput[] = [];
  for await (const line of createInterface({ input: createReadStream(from) }))
    if (line) inputs.push(JSON.parse(line) as ArticleInput);
  const file = opt('--keep') ?? path.join(work, 'graph.db');
  rmSync(file, { force: true });
  const store = new EmbeddedStore(file, {
    write: true,
    groupCommits: { articles: Number(opt('--group') ?? 200), ms: 1e9 },
  });
  console.log(`replay: ${inputs.length} articles from ${from}; load ${loadavg()}`);
  const tenths: string[] = [];
  const t0 = performance.now();
  let c0 = process.cpuUsage();
  for (let i = 0; i < inputs.length; i++) {
    await store.loadArticle(inputs[i]!);
    if ((i + 1) % Math.ceil(inputs.length / 10) === 0 || i + 1 === inputs.length) {
      if (i + 1 === inputs.length) store.flush();
      const c = process.cpuUsage(c0);
      tenths.push(((c.user + c.system) / 1000 / Math.ceil(inputs.length / 10)).toFixed(1));
      c0 = process.cpuUsage();
    }
  }
  await store.close();
  const wall = (performance.now() - t0) / 1000;
  console.log(`CPU ms an article, each tenth: ${tenths.join(' ')}  (${wall.toFixed(1)} s wall)`);
  console.log(`load after: ${loadavg()}`);
} else {
  console.error(
    'usage: embedded-replay.ts record <dir> <inputs.jsonl> | replay <inputs.jsonl> [--group N] [--keep f.db]',
  );
  process.exitCode = 1;
}
rmSync(work, { recursive: true, force: true });
