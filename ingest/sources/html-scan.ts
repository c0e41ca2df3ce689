// One linear pass over an HTML string with htmlparser2's tokenizer (no DOM, no tag stack, no recursion): the page's
// text with blocks as paragraphs, its <title>, and how deep and large it is. In: HTML. Out: ScannedHtml. Pure.
// Both linkedom and htmlparser2's Parser keep open tags with Array#unshift, which makes deep nesting quadratic;
// the tokenizer alone is linear, so this pass decides whether the DOM route is affordable and replaces it when not.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export interface ScannedHtml {
  text: string;
  title: string | null;
  /** Nesting depth of elements that must be closed explicitly (an estimate: no tree is built). */
  depth: number;
  elements: number;
}

export const BLOCK = new Set(
  'address article aside blockquote body dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head']);
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements HTML lets a page leave open (`<p>`, `<li>`, ...): they never count toward the depth. */
const OPTIONAL_END = new Set('p li dt dd tr td th thead tbody tfoot option optgroup colgroup rp rt'.split(' '));

/** Collects paragraphs: text accumulates until a block boundary, where its whitespace is collapsed. */
export function paragraphCollector() {
  const paragraphs: string[] = [];
  let current = '';
  return {
    add: (text: string) => void (current += text),
    breakBlock: () => {
      const p = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
      if (p) paragraphs.push(p);
      current = '';
    },
    text: () => paragraphs.join('\n\n'),
  };
}

export function scanHtml(html: string): ScannedHtml {
  const out = paragraphCollector();
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  let skip: string | null = null;
  let title: string | null = null;
  let inTitle = false;
  let tag = '';
  const text = (s: string) => {
    if (inTitle) title = (title ?? '') + s;
    else if (!skip) out.add(s);
  };
  const open = (name: string) => {
    elements++;
    if (name === 'body') skip = null; // a <head> left open ends here
    if (!VOID.has(name) && !OPTIONAL_END.has(name)) maxDepth = Math.max(maxDepth, ++depth);
    if (name === 'title' && title === null) inTitle = true;
    if (skip || inTitle) return;
    if (SKIP.has(name)) skip = name;
    else if (name === 'br' || BLOCK.has(name)) out.breakBlock();
  };
  const close = (name: string) => {
    if (!VOID.has(name) && !OPTIONAL_END.has(name) && depth > 0) depth--;
    if (name === 'title') inTitle = false;
    if (skip) {
      if (name === skip) skip = null;
    } else if (BLOCK.has(name)) out.breakBlock();
  };
  const nothing = () => {};
  const cbs: TokenizerCallbacks = {
    onopentagname: (start, end) => void (tag = html.slice(start, end).toLowerCase()),
    onopentagend: () => open(tag),
    onselfclosingtag: () => {
      open(tag);
      close(tag);
    },
    onclosetag: (start, end) => close(html.slice(start, end).toLowerCase()),
    ontext: (start, end) => text(html.slice(start, end)),
    ontextentity: (cp) => text(String.fromCodePoint(cp)),
    onattribdata: nothing,
    onattribentity: nothing,
    onattribend: nothing,
    onattribname: nothing,
    oncdata: nothing,
    oncomment: nothing,
    ondeclaration: nothing,
    onend: nothing,
    onprocessinginstruction: nothing,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, cbs);
  tokenizer.write(html);
  tokenizer.end();
  out.breakBlock();
  const t = (title as string | null)?.replace(/\s+/g, ' ').trim();
  return { text: out.text(), title: t || null, depth: maxDepth, elements };
}
