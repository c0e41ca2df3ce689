// "UN <Name>" and "U.N. <name>" bodies on wire copy of our own: a body the United Nations set up, named with the
// UN's prefix ("the UN Independent Investigative Mechanism for Myanmar", "the UN Panel of Experts on Libya"), is a
// body of its own, not the United Nations: the UN's node covers none of its words, so a story about the mechanism and
// one about the UN never meet through it. The bodies the gazetteer knows keep their nodes (OHCHR, UNHCR, the Council).
import { describe, expect, it } from 'vitest';

import { nodes } from './resolved-nodes.ts';

describe('a body named with the UN prefix', () => {
  it('an investigative mechanism is its own body, not the UN', () => {
    const n = nodes(
      'GENEVA, Sept 12 (Reuters) - The UN Independent Investigative Mechanism for Myanmar (IIMM) said on Thursday ' +
        'it had gathered evidence that an air strike on a school was deliberate. The United Nations says three ' +
        'million people have been displaced.',
    );
    const body = n.at('Independent Investigative');
    expect(body).toHaveLength(1);
    expect(body).not.toContain('united-nations');
    expect(n.at('UN Independent')).not.toContain('united-nations');
    expect(n.at('United Nations')).toEqual(['united-nations']);
  });

  it('a panel of experts is its own body', () => {
    const n = nodes(
      'TRIPOLI, March 4 (Reuters) - A report by the UN Panel of Experts on Libya said on Wednesday that weapons ' +
        'were still reaching both sides in breach of an arms embargo.',
    );
    expect(n.at('UN Panel')).not.toContain('united-nations');
    expect(n.at('Panel of Experts')).toHaveLength(1);
  });

  it('bodies the gazetteer knows keep their own nodes', () => {
    const n = nodes(
      'GENEVA, May 5 (Reuters) - The U.N. refugee agency said on Friday 20,000 people had fled. The UN Human ' +
        'Rights Office said it had received reports of killings, and the UN Security Council will meet on Monday.',
    );
    expect(n.at('U.N. refugee agency')).toEqual(['unhcr']);
    expect(n.at('UN Human Rights Office')).toEqual(['ohchr']);
    expect(n.at('UN Security Council')).toEqual(['un-security-council']);
  });

  it('answers to the UN prefix written any of three ways', () => {
    const n = nodes(
      'MAPUTO, June 3 (AFP) - The United Nations refugee agency said on Monday it was sending shelter kits to the ' +
        'district, while the U.N. Security Council was due to meet. The United Nations says 2,000 people have fled.',
    );
    expect(n.at('United Nations refugee agency')).toEqual(['unhcr']);
    expect(n.at('U.N. Security Council')).toEqual(['un-security-council']);
    expect(n.at('The United Nations says')).toEqual(['united-nations']);
  });

  it('UN Women is the UN agency, no person named Women', () => {
    const n = nodes(
      'NEW YORK, March 8 (Reuters) - UN Women said on Tuesday that at least 30 women had been killed in the ' +
        'fighting, and called for a ceasefire.',
    );
    expect(n.at('UN Women')).toEqual(['un-women']);
  });

  it('a mission keeps its host state: two states’ missions are two bodies', () => {
    const somalia = nodes(
      'MOGADISHU, Feb 3 (Reuters) - The UN Assistance Mission in Somalia said on Tuesday that 12 civilians had ' +
        'been killed in fighting in the Lower Shabelle region.',
    );
    const afghanistan = nodes(
      'KABUL, Feb 3 (Reuters) - The UN Assistance Mission in Afghanistan (UNAMA) said on Tuesday that civilian ' +
        'casualties had fallen by a third.',
    );
    const [a] = somalia.at('UN Assistance Mission');
    const [b] = afghanistan.at('UN Assistance Mission');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    expect(afghanistan.at('UNAMA')).toEqual([b]);
  });
});
