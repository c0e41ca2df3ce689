// A synthetic news corpus for the viewer benchmark's actor view: N articles by Zipf-distributed outlets and
// speakers (a few are everywhere, most rare), claims about other actors, denials and confirmations, relay
// chains through outlets and anonymous sources, and interactions between actors, over ten years of dates.
// In: the number of articles. Out: ArticleInputs for GraphStore.loadArticle (validated extractions).
import { type ArticleInput, articleIdFor } from '../graph/model.ts';
import { Extraction, type ExtractionInput } from '../graph/schema.ts';
import { mulberry32 } from './rng.ts';

interface Actor {
  id: string;
  name: string;
  kind: 'person' | 'state' | 'organization' | 'group' | 'outlet';
  anonymous: boolean;
}

export function* newsArticles(n: number, seed = 7): Generator<ArticleInput> {
  const rand = mulberry32(seed);
  const int = (k: number) => Math.floor(rand() * k);
  const zipf = (k: number) => Math.min(k - 1, Math.floor(Math.exp(rand() * Math.log(k + 1))) - 1);
  const actors: Actor[] = [];
  const add = (k: number, kind: Actor['kind'], prefix: string, anonymous = false) => {
    for (let i = 0; i < k; i++) actors.push({ id: `${prefix}-${i}`, name: `${prefix} ${i}`, kind, anonymous });
  };
  add(3000, 'person', 'Person');
  add(150, 'state', 'State');
  add(600, 'organization', 'Org');
  add(150, 'group', 'Group');
  add(100, 'group', 'Sources', true);
  add(150, 'outlet', 'Outlet');
  const speakers = actors.filter((a) => a.kind !== 'outlet');
  const outlets = actors.filter((a) => a.kind === 'outlet');
  const relays = [...outlets, ...actors.filter((a) => a.anonymous)];
  const TYPES = ['attacked', 'met_with', 'warned', 'accused', 'supports'] as const;

  for (let i = 0; i < n; i++) {
    const outlet = outlets[zipf(outlets.length)]!;
    const date = `${2015 + int(10)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
    const lines: string[] = [`Report ${i} from ${outlet.name}`];
    let offset = lines[0]!.length + 1;
    const used = new Map<string, Actor>([[outlet.id, outlet]]);
    const claims: ExtractionInput['claims'] = [];
    const relations: ExtractionInput['relations'] = [];
    const nClaims = 3 + int(4);
    for (let c = 0; c < nClaims; c++) {
      const speaker = speakers[zipf(speakers.length)]!;
      const target = speakers[zipf(speakers.length)]!;
      const via = rand() < 0.3 ? [relays[int(relays.length)]!].filter((v) => v.id !== speaker.id) : [];
      const cue = rand() < 0.15 ? 'denied' : rand() < 0.1 ? 'confirmed' : 'said';
      const content = `${target.name} acted in case ${i}-${c}`;
      const line = `${speaker.name} ${cue} that ${content}.`;
      const at = (s: string): [number, number] => [offset + line.indexOf(s), offset + line.indexOf(s) + s.length];
      for (const a of [speaker, target, ...via]) used.set(a.id, a);
      claims.push({
        id: `c${c}`,
        speaker: speaker.id,
        stance: cue === 'denied' ? 'denies' : cue === 'confirmed' ? 'confirms' : 'claims',
        text: content,
        via: via.map((v) => v.id),
        about: target.id === speaker.id ? [] : [target.id],
        evidence: { cue: at(cue), source: at(speaker.name), content: at(content) },
      });
      if (rand() < 0.2 && target.id !== speaker.id)
        relations.push({
          type: TYPES[int(TYPES.length)]!,
          source: speaker.id,
          target: target.id,
          evidence: { span: at(content) },
        });
      lines.push(line);
      offset += line.length + 1;
    }
    const text = lines.join('\n');
    const extraction = Extraction.parse({
      article: {
        id: articleIdFor(text),
        source: `bench/${i}.txt`,
        title: lines[0],
        publishedAt: date,
        outlet: outlet.id,
      },
      actors: [...used.values()].map((a) => ({ ...a, aliases: [], mentions: [] })),
      claims,
      relations,
    });
    yield { extraction, text, ingestedAt: '2024-01-01T00:00:00Z' };
  }
}
