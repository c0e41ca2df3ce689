// The article reader: fetches an article's text and shows it as plain text, scrolled to a sentence.
// In: an article id and an offset. Out: a modal dialog filled with text nodes (never HTML).
import { articleLabel } from '../../../graph/article-label.ts';
import { api } from '../app/api.ts';
import { byId, el, safeLink } from '../app/dom.ts';

export async function openArticle(id: string, at = -1): Promise<void> {
  const dialog = byId<HTMLDialogElement>('article-dialog');
  const body = byId('article-body');
  const head = byId('article-head');
  head.replaceChildren(el('span', { text: 'Loading…' }));
  body.replaceChildren();
  if (!dialog.open) dialog.showModal();
  try {
    const a = await api.article(id);
    head.replaceChildren(
      el('h2', { text: articleLabel(a) }),
      el('div', { class: 'muted' }, [a.publishedAt ?? 'undated', ' · ', safeLink(a.url, a.url ?? a.source)]),
    );
    if (at >= 0 && at < a.text.length) {
      const end = Math.min(a.text.length, a.text.indexOf('\n', at + 1) > 0 ? a.text.indexOf('\n', at + 1) : at + 300);
      const mark = el('mark', { class: 'mark-content', text: a.text.slice(at, end) });
      body.append(document.createTextNode(a.text.slice(0, at)), mark, document.createTextNode(a.text.slice(end)));
      requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
    } else body.append(document.createTextNode(a.text));
    if (a.nextOffset !== null)
      body.append(el('p', { class: 'muted', text: `… ${a.totalChars - a.nextOffset} more characters` }));
  } catch (err) {
    head.replaceChildren(el('p', { class: 'error', text: (err as Error).message }));
  }
}

export function initArticleDialog(): void {
  const dialog = byId<HTMLDialogElement>('article-dialog');
  byId('article-close').addEventListener('click', () => dialog.close());
}
