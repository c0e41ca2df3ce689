// A corpus of N distinct wire stories of real size (~3.5 KB, PolNeAR's median), for store scaling benchmarks: the
// cast grows with N (every article brings new people, places and organisations; a Zipf-popular few recur), so the
// graph grows as a real feed's does instead of folding into a fixed vocabulary (bench/news-graph.ts).
// In: N and an output folder. Out: N .txt files. Run: npx tsx bench/store-corpus.ts <N> <dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { mulberry32 } from './rng.ts';

const FIRST = [
  'Amara',
  'Bilal',
  'Carmen',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hassan',
  'Ingrid',
  'Jamal',
  'Kofi',
  'Leila',
  'Mateo',
  'Nadia',
  'Oleg',
  'Priya',
  'Rafael',
  'Sofia',
  'Tomasz',
  'Umar',
  'Valeria',
  'Wen',
  'Yusuf',
  'Zanele',
];
const SYL = [
  'ka',
  'lo',
  'mir',
  'sen',
  'dra',
  'vel',
  'tor',
  'an',
  'bek',
  'rin',
  'sa',
  'hol',
  'ur',
  'zen',
  'pa',
  'di',
  'gor',
  'let',
  'mon',
  'ste',
  'vik',
  'ya',
  'ro',
  'nez',
];
const TITLES = [
  'Foreign Minister',
  'Interior Minister',
  'Defence Minister',
  'Governor',
  'Senator',
  'Mayor',
  'spokesman',
  'spokeswoman',
  'General',
  'President',
  'Prime Minister',
  'opposition leader',
];
const ORG_KINDS = ['Workers Union', 'Bank', 'Energy Company', 'Liberation Front', 'Farmers Association', 'Party'];
const VERBS = ['said', 'told reporters', 'said in a statement', 'told Reuters'];
// Words for the quoted content, drawn at random so that two quotes rarely share enough words to be paraphrases
// (templated quotes would link every article's claims to every other's, which a real feed does not).
const ADJ = [
  'new',
  'old',
  'illegal',
  'fragile',
  'costly',
  'northern',
  'secret',
  'public',
  'rural',
  'foreign',
  'local',
  'military',
  'private',
  'empty',
  'urgent',
  'broken',
  'final',
  'weekly',
  'official',
  'careful',
];
const NOUN = [
  'tax',
  'bridge',
  'harvest',
  'pipeline',
  'contract',
  'hospital',
  'militia',
  'railway',
  'court',
  'loan',
  'convoy',
  'refinery',
  'school',
  'market',
  'dam',
  'curfew',
  'strike',
  'audit',
  'census',
  'tariff',
  'airport',
  'license',
  'ferry',
  'vaccine',
  'quota',
  'reservoir',
  'treaty',
  'subsidy',
  'warehouse',
  'checkpoint',
];
const VERB = [
  'block',
  'delay',
  'fund',
  'close',
  'rebuild',
  'inspect',
  'protect',
  'sell',
  'expand',
  'cancel',
  'approve',
  'divert',
  'guard',
  'tax',
  'move',
  'seize',
  'repair',
  'flood',
  'rent',
  'ban',
  'open',
  'widen',
];
const TOPICS = [
  'the new port',
  'grain exports',
  'the ceasefire',
  'the budget',
  'the border crossing',
  'fuel prices',
  'the election',
  'the water dispute',
  'the mining licence',
  'the prisoner exchange',
];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A surname (or place stem) from the index: distinct for every i, pronounceable, capitalised. */
function stem(i: number): string {
  let s = '';
  let n = i + SYL.length; // at least two syllables
  while (n > 0) {
    s += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  }
  return s[0]!.toUpperCase() + s.slice(1);
}

/** The corpus's most frequent person (cast member 0, whom the Zipf draw favours): the one to trace. */
export const topPerson = (): string => `${FIRST[0]} ${stem(0)}`;

export function* corpus(n: number, seed = 13): Generator<{ name: string; text: string }> {
  const rand = mulberry32(seed);
  const int = (k: number) => Math.floor(rand() * k);
  const pick = <T>(xs: T[]): T => xs[int(xs.length)]!;
  // Index of a cast member: half the time a new one (the cast grows with N), else a Zipf-popular earlier one.
  let people = 0;
  let places = 0;
  let orgs = 0;
  const member = (count: number, bump: () => number) =>
    count === 0 || rand() < 0.5 ? bump() : Math.min(count - 1, Math.floor(Math.exp(rand() * Math.log(count + 1))) - 1);
  const person = () => {
    const i = member(people, () => people++);
    return { name: `${FIRST[i % FIRST.length]} ${stem(i)}`, surname: stem(i), title: TITLES[i % TITLES.length]! };
  };
  const place = () => `${stem(100_000 + member(places, () => places++))}a`;
  const org = () => {
    const i = member(orgs, () => orgs++);
    return `${stem(200_000 + i)} ${ORG_KINDS[i % ORG_KINDS.length]}`;
  };

  const words = () =>
    `the ${pick(ADJ)} ${pick(NOUN)} would ${pick(VERB)} the ${pick(ADJ)} ${pick(NOUN)} near the ${pick(NOUN)} of ${place()}`;

  for (let a = 0; a < n; a++) {
    const town = place();
    const topic = pick(TOPICS);
    const paras: string[] = [`${town} talks on ${topic} stall as ${org()} walks out (story ${a + 1})`, ''];
    const day = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][int(5)];
    while (paras.join('\n').length < 3400) {
      const p = person();
      const q = person();
      const where = place();
      const o = org();
      switch (int(4)) {
        case 0:
          paras.push(
            `${where.toUpperCase()} (Reuters) - ${p.title} ${p.name} said on ${day} that ${o} would not accept any deal on ${topic} ` +
              `that left ${where} without a say. "${cap(words())}," ${p.surname} ${pick(VERBS)}.`,
          );
          break;
        case 1:
          paras.push(
            `${q.title} ${q.name} denied that ${words()}. ` +
              `"${cap(words())}," ${q.surname} said, adding that ${p.name} knew ${words()}.`,
          );
          break;
        case 2:
          paras.push(
            `According to ${o}, ${p.name} met ${q.name} in ${where} on ${day} to discuss ${topic}. ` +
              `Officials in ${town}, who spoke on condition of anonymity, said ${words()}.`,
          );
          break;
        default:
          paras.push(
            `${p.name}, a former adviser to ${q.name}, warned that ${words()}. ` +
              `${q.surname} has accused ${o} of trying to ${pick(VERB)} the ${pick(ADJ)} ${pick(NOUN)} of ${town}, a charge the group rejects.`,
          );
      }
      paras.push('');
    }
    yield { name: `story-${String(a + 1).padStart(6, '0')}.txt`, text: paras.join('\n').trim() + '\n' };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2]);
  const dir = process.argv[3];
  if (!Number.isInteger(n) || n <= 0 || !dir) {
    console.error('usage: npx tsx bench/store-corpus.ts <N> <dir>');
    process.exit(1);
  }
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const { name, text } of corpus(n)) {
    writeFileSync(path.join(dir, name), text);
    bytes += text.length;
  }
  console.log(`bench/store-corpus: ${n} articles, ${(bytes / n / 1024).toFixed(1)} KB on average, in ${dir}`);
}
