// Placeholder cleaning (replaced by the real ingest/clean): every non-empty line is a block.
// In: SourceDoc. Out: CleanDoc.
import type { CleanDoc, Range, SourceDoc } from '../types.ts';

export function clean(doc: SourceDoc): CleanDoc {
  const blocks: Range[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text))) if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length });
  return { text: doc.text, blocks, title: doc.title ?? null, publishedAt: doc.publishedAt ?? null, outletName: null };
}
