/**
 * Word forms of a Hunspell dictionary (dictionary-ko): each entry, then a sample of the forms its
 * suffix flags allow. Korean Hunspell expands to ~361 million forms (every ending × every stem),
 * so each entry's flag takes `perFlag` forms drawn with a seeded generator, a rule's chance falling
 * by `shortBias` per syllable it adds (short endings such as 을, 는, 다 are the frequent ones).
 * Hand-written: the npm Hunspell readers do not apply ICONV (this dictionary's affix rules work on
 * jamo, which `normalize('NFD')` gives), and none samples forms.
 */

/** mulberry32: a small seeded generator, so a build is reproducible. */
function seeded(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Leading consonant jamo of an NFD string: the syllables an ending adds. */
const syllables = (s) => (s.match(/[\u1100-\u1112]/g) ?? []).length;

function parseAffixes(affText, shortBias) {
  const aliases = [null];
  const groups = new Map();
  let aliasCountSeen = false;
  for (const line of affText.split('\n')) {
    const p = line.trim().split(/\s+/);
    if (p[0] === 'AF') {
      if (aliasCountSeen) aliases.push(p[1].split(',').map(Number));
      aliasCountSeen = true;
    } else if (p[0] === 'SFX' && p.length >= 5) addRule(groups, p, shortBias);
  }
  return { aliases, groups };
}

/** Rules of one flag grouped by (strip, condition), each group with cumulative rule weights. */
function addRule(groups, [, flag, strip, addField, cond], shortBias) {
  const add = addField.split('/')[0];
  const key = `${strip}|${cond}`;
  const byFlag = groups.get(Number(flag)) ?? new Map();
  groups.set(Number(flag), byFlag);
  let g = byFlag.get(key);
  if (g === undefined) {
    g = {
      strip: strip === '0' ? '' : strip,
      cond: cond === '.' ? null : new RegExp(`(?:${cond})$`),
      adds: [],
      cum: [],
      total: 0,
    };
    byFlag.set(key, g);
  }
  g.total += Math.pow(shortBias, syllables(add === '0' ? '' : add));
  g.adds.push(add === '0' ? '' : add);
  g.cum.push(g.total);
}

function pick(items, weightOf, x) {
  for (const it of items) {
    const w = weightOf(it);
    if (x < w) return it;
    x -= w;
  }
  return items[items.length - 1];
}

/**
 * Calls `emit(form, weight)` for every entry (weight `stemWeight`) and `perFlag` sampled forms per
 * flag (together weighing `flagWeight`). Forms are NFC; forms the rules leave with loose jamo are skipped.
 */
export function emitForms(affText, dicText, emit, opts) {
  const { perFlag, shortBias, stemWeight, flagWeight, seed } = opts;
  const { aliases, groups } = parseAffixes(affText, shortBias);
  const rand = seeded(seed);
  const lines = dicText.split('\n').slice(1);
  for (const line of lines) {
    if (line === '') continue;
    const [word, flagField] = line.split('/');
    const nfd = word.normalize('NFD');
    emit(nfd.normalize('NFC'), stemWeight);
    const flags = flagField === undefined ? [] : (aliases[Number(flagField)] ?? []);
    for (const flag of flags) {
      const fit = [...(groups.get(flag)?.values() ?? [])].filter(
        (g) => nfd.endsWith(g.strip) && (g.cond === null || g.cond.test(nfd)),
      );
      const total = fit.reduce((a, g) => a + g.total, 0);
      if (total === 0) continue;
      for (let i = 0; i < perFlag; i++) {
        const g = pick(fit, (x) => x.total, rand() * total);
        const y = rand() * g.total;
        const add =
          g.adds[
            Math.max(
              0,
              g.cum.findIndex((c) => c > y),
            )
          ];
        const form = (nfd.slice(0, nfd.length - g.strip.length) + add).normalize('NFC');
        if (!/[\u1100-\u11ff\u3130-\u318f]/.test(form)) emit(form, flagWeight / perFlag);
      }
    }
  }
}
