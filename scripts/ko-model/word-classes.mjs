/**
 * mecab-ko-dic's entries as the repair's word lexicon: stems (content words and the inflected
 * forms the dictionary lists whole, such as 큰 or 합니다) and suffixes (particles, endings, the
 * derivational 하/되/이다 …), each with the class it ends in and its word cost. Given names (인명)
 * are left out: 295,000 of them, and a note's syllable is rarely one. Classes: N nominal, V verbal
 * (takes endings), M adverb/determiner/interjection, J after a particle, E after an ending.
 */
const NOMINAL = new Set(['NNG', 'NNP', 'NNB', 'NNBC', 'NP', 'NR', 'XR', 'XSN']);
const VERBAL = new Set(['VV', 'VA', 'VX', 'VCN', 'VCP', 'XSV', 'XSA']);
const OTHER = new Set(['MAG', 'MAJ', 'MM', 'IC']);

function classOf(tag) {
  if (NOMINAL.has(tag)) return 'N';
  if (VERBAL.has(tag)) return 'V';
  if (OTHER.has(tag)) return 'M';
  if (tag.startsWith('J')) return 'J';
  return tag.startsWith('E') ? 'E' : null;
}

const SYLLABLES = /^[\uac00-\ud7a3]+$/;

/** Keeps the cheapest entry per key. */
function keep(map, key, entry) {
  const old = map.get(key);
  if (old === undefined || entry.cost < old.cost) map.set(key, entry);
}

/**
 * `{ stems, suffixes, connection }`, each list sorted by surface then class, one entry (the cheapest)
 * per key, with its connection classes from `conn` (`connection-classes.mjs`).
 */
export function wordClasses(entries, conn) {
  const stems = new Map();
  const suffixes = new Map();
  for (const { surface, cost, feature, left: lid, right: rid } of entries) {
    const [left, right] = [conn.left.ofId[lid] ?? 0, conn.right.ofId[rid] ?? 0];
    const f = feature.split(',');
    if (!SYLLABLES.test(surface) || f[1] === '인명') continue;
    const tags = (f[0] ?? '').split('+');
    const [head, tail] = [tags[0] ?? '', tags[tags.length - 1] ?? ''];
    const [headClass, tailClass] = [classOf(head), classOf(tail)];
    if (tailClass === null) continue;
    if (OTHER.has(head) || ((NOMINAL.has(head) || VERBAL.has(head)) && !/^(XS|VCP)/.test(head)))
      keep(stems, `${surface}\t${tailClass}`, { surface, cls: tailClass, cost, left, right });
    else if (headClass !== null) {
      const attach = headClass === 'E' ? 'V' : 'N';
      keep(suffixes, `${surface}\t${attach}${tailClass}`, {
        surface,
        attach,
        cls: tailClass,
        cost,
        left,
        right,
      });
    }
  }
  const sorted = (m) => [...m.keys()].sort().map((k) => m.get(k));
  const connection = {
    leftCount: conn.left.names.length,
    start: conn.right.names.indexOf('BOS/EOS/*'),
    afterOther: conn.right.names.indexOf('NNG/*'),
    costs: conn.costs,
  };
  if (Math.min(connection.start, connection.afterOther) < 0)
    throw new Error('mecab-ko-dic: no BOS/EOS or NNG/* context class');
  return { stems: sorted(stems), suffixes: sorted(suffixes), connection };
}
