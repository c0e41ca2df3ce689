// The owner a body's mention names (ingest/actors/owner-mentions.ts): "China's foreign ministry" mentions China too.
import { describe, expect, it } from 'vitest';

import type { Actor } from '../../graph/schema.ts';
import { nestOwnerMentions } from '../../ingest/actors/owner-mentions.ts';

const actor = (id: string, name: string, kind: Actor['kind'], text: string, forms: string[], affiliation?: string) => ({
  id,
  name,
  kind,
  aliases: [],
  anonymous: false,
  affiliation: affiliation ?? null,
  mentions: forms.map((f) => {
    const at = text.indexOf(f);
    expect(at).toBeGreaterThanOrEqual(0);
    return [at, at + f.length] as [number, number];
  }),
});

/** The written forms of an actor's mentions after nesting. */
function formsOf(text: string, actors: Actor[], id: string): string[] {
  return nestOwnerMentions(actors, text)
    .find((a) => a.id === id)!
    .mentions.map(([s, e]) => text.slice(s, e));
}

describe("the owner a body's mention opens with", () => {
  it('is mentioned there by name, possessive or demonym, or initials with points', () => {
    const text =
      "Beijing protested. China's foreign ministry said so, the Chinese defence ministry agreed, and a U.S. " +
      'State Department spokesperson in Washington disagreed.';
    const actors = [
      actor('china', 'China', 'state', text, ['Beijing']),
      actor(
        'china-foreign-ministry',
        'Chinese Foreign Ministry',
        'organization',
        text,
        ["China's foreign ministry"],
        'china',
      ),
      actor(
        'china-defense-ministry',
        'Chinese Defense Ministry',
        'organization',
        text,
        ['Chinese defence ministry'],
        'china',
      ),
      actor('united-states', 'United States', 'state', text, ['Washington']),
      actor(
        'us-state-department',
        'US State Department',
        'organization',
        text,
        ['U.S. State Department'],
        'united-states',
      ),
    ];
    expect(formsOf(text, actors, 'china')).toEqual(['Beijing', 'China', 'Chinese']);
    expect(formsOf(text, actors, 'united-states')).toEqual(['U.S.', 'Washington']);
    expect(formsOf(text, actors, 'china-foreign-ministry')).toEqual(["China's foreign ministry"]);
  });

  it('is mentioned after the last "of" of the name', () => {
    const text = 'Dushanbe said the Border Troops of Tajikistan had returned fire.';
    const actors = [
      actor('tajikistan', 'Tajikistan', 'state', text, ['Dushanbe']),
      actor(
        'tj-border',
        'Border Troops of Tajikistan',
        'organization',
        text,
        ['Border Troops of Tajikistan'],
        'tajikistan',
      ),
    ];
    expect(formsOf(text, actors, 'tajikistan')).toEqual(['Dushanbe', 'Tajikistan']);
  });

  it('brings in no owner the article does not have, and leaves people and unowned bodies alone', () => {
    const text =
      "Kenya's police said so. The Syrian Observatory for Human Rights and Syria's envoy Bashar Jaafari agreed.";
    const actors = [
      actor('kenya-police', 'National Police Service', 'organization', text, ["Kenya's police"], 'kenya'),
      actor('syria', 'Syria', 'state', text, []),
      actor('sohr', 'Syrian Observatory for Human Rights', 'organization', text, [
        'Syrian Observatory for Human Rights',
      ]),
      actor('bashar-jaafari', 'Bashar Jaafari', 'person', text, ["Syria's envoy Bashar Jaafari"], 'syria'),
    ];
    const out = nestOwnerMentions(actors, text);
    expect(out.map((a) => a.id)).toEqual(actors.map((a) => a.id));
    expect(out.find((a) => a.id === 'syria')!.mentions).toEqual([]);
  });

  it('adds no second mention where the owner already has one', () => {
    const text = "China's foreign ministry said so.";
    const at = text.indexOf('China');
    const actors = [
      { ...actor('china', 'China', 'state', text, []), mentions: [[at, at + 5]] as [number, number][] },
      actor(
        'china-foreign-ministry',
        'Chinese Foreign Ministry',
        'organization',
        text,
        ["China's foreign ministry"],
        'china',
      ),
    ];
    expect(formsOf(text, actors, 'china')).toEqual(['China']);
  });
});
