// HTML → the article's readable text (Mozilla Readability over a linkedom DOM), with paragraph breaks kept.
// In: an HTML string. Out: { text, title, publishedAt, siteName, url }; offsets later point into this text. Pure.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

import { BLOCK, paragraphCollector, scanHtml, SKIP } from './html-scan.ts';
import { pageMeta } from './page-meta.ts';

export interface HtmlText {
  text: string;
  title: string | null;
  publishedAt: string | null;
  /** The publisher as the page names itself (og:site_name, JSON-LD publisher), unresolved. */
  siteName: string | null;
  /** The canonical URL the page gives for itself. */
  url: string | null;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree: blocks become paragraphs separated by blank lines, whitespace inside them collapsed. */
function blockText(root: DomNode): string {
  const out = paragraphCollector();
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) return out.add(node.textContent ?? '');
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === 'br') return out.breakBlock();
    const block = BLOCK.has(name);
    if (block) out.breakBlock();
    // linkedom builds childNodes afresh on every read: read it once, or a wide element is quadratic.
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) out.breakBlock();
  };
  walk(root);
  out.breakBlock();
  return out.text();
}

/**
 * Past these the page skips the DOM route (linkedom + Readability) for the tokenizer's linear text: parsing is
 * quadratic in nesting (10^5 nested divs: 29 s) and Readability's cleaning cubic along a chain of nested blocks
 * (1,000 nested divs: 49 s), while real pages stay far below both (Lighthouse flags a depth of 32).
 */
export const DOM_LIMITS = { depth: 100, elements: 60_000 };
const tooDeep = (scan: { depth: number; elements: number }) =>
  scan.depth > DOM_LIMITS.depth || scan.elements > DOM_LIMITS.elements;

/** "2018-03-05T10:00:00Z" → "2018-03-05" (the publisher's own calendar day); other forms are left for clean. */
const dayOf = (s: string | null | undefined): string | null => (s ? (/^\d{4}-\d{2}-\d{2}/.exec(s)?.[0] ?? s) : null);

export function htmlToText(html: string): HtmlText {
  const scan = scanHtml(html);
  if (tooDeep(scan)) {
    const text = scan.title && !scan.text.startsWith(scan.title) ? `${scan.title}\n\n${scan.text}` : scan.text;
    return { text, title: scan.title, publishedAt: null, siteName: null, url: null };
  }
  const { document } = parseHTML(html);
  const pageTitle = (document.querySelector('title')?.textContent ?? '').trim() || null;
  // Read before Readability, which rewrites the document it is given.
  const meta = pageMeta(document as unknown as Parameters<typeof pageMeta>[0]);
  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null; // Readability gives up on odd markup; the whole body is still better than nothing.
  }
  let text = '';
  if (article?.content)
    text = blockText(
      parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode,
    );
  if (!text.trim()) text = blockText(parseHTML(html).document as unknown as DomNode);
  const title = meta.title || article?.title?.trim() || pageTitle;
  // Keep the title as the first line, as a copied page would have it, so the extractor sees it.
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return {
    text,
    title,
    publishedAt: dayOf(meta.publishedAt ?? article?.publishedTime),
    siteName: meta.siteName ?? article?.siteName ?? null,
    url: meta.url,
  };
}

/** The text of an HTML fragment (a feed item's body), paragraphs kept, without Readability: it is all article. */
export function fragmentText(html: string): string {
  const scan = scanHtml(html);
  if (tooDeep(scan)) return scan.text;
  return blockText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as DomNode);
}

/** Markup that should go through readability rather than be read as plain text. */
export const looksLikeHtml = (text: string): boolean =>
  /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2000));
