// Renders an evidence sentence with cue, source and content marked, as text nodes only.
// In: Evidence segments from the API. Out: a <blockquote> element.
import type { EdgeView } from '../app/api.ts';
import { el } from '../app/dom.ts';

const MARK_TITLE = { cue: 'cue', source: 'source (speaker)', content: 'content', span: 'evidence' } as const;

export function renderEvidence(evidence: EdgeView['evidence'], onOpenArticle?: (article: string, at: number) => void) {
  if (!evidence) return el('p', { class: 'muted', text: 'No evidence sentence recorded.' });
  const quote = el('blockquote', { class: 'evidence' });
  for (const seg of evidence.segments) {
    quote.append(
      seg.mark
        ? el('mark', { class: `mark-${seg.mark}`, text: seg.text, title: MARK_TITLE[seg.mark] })
        : document.createTextNode(seg.text),
    );
  }
  if (onOpenArticle && evidence.article) {
    const link = el('button', {
      class: 'link',
      text: 'article text ↗',
      attrs: { type: 'button', 'data-article': evidence.article },
    });
    link.addEventListener('click', () => onOpenArticle(evidence.article, evidence.sentenceStart));
    quote.append(' ', link);
  }
  return quote;
}
