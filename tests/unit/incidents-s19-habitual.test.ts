// Session 19: "The group has carried out repeated raids in Togo's Savanes region since 2021" was kept as an incident
// at Savanes, and another outlet's report of the week's attack in that region met it instead of the attack itself. A
// plural event noun after an adjective of frequency tells a pattern, not a happening. Texts are invented, in the style
// of wire copy.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const places = (text: string) => extract({ source: 'h.txt', text }).incidents.map((i) => i.place);

describe('a pattern of attacks', () => {
  it('is no incident', () => {
    expect(
      places(
        'BAMAKO, June 20 (Reuters) - Suspected Islamist militants attacked an army post in the Kayes region on ' +
          'Thursday, killing eight soldiers, two security sources said.\n\nThe group, which operates mainly in Mali ' +
          "and Burkina Faso, has carried out repeated raids in Mali's Mopti region since 2021.",
      ),
    ).toEqual(['Kayes']);
  });

  it('leaves a single raid told with a frequency word elsewhere', () => {
    expect(
      places(
        'OUAGADOUGOU, April 2 (Reuters) - In a repeated pattern, gunmen raided the village of Bourzanga on Tuesday, ' +
          'killing six people, residents said.',
      ),
    ).toEqual(['Bourzanga']);
  });
});
