// An acronym the article spells out for one body, read somewhere else in it as another body the gazetteer gives that
// acronym ("PNP" in a Jamaican headline read as the Philippine National Police, in a story that writes "People's
// National Party (PNP)"): every bare mention of the acronym is the body the article spelled it out for.
// In: the filled Scan. Out: those mentions moved to that body; the other dropped when it is left with none.
import { datelineCredit } from './dateline.ts';
import type { Scan } from './scan.ts';
import { type Draft, spellsAcronym } from './registry.ts';

const ACRONYM = /^[A-Z]{2,6}$/;

/** The acronym every mention of a draft is written as ("PNP"), or null when it has another form too. */
function onlyAcronym(sc: Scan, d: Draft): string | null {
  const forms = new Set(
    d.mentions.filter((m) => m.kind !== 'descriptor').map((m) => sc.text.slice(m.start, m.end).replace(/^the /i, '')),
  );
  const [form] = [...forms];
  return forms.size === 1 && ACRONYM.test(form!) ? form! : null;
}

/**
 * Whether the article gives `acronym` to the draft in brackets right after its name: "National Anticorruption
 * Centre (CNA)" spells the body's name in another language's word order, whose initials the English name lacks.
 */
function bracketedAfterName(sc: Scan, o: Draft, acronym: string): boolean {
  // "Guwahati, India (AFP) -": a dateline's agency credit after a place names no body's acronym.
  if (o.kind !== 'organization' && o.kind !== 'group') return false;
  const after = new RegExp(`^\\s*\\(${acronym}\\)`);
  return o.mentions.some(
    (m) =>
      m.kind === 'name' &&
      after.test(sc.text.slice(m.end, m.end + acronym.length + 4)) &&
      !datelineCredit(sc.text, sc.text.indexOf('(', m.end)),
  );
}

/** The one other draft the article names in full and by `acronym`, its name spelling it (or bracketing it), if any. */
function spelledOwner(sc: Scan, d: Draft, acronym: string): Draft | null {
  const spelled = (o: Draft) =>
    spellsAcronym(o.name, acronym.toLowerCase()) &&
    o.mentions.some((m) => sc.text.slice(m.start, m.end) === acronym) &&
    o.mentions.some((m) => m.kind === 'name' && sc.text.slice(m.start, m.end).endsWith(o.name));
  const owners = sc.reg
    .all()
    .filter((o) => o.id !== d.id && o.kind !== 'person' && (spelled(o) || bracketedAfterName(sc, o, acronym)));
  return owners.length === 1 ? owners[0]! : null;
}

export function settleSpelledAcronyms(sc: Scan): void {
  for (const d of sc.reg.all()) {
    if (d.kind === 'person' || !sc.reg.has(d.id)) continue;
    const acronym = onlyAcronym(sc, d);
    if (d.kind === 'state' || !acronym) continue;
    const owner = spelledOwner(sc, d, acronym);
    if (owner) sc.reg.transfer(d.id, owner.id, [...d.mentions], sc.text);
  }
}
