// Armenian family names romanized with "y" or "i" ("Harutyunyan" / "Harutiunian", as Armenpress and Azatutyun write
// them) key one person; the surname-variants list still decides the names it holds, and other names stay apart.
import { describe, expect, it } from 'vitest';

import { personKey } from '../../graph/names.ts';

describe('person keys: Armenian -yan / -ian family names', () => {
  it('reads "y" and "i" alike in an Armenian family name', () => {
    expect(personKey('Lilit Harutyunyan')).toBe(personKey('Lilit Harutiunian'));
    expect(personKey('Hakob Gevorgyan')).toBe(personKey('Hakob Gevorgian'));
    expect(personKey('Ararat Mirzoyan')).toBe(personKey('Ararat Mirzoian'));
    expect(personKey('Nikol Pashinian')).toBe('nikol pashinyan');
  });

  it('keeps other names and other consonants apart', () => {
    expect(personKey('William Bryan')).not.toBe(personKey('William Brian'));
    expect(personKey('Hakob Gevorgyan')).not.toBe(personKey('Hakob Grigoryan'));
    expect(personKey('Serzh Sargsyan')).not.toBe(personKey('Serzh Sarkisian'));
    expect(personKey('Lilit Harutyunyan')).not.toBe(personKey('Anna Harutyunyan'));
  });
});
