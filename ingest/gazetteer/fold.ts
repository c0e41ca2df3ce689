// One key for a place name however it is written: "Bogotá" = "BOGOTA", "Sistan-Baluchestan" = "Sistan Baluchestan",
// "Ma'rib" = "Marib", "Saint Petersburg" = "St. Petersburg". In: a place name. Out: lower-case ASCII words joined by single spaces.
export function foldPlace(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(SAINT, (w) => (w.length > 5 || w === 'ste' ? 'ste' : 'st'));
}

/** "Saint", "St", "Sainte", "Ste" as a word. */
const SAINT = /\b(?:saint|sainte|st|ste)\b/g;
