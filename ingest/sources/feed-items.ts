// A feed's items as articles: an item's own body when the feed carries the full text, else the page its link
// points to (fetched), with the item's title and date and the feed's title filling what the page does not say.
// In: a parsed Feed. Out: SourceDocs, or one InputError per item that yields nothing.
import { InputError } from '../../graph/errors.ts';
import type { SourceDoc } from '../types.ts';
import type { Feed } from './feed.ts';
import { fragmentText } from './html.ts';
import type { SourceItem, SourceOptions } from './index.ts';

/** A feed item's body is the article when it is long (or several paragraphs); a teaser only leads to the page. */
const isFullText = (body: string) => body.length >= 600 || (body.length >= 300 && body.includes('\n\n'));

/**
 * The articles of a parsed feed. `readPage` reads an item's link as any URL input is read (the caller's readOne,
 * passed in so this module does not import the index that imports it).
 */
export async function* feedArticles(
  feed: Feed,
  input: string,
  options: SourceOptions,
  readPage: (url: string, options: SourceOptions & { noFeeds: boolean }) => AsyncGenerator<SourceItem>,
): AsyncGenerator<SourceItem> {
  for (const [i, item] of feed.items.entries()) {
    const where = item.link ?? `${input}#${i + 1}`;
    if (item.link && options.seenLinks?.has(item.link)) continue;
    const known = { title: item.title, publishedAt: item.publishedAt, siteName: feed.title };
    const body = item.html ? fragmentText(item.html) : '';
    const fromFeedBody = (): SourceDoc => ({
      source: where,
      text: item.title && !body.startsWith(item.title) ? `${item.title}\n\n${body}` : body,
      url: item.link,
      html: true,
      ...known,
    });
    const fetchable = item.link !== null && /^https?:\/\//i.test(item.link);
    if (!fetchable && !body.trim()) {
      yield new InputError('INPUT_EMPTY', where, 'the feed item has neither its text nor a link to it');
      continue;
    }
    if (isFullText(body) || !fetchable) {
      yield fromFeedBody();
      if (item.link) options.seenLinks?.add(item.link);
      continue;
    }
    // The page behind a teaser: its own metadata first, the feed's where the page has none.
    for await (const doc of readPage(item.link!, { ...options, noFeeds: true })) {
      if (!(doc instanceof InputError)) {
        yield {
          ...doc,
          title: doc.title ?? known.title,
          publishedAt: doc.publishedAt ?? known.publishedAt,
          siteName: doc.siteName ?? known.siteName,
        };
        options.seenLinks?.add(item.link!);
      } else if (doc.code === 'INPUT_NOT_FOUND' && body.length >= 200) {
        // The page cannot be fetched (offline, gone): what the feed says of it is all there is.
        yield fromFeedBody();
      } else yield doc;
    }
  }
}
