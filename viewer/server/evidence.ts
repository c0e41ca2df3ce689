// Evidence of one relationship as highlighted segments of its sentence (cue, source, content).
// In: the article text and the edge's evidence props. Out: plain-text segments the client renders as text.
import type { Props } from '../../graph/model.ts';

export type MarkKind = 'cue' | 'source' | 'content' | 'span';
export interface Segment {
  text: string;
  mark: MarkKind | null;
}
export interface Evidence {
  article: string;
  /** Offset of the sentence in the article text, so the client can link into it. */
  sentenceStart: number;
  sentence: string;
  segments: Segment[];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
// Where marks overlap, the narrower, more specific one wins.
const PRIORITY: Record<MarkKind, number> = { cue: 4, source: 3, content: 2, span: 1 };

/** Splits the edge's sentence into marked segments. Works without the article text (no marks then). */
export function evidenceSegments(text: string | null, props: Props): Evidence | null {
  const sentence = typeof props.sentence === 'string' ? props.sentence : null;
  const article = typeof props.article === 'string' ? props.article : '';
  const start = num(props.start);
  const end = num(props.end);
  if (!sentence) return null;
  let at = -1;
  if (text !== null && start !== null) {
    at = text.lastIndexOf(sentence, start);
    if (at < 0 || at + sentence.length < start) at = text.indexOf(sentence, Math.max(0, start - sentence.length));
  }
  if (text === null || at < 0)
    return { article, sentenceStart: -1, sentence, segments: [{ text: sentence, mark: null }] };

  const marks: Array<[MarkKind, number | null, number | null]> = [
    ['cue', num(props.cueStart), num(props.cueEnd)],
    ['source', num(props.sourceStart), num(props.sourceEnd)],
    ['content', num(props.contentStart), num(props.contentEnd)],
  ];
  if (marks.every(([, s]) => s === null)) marks.push(['span', start, end]);
  const label: Array<MarkKind | null> = new Array(sentence.length).fill(null);
  for (const [kind, s, e] of marks) {
    if (s === null || e === null || e <= s) continue;
    for (let i = Math.max(s - at, 0); i < Math.min(e - at, sentence.length); i++) {
      const cur = label[i];
      if (!cur || PRIORITY[kind] > PRIORITY[cur]) label[i] = kind;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < sentence.length;) {
    const mark = label[i] ?? null;
    let j = i + 1;
    while (j < sentence.length && (label[j] ?? null) === mark) j++;
    segments.push({ text: sentence.slice(i, j), mark });
    i = j;
  }
  return { article, sentenceStart: at, sentence, segments };
}
