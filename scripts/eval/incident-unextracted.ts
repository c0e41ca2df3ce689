// Lists the gold incidents of gold sets that the extraction of their article does not produce at all: no extracted
// incident's evidence sentence overlaps any span the gold ties the incident to. Per incident: the set, the file, its
// kind, how many other articles of the set tell it (the cross-article pairs it costs), and each gold span's text.
// Totals per kind at the end. Usage: npx tsx scripts/eval/incident-unextracted.ts <set dir>...
import fs from 'node:fs';
import path from 'node:path';

import { extract } from '../../ingest/extract.ts';
import type { Span } from './cross/spans.ts';
import { intersection } from './cross/spans.ts';

interface GoldIncident {
  id: string;
  kind: string;
  optional?: boolean;
  evidence?: { span: Span };
  mentions?: Span[];
}
interface GoldFile {
  globalIds?: boolean;
  article: { source: string };
  incidents: GoldIncident[];
}

const spansOf = (inc: GoldIncident): Span[] => [...(inc.evidence ? [inc.evidence.span] : []), ...(inc.mentions ?? [])];

const byKind = new Map<string, [number, number]>();
for (const set of process.argv.slice(2)) {
  const goldDir = path.join(set, 'gold');
  const files = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json'));
  const golds = files.map((f) => JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile);
  for (const g of golds) g.incidents ??= [];
  const tellers = new Map<string, number>();
  for (const g of golds)
    for (const inc of g.incidents)
      if (g.globalIds && !inc.optional) tellers.set(inc.id, (tellers.get(inc.id) ?? 0) + 1);
  golds.forEach((g, n) => {
    const articlePath = path.join(set, g.article.source);
    const text = fs.readFileSync(articlePath, 'utf8');
    const x = extract({ source: g.article.source, text });
    for (const inc of g.incidents) {
      if (inc.optional) continue;
      const spans = spansOf(inc);
      const hit = x.incidents.some((e) =>
        spans.some((s) => e.evidence && intersection(e.evidence.span as Span, s) > 0),
      );
      const others = (tellers.get(inc.id) ?? 1) - 1;
      const k = byKind.get(inc.kind) ?? [0, 0];
      k[0]++;
      if (!hit) k[1]++;
      byKind.set(inc.kind, k);
      if (hit || !spans.length) continue;
      console.log(`\n${path.basename(set)}\t${files[n]}\t${inc.kind}\t${inc.id}\tothers=${others}`);
      for (const [a, b] of spans) console.log(`  "${text.slice(a, b).replace(/\s+/g, ' ').slice(0, 200)}"`);
    }
  });
}
console.log('\n== per kind: gold incidents / not extracted');
for (const [k, [all, none]] of byKind) console.log(`${k}\t${all}\t${none}`);
