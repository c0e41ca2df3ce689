// gazetteer.ts and demonyms.ts: known states and bodies by name, alias, metonym and demonym phrase.
import { describe, expect, it } from 'vitest';

import { headAfter } from '../../../ingest/actors/demonyms.ts';
import { gazItem } from '../../../ingest/actors/gazetteer.ts';
import { sentence } from './helpers.ts';

/** Runs the gazetteer recogniser over every gazetteer item of the sentence; returns the actors' ids. */
function gazetteer(text: string): string[] {
  const { v, items, sc } = sentence(text);
  items.forEach((it, x) => {
    if (it.type === 'gaz') gazItem(sc, v, it, items, x);
  });
  return sc.reg
    .all()
    .map((d) => d.id)
    .sort();
}

describe('gazetteer recogniser', () => {
  it('reads a demonym and its head as the state or one of its bodies', () => {
    expect(gazetteer('The Ethiopian government said Eritrean troops had left.\n')).toEqual([
      'eritrea',
      'eritrea-military',
      'ethiopia',
    ]);
  });

  it('takes a capital as the government only when it acts', () => {
    expect(gazetteer('Beijing rejected the report.\n')).toEqual(['china']);
    expect(gazetteer('The delegation arrived in Beijing.\n')).toEqual([]);
  });

  it("reads another state's alias of a generic body as that state's body", () => {
    expect(gazetteer("Kenya's Supreme Court annulled the vote.\n")).toEqual(['kenya', 'kenya-supreme-court']);
  });

  it('finds no state inside the name of a war or of a people', () => {
    expect(gazetteer('Veterans of the Iraq War marched in Cardiff.\n')).toEqual([]);
    expect(gazetteer('Turnout among Filipino-Americans and Korean Americans rose in Los Angeles.\n')).toEqual([]);
  });

  it('reads Georgia as the US state beside other US states or before a title, else as the country', () => {
    expect(gazetteer('Turnout rose in Arizona, Nevada and Georgia on Tuesday.\n')).toEqual([]);
    expect(gazetteer('The former Georgia Gov. Ray Holt endorsed her.\n')).toEqual([]);
    expect(gazetteer('Georgia recalled its ambassador.\n')).toEqual(['georgia']);
  });

  it('finds the head of a demonym phrase past its modifiers', () => {
    const { v } = sentence('Ukrainian special forces crossed the river.\n');
    expect(headAfter(v, 1)?.[0]).toBe('military');
  });
});
