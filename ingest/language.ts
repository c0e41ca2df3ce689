// Which writing system a text is in, to tell an article the English pipeline cannot read from one it can.
// In: a text. Out: the name of its main non-Latin script ("Arabic script"), or null when Latin letters dominate.
// A script says nothing about French or Spanish; it does tell Arabic, Chinese or Russian copy from English.

const SCRIPTS: Array<[name: string, re: RegExp]> = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['Tamil', /\p{Script=Tamil}/u],
];
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/gu;
/** Letters looked at: enough to tell, and the cost stays flat however long the text. */
const SAMPLE = 20_000;

/** The main script when fewer than half the letters are Latin ("Arabic script"), else null. */
export function unsupportedScript(text: string): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  let latin = 0;
  for (const [ch] of text.matchAll(LETTER)) {
    if (++letters > SAMPLE) break;
    if (LATIN.test(ch)) {
      latin++;
      continue;
    }
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'non-Latin';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (!letters || latin * 2 >= Math.min(letters, SAMPLE)) return null;
  const [main] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return `${main} script`;
}
