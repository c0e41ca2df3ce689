// A synthetic wire-copy corpus for the scale benchmarks: N distinct articles of real size (~3–4 KB of prose each)
// whose vocabulary grows with N, as a real feed's does: new people, towns and organisations keep arriving (about
// 3·N^0.8 people, N^0.7 towns, N^0.75 bodies), a few familiar ones recur often (Zipf), and stories are retold by
// several outlets on nearby days (shared incidents, relayed claims, denials) so cross-article identity has work.
// In: N and a seed. Out: JSON Lines records (text, title, url, publishedAt, outlet, source) for `kg ingest`.
// Usage: npx tsx bench/corpus.ts --articles 1000 --out /tmp/corpus-1k.jsonl   (deterministic for a given seed)
import { createWriteStream } from 'node:fs';

import outletsJson from '../ingest/gazetteer/data/outlets.json' with { type: 'json' };
import statesJson from '../graph/data/states.json' with { type: 'json' };
import { mulberry32 } from './rng.ts';
import { arg } from './args.ts';

export interface CorpusRecord {
  text: string;
  title: string;
  url: string;
  publishedAt: string;
  outlet: string;
  source: string;
}

const GIVEN = (
  'Amina Boris Carlos Dmitri Elena Farid Grace Hassan Ingrid Javier Keiko Lars Maria Nadia Omar Pavel Rania Samuel ' +
  'Tomas Ulla Victor Wanjiru Yusuf Zofia Ahmed Beatriz Chen Daniel Esther Fatima Gabriel Helga Ibrahim Julia Kwame ' +
  'Leila Marco Nikolai Olga Pedro Rashid Sofia Tariq Vera William Yara Anders Bilal Camila Dario Emre Freya Goran ' +
  'Hana Ilya Jonas Karim Lucia Mehmet Noura Oscar Priya Rafael Salma Teodor Valentina Walid Xenia Yannick Zainab'
).split(' ');
const SYL = 'ka lo ven dra mi sor tu bel an ri ko zan pe mar ol ush te ga nis ho lev ar din qu se bo mek tal'.split(
  ' ',
);
const TOWN_END = ['abad', 'ovo', 'ville', 'ani', 'port', 'grad', 'dale', 'kent', 'ona', 'ik'];
const GROUP_END = ['Liberation Front', 'Brigades', 'Popular Movement', 'Defence Forces', 'Revolutionary Army'];
const ORG_END = ['Institute for Peace Studies', 'Development Bank', 'Human Rights Watchdog', 'Relief Agency'];
const TITLES = [
  'Foreign Minister',
  'Defence Minister',
  'Interior Minister',
  'opposition leader',
  'General',
  'Governor',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = 'Jan Feb March April May June July Aug Sept Oct Nov Dec'.split(' ');
const TOPICS = [
  'water rights',
  'border trade',
  'grain exports',
  'the mining licences',
  'refugee returns',
  'fuel prices',
];
const TARGETS = ['police station', 'army checkpoint', 'market', 'convoy', 'power plant', 'border post'];

/** What a witness says about the attack: several wordings, so unrelated stories do not read as paraphrases. */
const QUOTES: Array<(group: string, target: string, place: string) => string> = [
  (g, t, p) => `The ${g} shelled the ${t} in ${p} without warning`,
  (g, t, p) => `Gunmen loyal to the ${g} burned the ${t} and looted homes across ${p}`,
  (g, t, p) => `Everyone in ${p} knows the ${g} wanted that ${t} destroyed`,
  (g, t, p) => `Children were sleeping near the ${t} when ${g} rockets hit ${p}`,
  (g, t, p) => `The ${g} has turned ${p} into a battlefield, and the ${t} was only the first target`,
];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
/** The k-th word built from syllables: distinct for every k, so each new index is a new name. */
function word(k: number, salt: number): string {
  let s = '';
  let n = k + salt;
  do {
    s += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  } while (n > 0 || s.length < 5);
  return cap(s);
}
const surname = (k: number) => word(k * 31 + 7, 900);
const person = (k: number) => ({ name: `${GIVEN[(k * 7919) % GIVEN.length]} ${surname(k)}`, sur: surname(k) });
const town = (k: number) => `${word(k * 17 + 3, 40)}${TOWN_END[k % TOWN_END.length]}`;
const group = (k: number) => `${word(k * 13 + 5, 300)} ${GROUP_END[k % GROUP_END.length]}`;
const org = (k: number) => `${word(k * 11 + 1, 600)} ${ORG_END[k % ORG_END.length]}`;
const STATES = statesJson.slice(0, 60).map((s) => ({ name: s.name, demonym: s.demonyms?.[0] ?? s.name }));
const OUTLETS = outletsJson.slice(0, 40).map((o) => o.name);

/** How many people / towns / bodies exist once article i is written: grows without bound, sub-linearly. */
const pool = {
  persons: (i: number) => Math.floor(40 + 3 * i ** 0.8),
  towns: (i: number) => Math.floor(10 + i ** 0.7),
  bodies: (i: number) => Math.floor(8 + i ** 0.75),
};

interface Story {
  day: number;
  town: number;
  state: number;
  group: number;
  killed: number;
  target: string;
  claimer: number;
  denier: number;
  topic: string;
}

export function* corpus(n: number, seed = 11): Generator<CorpusRecord> {
  const rand = mulberry32(seed);
  const int = (k: number) => Math.floor(rand() * k);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  /** Zipf-like over [0, k): low indices (familiar names) often, the long tail rarely. */
  const zipf = (k: number) => Math.min(k - 1, Math.floor(Math.exp(rand() * Math.log(k + 1))) - 1);
  const stories: Story[] = [];
  for (let i = 0; i < n; i++) {
    const day = Math.floor(i / 20); // about 20 articles a day
    // The people, towns and bodies that exist from this article on appear in it first.
    const fresh = (kind: keyof typeof pool) =>
      Array.from({ length: pool[kind](i + 1) - pool[kind](i) }, (_, j) => pool[kind](i) + j);
    const newPersons = fresh('persons');
    const drawPerson = () => newPersons.shift() ?? zipf(pool.persons(i + 1));
    const newTowns = fresh('towns');
    const newBodies = fresh('bodies');
    const retold = stories.length > 0 && rand() < 0.35;
    const story: Story = retold
      ? stories[stories.length - 1 - int(Math.min(8, stories.length))]!
      : {
          day,
          town: newTowns.shift() ?? zipf(pool.towns(i + 1)),
          state: zipf(STATES.length),
          group: newBodies.shift() ?? zipf(pool.bodies(i + 1)),
          killed: 2 + int(30),
          target: pick(TARGETS),
          claimer: drawPerson(),
          denier: drawPerson(),
          topic: pick(TOPICS),
        };
    if (!retold) stories.push(story);
    const text = article(story, { i, day, drawPerson, rand, int, pick, newTowns, newBodies, zipf });
    const outlet = OUTLETS[zipf(OUTLETS.length)]!;
    const date = dateOf(Math.max(day, story.day));
    yield {
      text: text.body,
      title: text.title,
      url: `https://news.example.org/${date}/${i}`,
      publishedAt: date,
      outlet,
      source: `corpus/${String(i).padStart(6, '0')}.txt`,
    };
  }
}

const dateOf = (day: number) => new Date(Date.UTC(2023, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

interface Draw {
  i: number;
  day: number;
  drawPerson: () => number;
  rand: () => number;
  int: (k: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  newTowns: number[];
  newBodies: number[];
  zipf: (k: number) => number;
}

/** One article: dateline, the incident, a claim and its denial, a relay, a meeting, background, until ~3.5 KB. */
function article(s: Story, d: Draw): { title: string; body: string } {
  const st = STATES[s.state]!;
  const place = town(s.town);
  const grp = group(s.group);
  const claimer = person(s.claimer);
  const denier = person(s.denier);
  const when = dateOf(s.day);
  const [, m, dd] = when.split('-');
  const weekday = WEEKDAYS[s.day % 7]!;
  const title = `${grp} attack kills ${s.killed} in ${place}, ${st.name} says`;
  const paras: string[] = [
    `${place.toUpperCase()}, ${MONTHS[Number(m) - 1]} ${Number(dd)} —`,
    `At least ${s.killed} people were killed when fighters of the ${grp} attacked a ${s.target} in ${place} on ${weekday}, officials in ${st.name} said.`,
    `"${QUOTES[s.town % QUOTES.length]!(grp, s.target, place)}," ${pickTitle(s.claimer)} ${claimer.name} told reporters. ${claimer.sur} said the ${grp} had planned the raid on ${place} since ${MONTHS[s.day % 12]} with help from ${town(s.town + 1)}.`,
    `A spokesman for the ${grp}, ${denier.name}, denied the reports, saying the group had no fighters in ${place}.`,
  ];
  const town2 = town(d.newTowns.shift() ?? d.zipf(pool.towns(d.i + 1)));
  const body2 = org(d.newBodies.shift() ?? d.zipf(pool.bodies(d.i + 1)));
  let k = 0;
  while (paras.join('\n\n').length < 3000 + d.int(1500)) {
    const a = person(d.drawPerson());
    const b = person(d.drawPerson());
    const other = STATES[d.zipf(STATES.length)]!;
    const lines = [
      `${pickTitle(d.i + k)} ${a.name} met with ${b.name} in ${town2} on ${WEEKDAYS[(s.day + k) % 7]} to discuss ${d.pick(TOPICS)}, the ${body2} said in a statement.`,
      `Citing sources close to the ${body2}, ${d.pick(OUTLETS)} reported that ${other.name} had offered to mediate between ${a.name} and ${b.name}.`,
      `A senior ${other.demonym} official, who spoke on condition of anonymity, said the talks between ${a.name} and ${b.name} on ${s.topic} were "close to collapse."`,
      `${a.name} accused ${b.name} of blocking an agreement on ${d.pick(TOPICS)}, a charge ${b.sur} rejected.`,
      `The region has seen repeated fighting since ${2010 + d.int(12)}, when a dispute over ${d.pick(TOPICS)} drove thousands of families from their homes around ${town2} and ${place}.`,
      `Shops in ${place} stayed closed, and convoys carrying food had not reached the ${d.pick(TARGETS)} for ${2 + d.int(9)} days.`,
      `A ceasefire around ${town2} brokered by ${other.name} in ${2015 + d.int(8)} has largely collapsed.`,
    ];
    paras.push(lines[k % lines.length]!);
    k++;
  }
  return { title, body: `${title}\n${paras.join('\n\n')}\n` };
}

function pickTitle(k: number): string {
  return TITLES[k % TITLES.length]!;
}

async function main(): Promise<void> {
  const n = Number(arg('articles', '1000'));
  const out = createWriteStream(arg('out', `/tmp/corpus-${n}.jsonl`));
  let bytes = 0;
  for (const r of corpus(n, Number(arg('seed', '11')))) {
    const line = `${JSON.stringify(r)}\n`;
    bytes += r.text.length;
    if (!out.write(line)) await new Promise((ok) => out.once('drain', ok));
  }
  await new Promise((ok) => out.end(ok));
  console.log(`${n} articles, ${(bytes / n / 1024).toFixed(1)} KB of text each on average`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
