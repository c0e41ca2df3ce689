// Building regular expressions from words read in data files. Pure.

/** A literal string escaped for use inside a RegExp source. */
export const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
