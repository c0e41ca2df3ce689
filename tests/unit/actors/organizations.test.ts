// organizations.ts: chains with an organization word become bodies, a state's when the state owns them.
import { describe, expect, it } from 'vitest';

import { organizationAt } from '../../../ingest/actors/organizations.ts';
import type { Item } from '../../../ingest/actors/view.ts';
import { sentence } from './helpers.ts';

/** Runs the organization recogniser from each item in turn; returns the bodies as "name → affiliation". */
function bodies(text: string): string[] {
  const { v, items, sc } = sentence(text);
  const used = new Set<Item>();
  items.forEach((it, x) => {
    if (!used.has(it)) organizationAt(sc, v, items, x, used);
  });
  return sc.reg
    .all()
    .filter((d) => d.kind === 'organization')
    .map((d) => `${d.name} → ${d.affiliation}`);
}

describe('organizationAt', () => {
  it("makes a state's ministry of a state and a ministry word", () => {
    expect(bodies("Chile's Foreign Ministry summoned the envoy.\n")).toEqual(['Chilean Foreign Ministry → chile']);
  });

  it('affiliates a body with the state that opens or ends its name, not with one it is about', () => {
    expect(bodies('The Russian Center for Maritime Studies hosted officials from the Bank of Ghana.\n')).toEqual([
      'Russian Center for Maritime Studies → russia',
      'Bank of Ghana → ghana',
    ]);
    expect(bodies('A fellow at the Institute for Kenyan Affairs said so.\n')).toEqual([
      'Institute for Kenyan Affairs → null',
    ]);
  });
});
