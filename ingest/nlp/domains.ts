// Outlets named by their web address ("24.kg", "Kun.uz", "Gazeta.ru", "Dawn.com"): the tagger splits them at the
// dot ("24" "." "kg"); this joins the three tokens back into one name. In: the tagger's parallel token arrays for
// one block. Out: the arrays joined in place, and each old index's new index (sentence spans use the old ones).

/** Generic and country top-level domains that name outlets in wire copy. */
const TLDS = new Set(
  (
    'com net org info news tv fm ' +
    'ru ua by kz kg uz tj tm az am ge md ro bg rs ba mk al gr tr cy il ps lb sy jo iq ir af pk in bd lk np mm th ' +
    'vn kh la my sg id ph cn hk tw jp kr mn ng gh ke ug tz rw et so sd ly eg tn dz ma sn ml bf ne cm cd cf za zw zm ' +
    'mz ao br ar cl co pe ve ec bo mx cu ht us ca uk ie fr de it es pt nl be ch at pl cz sk hu si hr lt lv ee fi se ' +
    'no dk au nz'
  ).split(' '),
);
const NAME_PART = /^[A-Z0-9][A-Za-z0-9-]*$/;

export function joinDomainNames(values: string[], norms: string[], tags: string[], starts: number[]): number[] {
  const map: number[] = [];
  let w = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const tld = values[i + 2] ?? '';
    // The stop after the word first: most tokens end here, before the regex.
    const joined =
      values[i + 1] === '.' &&
      NAME_PART.test(v) &&
      TLDS.has(tld) &&
      starts[i + 1] === starts[i]! + v.length &&
      starts[i + 2] === starts[i + 1]! + 1;
    map[i] = w;
    if (joined) {
      map[i + 1] = w;
      map[i + 2] = w;
      values[w] = `${v}.${tld}`;
      norms[w] = values[w]!.toLowerCase();
      tags[w] = 'PROPN';
      starts[w] = starts[i]!;
      i += 2;
    } else {
      values[w] = v;
      norms[w] = norms[i]!;
      tags[w] = tags[i]!;
      starts[w] = starts[i]!;
    }
    w++;
  }
  values.length = norms.length = tags.length = starts.length = w;
  return map;
}
