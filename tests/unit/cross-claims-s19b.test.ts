// Claim identity classes of the s19 second round, on wire sentences of our own: a verdict on a figure ("the number
// they give is propaganda", "told AFP the toll was inflated", "dismissed that figure") is a denial, and it answers
// the claim before it that gives a toll, not whatever claim came last ("the fighters had withdrawn with the spoils").
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const claimsOf = (text: string) => extract({ source: 'wire.txt', text }).claims;

const STORY =
  'BAMAKO, June 4, 2025 (AFP) - Jihadists attacked a Malian army camp near Boulkessi on Tuesday, the army said.\n\n' +
  'The Group for the Support of Islam and Muslims (JNIM) said in a statement that its fighters had killed 40 ' +
  'soldiers. A JNIM commander, Abu Hafs, said the fighters had taken three armoured vehicles.\n\n';

describe('a verdict on a figure', () => {
  it('is a denial answering the toll, in a quote', () => {
    const claims = claimsOf(
      STORY +
        '"The number they are giving is pure propaganda. The camp is under our control," army spokesman Souleymane Dembele told AFP.\n',
    );
    const denial = claims.find((c) => /propaganda/.test(c.text));
    expect(denial?.stance).toBe('denies');
    const toll = claims.find((c) => /had killed 40 soldiers/.test(c.text));
    expect(toll).toBeDefined();
    expect(denial?.answers).toBe(toll!.id);
  });

  it('is a denial answering the toll, in reported speech', () => {
    const claims = claimsOf(
      STORY +
        'Army spokesman Souleymane Dembele told Reuters the toll was inflated and that the camp had been retaken.\n',
    );
    const denial = claims.find((c) => /inflated/.test(c.text));
    expect(denial?.stance).toBe('denies');
    expect(denial?.answers).toBe(claims.find((c) => /had killed 40 soldiers/.test(c.text))?.id);
  });

  it('leaves a figure nobody calls untrue a claim', () => {
    const claims = claimsOf(STORY + 'Army spokesman Souleymane Dembele said the number of wounded was high.\n');
    expect(claims.find((c) => /wounded was high/.test(c.text))?.stance).toBe('claims');
  });
});
