// Session 19: "The group has carried out repeated raids in Togo's Savanes region since 2021" was kept as an incident
// at Savanes, and another outlet's report of the week's attack in that region met it instead of the attack itself. A
// plural event noun after an adjective of frequency tells a pattern, not a happening. Texts are invented, in the style
// of wire copy. Armed men killing soldiers ("Gunmen killed twelve soldiers at a checkpoint") were read as the toll of a
// fight, no incident: soldiers killed are whom an attack hit.
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

describe('armed men killing soldiers', () => {
  it('is an attack on them, not the toll of a fight', () => {
    expect(
      places(
        'NIAMEY, Oct 3 (AFP) - Gunmen on motorbikes killed twelve soldiers at a checkpoint near Tera on Monday, ' +
          'the defence ministry said.',
      ),
    ).toEqual(['Tera']);
  });

  it('while soldiers killing the attackers stays the toll of the attack told before', () => {
    expect(
      places(
        'NIAMEY, Oct 3 (AFP) - Gunmen attacked a checkpoint near Tera on Monday. Soldiers killed four of the ' +
          'attackers in the fighting, the defence ministry said.',
      ),
    ).toEqual(['Tera']);
  });
});
