// Names written in part: a Korean given name cut at its hyphen ("Ban Ki" of "Ban Ki-moon"), and the last words of a
// person named in full before ("Suu Kyi" after "Aung San Suu Kyi"). In: the filled Scan. Out: one actor per person.
import type { Draft } from './registry.ts';
import type { Scan } from './scan.ts';

/**
 * Lower-case words that follow a name's hyphen in compounds ("Bush-era", "Kim-led", "Park-style"), not the second
 * syllable of a given name ("Ki-moon", "Jong-un", "Jae-in").
 */
const COMPOUND_TAILS = new Set(
  'era led run like born free made type owned based style ish esque wide long old aged day year time side up out off over held sized scale level class wing ite ism ist isms ists'.split(
    ' ',
  ),
);
/** A hyphen and a short lower-case syllable right after a name, ending the word. */
const SYLLABLE_AFTER = /^-(\p{Ll}{2,5})(?![\p{L}\d-])/u;

export function completeNames(sc: Scan): void {
  hyphenatedGivenNames(sc);
  mergeNameTails(sc);
}

/** "Ban Ki" followed by "-moon": the name runs on; its mentions end after the syllable. */
function hyphenatedGivenNames(sc: Scan): void {
  for (const d of sc.reg.all()) {
    if (d.kind !== 'person') continue;
    const words = d.name.split(' ');
    const last = words[words.length - 1]!;
    if (words.length < 2 || last.length > 5 || last.includes('-')) continue;
    let syllable: string | null = null;
    for (const m of d.mentions) {
      if (!sc.text.slice(m.start, m.end).endsWith(last)) continue;
      const hit = SYLLABLE_AFTER.exec(sc.text.slice(m.end, m.end + 8));
      if (!hit || COMPOUND_TAILS.has(hit[1]!)) continue;
      syllable = hit[1]!;
      m.end += hit[0].length;
    }
    if (syllable) sc.reg.rename(d.id, `${d.name}-${syllable}`);
  }
}

/**
 * A person whose name (two words or more) is the end of another person's name is that person: the one the article
 * named first keeps the name ("Aung San Suu Kyi" before "Suu Kyi"; "Donald Trump" before "Trust Donald Trump", a
 * verb of a headline glued on).
 */
function mergeNameTails(sc: Scan): void {
  const people = sc.reg.all().filter((d) => d.kind === 'person' && d.mentions.length && d.name.includes(' '));
  const first = (d: Draft) => Math.min(...d.mentions.map((m) => m.start));
  const key = (d: Draft) => ` ${d.name.toLowerCase().replace(/[.’']/g, '')}`;
  for (const short of people) {
    const tail = key(short);
    const long = people.find((d) => d !== short && key(d).length > tail.length && key(d).endsWith(tail));
    if (!long || !sc.reg.has(long.id) || !sc.reg.has(short.id)) continue;
    const [keep, gone] = first(long) <= first(short) ? [long, short] : [short, long];
    sc.reg.absorb(keep.id, gone.id);
  }
}
