// A claim that points back at an incident already told ("the ambush bore the hallmarks of ...", "This was the work
// of ...") tells that incident (ingest/events/index.ts), so two outlets' accusations about one strike meet through
// it across articles (graph/claims/decide.ts); a claim about something else tells none.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const TEXT =
  'MOSUL, Iraq, Oct 14, 2019 (AP) - A roadside bomb struck a police patrol near the village of Badush on Monday, ' +
  'killing four officers, police said.\n\n' +
  'A provincial police commander said the ambush bore the hallmarks of Islamic State cells hiding in the desert.\n\n' +
  'In a separate incident on Sunday, gunmen killed two shepherds near Sinjar, officials said.\n\n' +
  '"This was the work of the same cell," the commander said of the Sinjar killings.\n\n' +
  'The governor said the province would reopen schools next week.\n';

describe('claims pointing back at an incident', () => {
  const x = extract({ source: 'wire.txt', text: TEXT });
  const incidentOf = (start: string) => {
    const c = x.claims.find((k) => k.text.startsWith(start));
    expect(c, start).toBeDefined();
    return c!.about.filter((id) => x.incidents.some((i) => i.id === id));
  };

  it('tell the incident told last before them', () => {
    const badush = x.incidents.find((i) => i.place === 'Badush');
    const sinjar = x.incidents.find((i) => i.place === 'Sinjar');
    expect(badush && sinjar).toBeTruthy();
    expect(incidentOf('the ambush bore')).toEqual([badush!.id]);
    expect(incidentOf('This was the work')).toEqual([sinjar!.id]);
  });

  it('while a claim about something else tells none', () => {
    expect(incidentOf('the province would reopen')).toEqual([]);
  });
});

describe('a denial that gives its verdict', () => {
  it('answers the accusation told just before it ("rejected the accusation as baseless")', () => {
    const text =
      "ISLAMABAD, Sept 19, 2016 (Reuters) - India's interior minister blamed Pakistan, saying the gunmen had crossed " +
      "the Line of Control days before the raid. Pakistan's Foreign Office rejected the accusation as baseless and " +
      'politically motivated.\n';
    const x = extract({ source: 'wire.txt', text });
    const denial = x.claims.find((c) => c.stance === 'denies');
    const accusation = x.claims.find((c) => c.stance === 'claims' && /crossed/.test(c.text));
    expect(denial && accusation).toBeTruthy();
    expect(denial!.answers).toBe(accusation!.id);
  });
});

describe('"the government said"', () => {
  const speakers = (text: string) => extract({ source: 'wire.txt', text }).claims.map((c) => c.speaker);
  it('is the state the article is about when no body of that name was named', () => {
    expect(
      speakers(
        'KATHMANDU, May 2 (Reuters) - Nepal appealed for aid after floods killed 40 people. The government said relief flights ' +
          'would resume on Friday.\n',
      ),
    ).toEqual(['nepal']);
    // With no state named there is nothing to resolve it to.
    expect(speakers('Rebels attacked a town. The government said talks would resume.\n')).not.toContain('nepal');
  });
});

describe('"the army said"', () => {
  it('is never a defence ministry named before', () => {
    const text =
      'BAMAKO, June 3, 2024 (Reuters) - Russian instructors have trained Malian troops since 2021 under the Africa ' +
      'Corps, a force run by the Russian Defence Ministry.\n\nSeparately, the army said gunmen killed three herders ' +
      'near Niono on Wednesday.\n';
    const speakers = extract({ source: 'wire.txt', text }).claims.map((c) => c.speaker);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers).not.toContain('russia-defense-ministry');
  });
});
