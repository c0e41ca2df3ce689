// segment.ts: gazetteer items and capitalized runs of one sentence.
import { describe, expect, it } from 'vitest';

import { segment } from '../../../ingest/actors/segment.ts';
import { emptyView, type Item, type View, viewInto } from '../../../ingest/actors/view.ts';
import { clean } from '../../../ingest/clean/index.ts';
import { analyze } from '../../../ingest/nlp/index.ts';
import { sentence, words } from './helpers.ts';

/** The gazetteer role chosen for `word` in each sentence of `text`, segmented through one reused View. */
function rolesOf(text: string, word: string): string[] {
  const nlp = analyze(clean({ source: 't', text }));
  const view = emptyView(nlp.text);
  return nlp.sentences.map((_, s) => {
    const v: View = viewInto(view, nlp, s, false);
    const it = segment(v).find((x: Item) => x.type === 'gaz' && words(v, x) === word);
    return it?.type === 'gaz' ? it.hit.role : 'none';
  });
}

describe('segment', () => {
  it('finds gazetteer entries and runs, joining runs across name connectors', () => {
    const { v, items } = sentence(
      'Fighters of Liwa al-Fajr met Turkish officials and the Center for Maritime Reconciliation.\n',
    );
    const seen = items.map((it) => `${it.type}:${words(v, it)}`);
    expect(seen).toContain('run:Liwa al-Fajr');
    expect(seen).toContain('gaz:Turkish');
    expect(seen).toContain('run:Center for Maritime Reconciliation');
  });

  it('keeps a capitalized word tagged as a verb inside a name in running text', () => {
    const running = sentence('Attorney General Loretta Lynch spoke on Monday.\n');
    expect(running.v.titleCase).toBe(false);
    expect(running.items.map((it) => words(running.v, it))).toContain('Loretta Lynch');
  });

  it('reads a demonym after a one-word name as a surname when no noun follows it', () => {
    const { v, items } = sentence('"Prices will rise," said Maya French of the Retail Council of Canada.\n');
    expect(items.map((it) => `${it.type}:${words(v, it)}`)).toContain('run:Maya French of the Retail Council');
  });

  it('lets a plural for people continue a name only inside it', () => {
    const { v, items } = sentence('A spokesman for the United Farm Workers of America declined to comment.\n');
    expect(items.map((it) => words(v, it))).toContain('United Farm Workers');
  });

  it('reads an ambiguous name as a place only when its own sentence names another place', () => {
    // The sentence's place names are found once per sentence: what one sentence found must not carry to the next.
    expect(
      rolesOf(
        'Turnout rose in Arizona, Nevada and Georgia on Tuesday.\nGeorgia recalled its ambassador.\n' +
          'Officials in Ohio said Georgia would count again.\nGeorgia and Georgia met.\n',
        'Georgia',
      ),
    ).toEqual(['place', 'name', 'place', 'place']);
  });
});
