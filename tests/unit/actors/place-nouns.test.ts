// A name beside a lower-case place noun ("Ba Cho district", "the Budo forest") or after a local administrative unit
// ("tambon Lubo Saray", "barangay San Roque") is a place, never a person; a name beside other nouns still is one.
import { describe, expect, it } from 'vitest';

import { actorsOf } from './helpers.ts';

const persons = (text: string) =>
  actorsOf(text)
    .filter((a) => a.kind === 'person' && !a.anonymous)
    .map((a) => a.name);

describe('place nouns beside a name', () => {
  it('make it a place', () => {
    expect(persons('Two soldiers were killed in barangay San Roque of Datu Piang town on Friday.\n')).toEqual([]);
    expect(persons('The gunmen fled into the Kerio Tongaren forest, police said.\n')).toEqual([]);
    expect(persons('Voters in Chiwundura constituency went to the polls on Saturday.\n')).toEqual([]);
    expect(persons('Residents of kebele Gende Tesfa said the strike hit a school.\n')).toEqual([]);
  });

  it('make a name with a place appositive a place ("X, a town of 40,000", "X, chief town of Y")', () => {
    expect(persons('Gunmen stormed Bouar, a town of some 40,000 people, on Friday.\n')).toEqual([]);
    expect(persons('Fighters raided Ndele, chief town of the Bamingui-Bangoran prefecture.\n')).toEqual([]);
    // A clause after the comma is no appositive: "Omar Idris, who reached the village on Sunday".
    expect(persons('Omar Idris, who reached the village on Sunday, blamed the rebels.\n')).toEqual(['Omar Idris']);
    expect(persons('Jean Mbaye, a city councillor, blamed the rebels.\n')).toEqual(['Jean Mbaye']);
  });

  it('leave a person beside another noun a person', () => {
    expect(persons('Abiy Ahmed visited the Amhara region on Monday.\n')).toEqual(['Abiy Ahmed']);
    expect(persons('Maria Lopez told reporters the village was calm.\n')).toEqual(['Maria Lopez']);
  });
});
