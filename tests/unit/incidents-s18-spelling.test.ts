// Session 18: one village spelled two ways whose sound is too short to tell places apart ("Tassia" / "Tasia", "Kawuri"
// / "Kauwri") never met: a doubled letter, a space or a swapped pair of letters is the same name, not a name that
// merely sounds alike. Texts are invented, in the style of wire copy from places and outlets none of the fixtures use.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempArticles } from './temp-articles.ts';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { placeKey } from '../../graph/incidents/key.ts';
import { type StoredIncident, matchIncident } from '../../graph/incidents/match.ts';
import { oneEditOrSwap, spelledAlike } from '../../graph/incidents/spelling.ts';
import { ingest } from '../../graph/load.ts';
import { reportedPlaces } from './stored-incidents.ts';

const { dir, write } = tempArticles('kg-s18s-');

const alike = (a: string, b: string) => spelledAlike(placeKey(a), placeKey(b));

describe('one name spelled two ways', () => {
  it('is the same letters without spaces, hyphens, accents or doubled letters', () => {
    expect(alike('Ba Cho', 'Bacho')).toBe(true);
    expect(alike('Nassoro', 'Nasoro')).toBe(true);
    expect(alike('Canapé-Vert', 'Canape Vert')).toBe(true);
  });

  it('is, in a longer name, one letter changed or two swapped with the same sound', () => {
    expect(alike('Tawila', 'Tauila')).toBe(true);
    expect(alike('Kawuri', 'Kauwri')).toBe(true);
    expect(oneEditOrSwap('kawuri', 'kauwri')).toBe(true);
    expect(oneEditOrSwap('kawuri', 'kuwari')).toBe(false);
  });

  it('is not two towns a letter apart that sound otherwise, nor short names a letter apart', () => {
    expect(alike('Bama', 'Baga')).toBe(false);
    expect(alike('Tera', 'Tara')).toBe(false);
    expect(alike('Tawila', 'Tabila')).toBe(false);
    expect(alike('Gaza', 'Giza')).toBe(false);
  });
});

describe('matching a report at a place spelled another way', () => {
  const stored = (over: Partial<StoredIncident>): StoredIncident => ({
    id: 'stored',
    kind: 'attack',
    date: null,
    place: 'Nassoro',
    participants: [],
    reported: [],
    ...over,
  });

  it('meets the lead of copy filed on a day unknown on the weekday it told, as at one spelling', () => {
    const lead = stored({ weekday: 5, unfiledLead: true });
    // 2027-05-14 is a Friday; the report is the first incident of copy filed on a day unknown too.
    const report = { kind: 'attack' as const, date: '2027-05-14', place: 'Nasoro', weekday: undefined };
    expect(matchIncident(report, [], [lead], null, false, null, false, true)?.id).toBe('stored');
    // The same report at another village of that sound is another attack.
    expect(matchIncident({ ...report, place: 'Nsoro' }, [], [lead], null, false, null, false, true)).toBeNull();
  });

  it('meets an earlier attack told in the same month at the place spelled otherwise, not one of another month', () => {
    const earlier = stored({ date: '2024-04', place: 'Tawila' });
    const report = { kind: 'attack' as const, date: '2024-04', place: 'Tauila', weekday: undefined };
    expect(matchIncident(report, [], [earlier], '2025-01-10')?.reason).toContain('same month 2024-04');
    expect(matchIncident({ ...report, date: '2024-06' }, [], [earlier], '2025-01-10')).toBeNull();
  });
});

describe('two copies filed on days unknown, one village spelled two ways', () => {
  it('are one attack; another attack at the village on another weekday is not', async () => {
    const lusa = write(
      'nassoro-lusa.txt',
      'Insurgents kill seven in Cabo Delgado village\n\nPemba (Lusa) - Armed insurgents attacked the village of ' +
        "Nassoro in Mozambique's Cabo Delgado province on Friday, killing seven civilians and burning dozens of " +
        'homes, local sources said.',
    );
    const pinnacle = write(
      'nasoro-pinnacle.txt',
      'Seven civilians killed in Nasoro attack\n\n(Pinnacle News) - Seven civilians were killed when insurgents ' +
        'attacked the village of Nasoro on Friday, 14 May 2027, a district official said.',
    );
    const later = write(
      'nasoro-tuesday.txt',
      'New attack on Nasoro\n\n(Pinnacle News) - Insurgents attacked Nasoro again on Tuesday, killing two ' +
        'fishermen, residents said.',
    );
    const store = new EmbeddedStore(path.join(dir, 'nassoro.db'));
    await ingest([lusa, pinnacle, later], store);
    const nodes = await reportedPlaces(store);
    await store.close();
    expect(nodes.map(([, n]) => n).sort()).toEqual([1, 2]);
  }, 60_000);
});
