// Session 19: two ways the place of a strike told right after its trigger was lost. A bare verb form inside a noun
// phrase ("a Hezbollah launch site near Kfar Kila") was read as a new clause, and "from" before arms ("opened fire from
// small arms and mortars on the Ak-Sai border post") as where the shots came from. Texts are invented, in the style of
// wire copy.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const places = (text: string) => extract({ source: 'p.txt', text }).incidents.map((i) => i.place);

describe('the place after a strike', () => {
  it('is read past a noun modifier the tagger takes for a verb', () => {
    expect(
      places(
        'JERUSALEM, March 3 (Reuters) - Israeli fighter jets struck a Hezbollah launch site near Yaroun on ' +
          'Sunday, the military said.',
      ),
    ).toEqual(['Yaroun']);
  });

  it('is read past the arms the shots were fired from', () => {
    expect(
      places(
        'DUSHANBE (Asia-Plus) - Kyrgyz border guards opened fire from heavy machine guns on the Vorukh border post ' +
          'on May 2, killing a Tajik guard, the border service said.',
      ),
    ).toEqual(['Vorukh']);
  });

  it('is not where a vehicle the shots came from stood', () => {
    expect(
      places(
        'MOSUL, Iraq (AP) - Gunmen fired from a pickup truck parked near Bartella at soldiers on Monday, killing two.',
      ),
    ).not.toContain('Bartella');
  });
});
