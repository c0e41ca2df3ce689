// descriptions.ts: "pro-X forces" as groups; "the ministry", "the newspaper" resolved to bodies named elsewhere.
import { describe, expect, it } from 'vitest';

import { findActors } from '../../../ingest/actors/index.ts';
import { describe as describeSentence } from '../../../ingest/actors/descriptions.ts';
import { clean } from '../../../ingest/clean/index.ts';
import { analyze } from '../../../ingest/nlp/index.ts';
import { sentence } from './helpers.ts';

function actors(text: string) {
  const c = clean({ source: 't', text });
  return findActors(analyze(c), c).actors;
}

describe('descriptions', () => {
  it('finds pro-X groups and queues body anaphors and outlet descriptors', () => {
    const { v, sc } = sentence(
      'Clashes between pro-Hadi forces and pro-government militias ended, the ministry and the Yemeni newspaper said.\n',
    );
    describeSentence(sc, v);
    expect(sc.reg.all().map((d) => d.name)).toEqual(['pro-Hadi forces']);
    expect(sc.reg.all()[0]!.mentions).toHaveLength(2); // the generic "pro-government militias" is the same group
    expect(sc.bodyAnaphors.map((d) => d.head)).toEqual(['ministry']);
    expect(sc.outletDescriptors.map((d) => d.surface)).toEqual(['Yemeni newspaper']);
  });

  it('resolves "the ministry" and "the newspaper" to the body and outlet named before', () => {
    const found = actors(
      'The Bolivian Health Ministry reported 40 new cases, the Santa Cruz Herald said. The ministry urged calm, the newspaper added.\n',
    );
    const ministry = found.find((a) => a.id === 'bolivia-health-ministry')!;
    expect(ministry.mentions).toHaveLength(2);
    expect(found.find((a) => a.name === 'Santa Cruz Herald')?.mentions).toHaveLength(2);
  });

  it('reads a diocese as a body and "the diocese" as the one named before', () => {
    const found = actors(
      'PEMBA, Mozambique (Lusa) - The Catholic Diocese of Pemba, which runs two missions in the district, gave a ' +
        'higher toll. In a note to reporters, the diocese said 14 people had been killed.\n',
    );
    const diocese = found.find((a) => a.name === 'Diocese of Pemba');
    expect(diocese?.kind).toBe('organization');
  });
});
