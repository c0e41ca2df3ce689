// Session 22: a headline opening with the place's name before the event noun ("Dioura attack: survivors tell ...",
// "Kabul blast kills 10") places the event there, as "the Erbil strike" does inside a sentence; a party, a demonym or a
// word capitalised only where it opens a sentence ("Gunmen attack ...") does not. Texts are invented, in the style of wire headlines.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const places = (text: string) => extract({ source: 'h.txt', text }).incidents.map((i) => i.place);

describe('a name opening a headline before an event noun', () => {
  it('is where the event was', () => {
    expect(
      places(
        'Kasanga attack: families bury their dead\n\nResidents of Kasanga were burying their dead on Monday after an attack ' +
          'that killed nine people on Sunday night, a local chief said.',
      ),
    ).toEqual(['Kasanga']);
  });

  it('is where a blast was when the headline tells its toll', () => {
    expect(
      places(
        'Jalalabad blast kills four\n\nA bomb hidden in a cart exploded near a bus stand on Tuesday, police in Jalalabad said.',
      ),
    ).toContain('Jalalabad');
  });

  it('is no place when it names the party', () => {
    expect(
      places(
        'Hezbollah attack wounds two soldiers\n\nHezbollah fired an anti-tank missile at an Israeli army post on ' +
          'Monday, wounding two soldiers, the military said.',
      ),
    ).not.toContain('Hezbollah');
  });

  it('is no place when a common noun opens the sentence', () => {
    expect(
      places(
        'Gunmen attack a village in Zamfara\n\nGunmen killed six villagers in Zamfara state on Friday, police said.',
      ),
    ).not.toContain('Gunmen');
  });

  it('is no place when the word is capitalised only after a dateline', () => {
    const x = extract({
      source: 'g.txt',
      text:
        'Gunmen attack prison in Ecuador, kill two guards\n\nGUAYAQUIL, Ecuador, March 12 (Reuters) - Gunmen armed ' +
        'with rifles attacked a prison in the port city of Guayaquil on Tuesday, killing two guards.',
    });
    expect(x.incidents.flatMap((i) => [i.place, ...(i.areas ?? [])])).not.toContain('Gunmen');
  });
});
