// A body named in full with an "of" tail, then by its head alone: "the Executive Committee of the ATU Gagauzia ...
// deputy chairman of the Executive Committee since 2015", "the Supreme Court of Pakistan ... the Supreme Court
// said". The head alone is the body named before, not a body of its own (nor left to the place the tail names).
// In: the filled Scan. Out: such drafts moved into the one body whose name opens with them.
import type { Scan } from './scan.ts';
import type { Draft } from './registry.ts';

const firstAt = (d: Draft) => Math.min(...d.mentions.map((m) => m.start));

/** Whether every mention of the draft is written as its name, with or without "the". */
function writtenAsName(sc: Scan, d: Draft): boolean {
  return d.mentions.every((m) => sc.text.slice(m.start, m.end).replace(/^the\s+/i, '') === d.name);
}

/** The one body named before `d` whose name is d's name and an "of" tail, if exactly one. */
function fullBody(sc: Scan, d: Draft): Draft | null {
  const at = firstAt(d);
  const prefix = `${d.name} of `;
  const full = sc.reg
    .all()
    .filter((o) => o !== d && o.kind === 'organization' && o.name.startsWith(prefix) && o.mentions.length)
    .filter((o) => firstAt(o) < at);
  return full.length === 1 ? full[0]! : null;
}

export function settleHeadForms(sc: Scan): void {
  for (const d of sc.reg.all()) {
    if (d.kind !== 'organization' || !sc.reg.has(d.id) || !d.mentions.length || d.name.includes(' of ')) continue;
    if (d.name.split(' ').length < 2 || !writtenAsName(sc, d)) continue;
    const full = fullBody(sc, d);
    if (full) sc.reg.transfer(d.id, full.id, [...d.mentions], sc.text);
  }
}
