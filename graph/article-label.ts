// How an article is named to people (trace lines, viewer panels): its headline; failing that, where it came from,
// marked untitled and shortened (a URL without its scheme, a file's name). Never a path presented as a headline.
// In: an article's title, source and URL. Out: one line of text. Pure; the viewer imports it too.

export interface ArticleNaming {
  title?: string | null;
  source?: string | null;
  url?: string | null;
}

export function articleLabel(a: ArticleNaming): string {
  const title = a.title?.trim();
  if (title) return title;
  const where = a.url ?? a.source ?? '';
  const short = /^https?:\/\//i.test(where)
    ? where.replace(/^https?:\/\/(?:www\.)?/i, '')
    : (where.split(/[\\/]/).pop() ?? '');
  return short ? `untitled (${short})` : 'untitled';
}
