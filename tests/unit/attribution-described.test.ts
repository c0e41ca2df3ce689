// A lede's indefinite description of a speaker that the body names ("..., a provincial spokesman said." then "X, the
// spokesman for the governor, said"), and the appositive that gives X the role when its object is a title, not a
// body (issue #10, speakers across articles). Short wire copy of other countries, outlets and years, full pipeline.
import { describe, expect, it } from 'vitest';

import { extract } from '../../ingest/extract.ts';

const run = (text: string) => extract({ source: 'wire.txt', text });
const speakers = (text: string) => run(text).claims.map((c) => c.speaker);

describe('actors: an appositive whose object is a title gives the role', () => {
  it('gives "the spokesman for the governor" and "a spokeswoman for the mayor\'s office" their role', () => {
    const x = run(
      'MOSUL, Iraq (Reuters) - Two car bombs exploded near a market in Mosul on Sunday.\n' +
        'Ahmed Khalaf, the spokesman for the Nineveh governor, said the blasts killed six people.\n' +
        "Maria Lopes, a spokeswoman for the mayor's office, said the market would reopen on Monday.",
    );
    expect(x.actors.find((a) => a.id === 'ahmed-khalaf')?.roles).toContain('spokesman');
    expect(x.actors.find((a) => a.id === 'maria-lopes')?.roles).toContain('spokeswoman');
  });
});

describe("attribute: a lede's indefinite description the body names", () => {
  it('gives "a provincial spokesman" the one spokesman for the governor, not the army\'s or the rebels\'', () => {
    const text =
      'KANDAHAR, Afghanistan (AP) - A suicide bomber killed 11 people at a checkpoint in Kandahar on Monday, a provincial spokesman said.\n' +
      'Zalmai Ayubi, the spokesman for the Kandahar governor, said most of the dead were civilians waiting to cross.\n' +
      'Army spokesman Gen. Zahir Azimi said two soldiers were among the dead.\n' +
      'A Taliban spokesman, Zabihullah Mujahid, said the group carried out the attack.';
    expect(speakers(text)).toEqual(['zalmai-ayubi', 'zalmai-ayubi', 'zahir-azimi', 'zabihullah-mujahid']);
    expect(run(text).actors.some((a) => a.anonymous && /spokesman/.test(a.name))).toBe(false);
  });

  it('gives "a police spokeswoman" the named police spokeswoman of a 2019 Kenyan story', () => {
    const text =
      'NAIROBI, Kenya (Reuters) - Gunmen killed four people on a bus near the Somali border on Friday, a police spokeswoman said.\n' +
      'Police spokeswoman Charity Owino said the attackers fled toward the border after the shooting.\n' +
      'Defence ministry spokesman Paul Njuguna said troops had been sent to the area.';
    expect(speakers(text)).toEqual(['charity-owino', 'charity-owino', 'paul-njuguna']);
  });

  it('leaves "a provincial spokesman" anonymous when two people fit it', () => {
    const text =
      'JALALABAD, Afghanistan (AP) - Floods killed 23 people in eastern Nangarhar province, a provincial spokesman said.\n' +
      'Attaullah Khogyani, the spokesman for the Nangarhar governor, said 200 homes were destroyed.\n' +
      'Sohrab Qaderi, a spokesman for the provincial council, said aid had not reached the villages.';
    const s = speakers(text);
    expect(s[0]).toMatch(/^anon-/);
    expect(s.slice(1)).toEqual(['attaullah-khogyani', 'sohrab-qaderi']);
  });

  it('never names "a police source", "officials" or a bare "a spokesman"', () => {
    const text =
      'LAGOS, Nigeria (AFP) - Gunmen abducted 15 students from a school in Kaduna state on Tuesday, a police source said.\n' +
      'Officials said a search was under way, and a spokesman said the school had been closed.\n' +
      'Police spokesman Mohammed Jalige said officers had exchanged fire with the kidnappers.';
    const s = speakers(text);
    expect(s.slice(0, 3).every((id) => id.startsWith('anon-'))).toBe(true);
    expect(s[3]).toBe('mohammed-jalige');
  });

  it('does not give "a police spokesman" an army spokesman', () => {
    const text =
      'BOGOTA, Colombia (Reuters) - A bomb killed three soldiers in Cauca province on Saturday, a police spokesman said.\n' +
      'Army spokesman Col. Juan Restrepo said the rebels had planted the device on a rural road.';
    const s = speakers(text);
    expect(s[0]).toMatch(/^anon-/);
    expect(s[1]).toBe('juan-restrepo');
  });
});
