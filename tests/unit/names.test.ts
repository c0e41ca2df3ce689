import { describe, expect, it } from 'vitest';

import { bodyWordKey, foldToAscii, nameWordKey, normalizeName, slugify } from '../../graph/names.ts';

describe('names', () => {
  it('folds every script to ASCII', () => {
    expect(foldToAscii('Recep Tayyip Erdoğan')).toBe('Recep Tayyip Erdogan');
    expect(foldToAscii('Lech Wałęsa')).toBe('Lech Walesa');
    expect(foldToAscii('Сергей Лавров')).toBe('Sergey Lavrov');
  });

  it('normalises names for comparison', () => {
    expect(normalizeName('The Kremlin')).toBe('kremlin');
    expect(normalizeName('Viktor ORBÁN')).toBe(normalizeName('viktor orban'));
    expect(normalizeName("Sinn Féin's")).toBe('sinn feins');
  });

  it('slugs ids that are never empty', () => {
    expect(slugify('Søren Kierkegaard')).toBe('soren-kierkegaard');
    expect(slugify('Straße des 17. Juni')).toBe('strasse-des-17-juni');
    expect(slugify('習近平')).toBe('xijinping');
    const symbols = slugify('★★★');
    expect(symbols).toMatch(/^x-[0-9a-f]{10}$/);
    expect(slugify('☆☆☆')).not.toBe(symbols);
  });

  it("reads a body's name word through one table: connector, British spelling, romanization, else itself", () => {
    expect(bodyWordKey('i')).toBe('e'); // "Tehreek-i-Insaf" = "Tehreek-e-Insaf"
    expect(bodyWordKey('ul')).toBe('al');
    expect(bodyWordKey('defense')).toBe('defence');
    expect(bodyWordKey('center')).toBe('centre');
    expect(bodyWordKey('muhammad')).toBe(nameWordKey('muhammad'));
    expect(bodyWordKey('muhammad')).toBe(bodyWordKey('mohammed'));
    expect(bodyWordKey('ministry')).toBe('ministry');
  });
});
