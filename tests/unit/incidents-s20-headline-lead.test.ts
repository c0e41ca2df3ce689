// Session 20: a headline's incident kept apart from the same incident told in the lead. The lead's first trigger
// named no place ("Armed men killed five villagers ..."), took the headline's incident, and the rest of the sentence,
// placing it in full ("... in a raid on Bamessing village, in Ngoketunjia division"), no longer met a headline's
// incident: two incidents, the headline's at its wider place free to meet another article's older happening there.
// Tested on invented wire copy (places, outlets and people none of the fixtures use).
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const incidents = (text: string) => extract({ source: 'wire.txt', text }).incidents;
const brief = (text: string) => incidents(text).map((i) => [i.kind, i.place, i.killed, i.date]);

const BAMESSING =
  'Cameroon: Separatists kill five in North-West village - army\n\nYaounde, 3 May 2021 (AFP) - Armed separatists ' +
  'killed five civilians and torched a dozen homes in a raid on Friday on Bamessing village, in Ngoketunjia ' +
  'division, the army said on Sunday.\n\nAn army spokesman said the attackers came at night and fled into the bush ' +
  'before troops arrived.\n\nThe North-West and South-West regions have been hit by violence since 2017.';

const TAPODOC =
  'Philippines: Gunmen kill three farmers in Mindanao village, police say\n\nCOTABATO CITY, 14 March 2019 (PNA) - ' +
  'Unidentified gunmen killed three farmers and wounded two others in an ambush on Tuesday in Tapodoc ' +
  'village, in Aleosan town, police said on Wednesday.\n\nThe victims were on their way home from a rice field when ' +
  'the gunmen opened fire, a police officer said.';

describe("a headline's incident told again in the lead", () => {
  it('is one incident when a trigger with no place comes first in the lead sentence', () => {
    expect(brief(BAMESSING)).toEqual([['attack', 'Bamessing', 5, '2021-04-30']]);
    expect(brief(TAPODOC)).toEqual([['attack', 'Tapodoc', 3, '2019-03-12']]);
  });

  it("keeps the headline's wider place among the incident's areas", () => {
    const [only] = incidents(BAMESSING);
    expect(only?.areas ?? []).toContain('North-West');
  });

  it('is still kept apart from a happening the lead dates at a measured time before it', () => {
    const found = brief(
      BAMESSING.replace(
        'in a raid on Friday on Bamessing village, in Ngoketunjia division,',
        'on Friday, two days after a roadside bomb hit an army truck near Ndop,',
      ),
    );
    expect(found.length).toBeGreaterThan(1);
  });
});
