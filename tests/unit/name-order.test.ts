// Unit tests for the order a name is written in by its home press (Japanese, Hungarian: family name first) and for
// lineage honorifics South Asian copy writes before some names only (graph/name-order.ts via graph/names.ts).
import { describe, expect, it } from 'vitest';

import { homeFamilyFirst, withoutLineage } from '../../graph/name-order.ts';
import { personKey } from '../../graph/names.ts';

const none = () => false;

describe('home press order', () => {
  it('keys a Japanese or Hungarian name written family name first as English copy writes it', () => {
    expect(personKey('Ishikawa Yoko')).toBe(personKey('Yoko Ishikawa'));
    expect(personKey('Nakamura Hideki')).toBe(personKey('Hideki Nakamura'));
    expect(personKey('Tóth Ildikó')).toBe(personKey('Ildiko Toth'));
    expect(personKey('Varga Mihály')).toBe(personKey('Mihály Varga'));
  });

  it('keeps two people whose names differ only in the given name apart', () => {
    expect(personKey('Ishikawa Yoko')).not.toBe(personKey('Ishikawa Kenji'));
    expect(personKey('Toth Ildiko')).not.toBe(personKey('Ildiko Varga'));
  });

  it('never swaps a name the lists do not know both words of', () => {
    // Kerala and Tamil names: a man and his father's given name, two different men.
    expect(personKey('Thomas Kurian')).not.toBe(personKey('Kurian Thomas'));
    expect(personKey('Ganesan Ramasamy')).not.toBe(personKey('Ramasamy Ganesan'));
    // A Western name written given name first stays as written; a family name before a known given name is read so.
    expect(personKey('Maria Honda')).toBe('maria honda');
    expect(personKey('Tamaki Denny')).toBe(personKey('Denny Tamaki'));
  });

  it('leaves a name whose first word is a given name too, or whose second is a family name too', () => {
    expect(homeFamilyFirst(['simon', 'laszlo'], none)).toBe(false);
    expect(homeFamilyFirst(['kiss', 'laszlo'], none)).toBe(true);
    expect(homeFamilyFirst(['laszlo', 'kiss'], none)).toBe(false);
    expect(homeFamilyFirst(['kiss', 'laszlo'], (w) => w === 'kiss')).toBe(false);
    expect(homeFamilyFirst(['sato', 'kiss'], none)).toBe(false);
    expect(homeFamilyFirst(['sato', 'yuki', 'mori'], none)).toBe(false);
  });

  it('leaves Korean and Chinese names in their written order', () => {
    expect(personKey('Lee Jae-myung')).toBe('lee jae myung');
    expect(personKey('Wang Yi')).toBe('wang yi');
  });
});

describe('Dayak patronymic names and Sarawak chiefs', () => {
  it('reads "anak" as a patronymic particle and drops a headman\'s title', () => {
    expect(personKey('Tuai Rumah Jalong anak Ngelai')).toBe(personKey('Jalong Ngelai'));
    expect(personKey('Penghulu Ugek anak Lias')).toBe(personKey('Ugek Lias'));
  });

  it('keeps a son apart from his father', () => {
    expect(personKey('Jalong anak Ngelai')).not.toBe(personKey('Ngelai anak Jalong'));
  });
});

describe('lineage honorifics', () => {
  it('drops Syed, Makhdoom or Pir before two name words', () => {
    expect(personKey('Syed Murad Ali Shah')).toBe(personKey('Murad Ali Shah'));
    expect(personKey('Makhdoom Javed Hashmi')).toBe(personKey('Javed Hashmi'));
    expect(withoutLineage(['sayyid', 'hassan', 'nasrallah'])).toEqual(['hassan', 'nasrallah']);
  });

  it('keeps it where it stands for the given name', () => {
    expect(personKey('Syed Ahmed')).toBe('syed ahmed');
    expect(withoutLineage(['syed', 'ahmed'])).toEqual(['syed', 'ahmed']);
  });

  it('keeps two men of one family name apart', () => {
    expect(personKey('Syed Murad Ali Shah')).not.toBe(personKey('Syed Qaim Ali Shah'));
  });
});
