// What a web page says about itself in its <head>: headline, publisher, publication date, canonical URL.
// In: a parsed DOM (before Readability changes it). Out: PageMeta with raw strings (dates unnormalised). Pure.
// Order of trust: JSON-LD NewsArticle (the publisher's structured data), then Open Graph / article: meta tags,
// then generic meta names (Dublin Core, parsely, sailthru). A modified/updated stamp is never a publication date.

export interface PageMeta {
  title: string | null;
  siteName: string | null;
  publishedAt: string | null;
  url: string | null;
}

interface Dom {
  querySelector(s: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
  querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }>;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting)$/;

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** A name from a JSON-LD value that may be a string, an object with `name`, or an array of either. */
function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name);
  return str(v);
}

function urlOf(v: unknown): string | null {
  if (Array.isArray(v)) return urlOf(v[0]);
  if (v && typeof v === 'object') return str((v as Json)['@id']) ?? str((v as Json).url);
  return str(v);
}

/** Every object of the JSON-LD blocks, flattening arrays and @graph. */
function jsonLdObjects(doc: Dom): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ((v as Json)['@graph']) visit((v as Json)['@graph']);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // Broken structured data is common; the meta tags still count.
    }
  }
  return out;
}

const isArticle = (o: Json): boolean => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));

function fromJsonLd(doc: Dom): Partial<PageMeta> {
  const objects = jsonLdObjects(doc);
  const article = objects.find(isArticle);
  if (!article) return {};
  const site = objects.find((o) => [o['@type']].flat().includes('WebSite'));
  return {
    title: str(article.headline) ?? str(article.name),
    siteName: nameOf(article.publisher) ?? nameOf(article.sourceOrganization) ?? nameOf(site),
    publishedAt: str(article.datePublished) ?? str(article.dateCreated),
    url: urlOf(article.url) ?? urlOf(article.mainEntityOfPage),
  };
}

function meta(doc: Dom, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = str(el?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

export function pageMeta(doc: Dom): PageMeta {
  const ld = fromJsonLd(doc);
  const canonical = str(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  return {
    title: ld.title ?? meta(doc, 'og:title', 'twitter:title', 'headline', 'dc.title', 'DC.title'),
    siteName: ld.siteName ?? meta(doc, 'og:site_name', 'application-name', 'publisher', 'dc.publisher', 'DC.publisher'),
    publishedAt:
      ld.publishedAt ??
      meta(
        doc,
        'article:published_time',
        'og:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'publish-date',
        'parsely-pub-date',
        'sailthru.date',
        'dc.date.issued',
        'DC.date.issued',
        'dcterms.created',
        'date',
      ),
    url: (ld.url && /^https?:/i.test(ld.url) ? ld.url : null) ?? canonical ?? meta(doc, 'og:url'),
  };
}
