/**
 * MeCab's connection costs between parts of speech, from mecab-ko-dic's `matrix.bin` (what it costs
 * for a morpheme whose right context is `r` to be followed by one whose left context is `l`),
 * collapsed to classes so that the shipped file stays small: a left context id becomes its tag
 * (`JKS`, `EC`, `NNG` …), a right context id its tag and whether it ends in a final consonant
 * (`NNG/T`, `NNG/F`, `NNG/*`). A class pair's cost is the median over its id pairs, each id
 * weighted alike. Hand-written for the same reason as `mecab-dic.mjs`: no library reads these files.
 */
import { readFileSync } from 'node:fs';

/** `id feature` lines of a `*-id.def` file, as an array indexed by id. */
function readIds(file) {
  const features = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\d+) (.*)$/.exec(line);
    if (m) features[Number(m[1])] = m[2].split(',');
  }
  return features;
}

const leftName = (f) => (f[0] ?? '*').split('+')[0] ?? '*';
const rightName = (f) => {
  const tags = (f[0] ?? '*').split('+');
  return `${tags[tags.length - 1]}/${f[2] ?? '*'}`;
};

/** Names in order of first use, and each id's index among them. */
function classes(features, nameOf) {
  const names = [];
  const index = new Map();
  const ofId = features.map((f) => {
    const name = nameOf(f ?? []);
    if (!index.has(name)) index.set(name, names.push(name) - 1);
    return index.get(name);
  });
  return { names, ofId };
}

function median(values) {
  const s = Int16Array.from(values).sort();
  return s.length === 0 ? 0 : (s[s.length >> 1] ?? 0);
}

/**
 * `{ left, right, costs }` for the dictionary in `dir`: `left.ofId[lid]`, `right.ofId[rid]` give
 * an entry's classes, `costs[r * left.names.length + l]` the cost of class `r` followed by `l`.
 */
export function connectionClasses(dir) {
  const left = classes(readIds(`${dir}/left-id.def`), leftName);
  const right = classes(readIds(`${dir}/right-id.def`), rightName);
  const m = readFileSync(`${dir}/matrix.bin`);
  const [rsize, lsize] = [m.readUInt16LE(0), m.readUInt16LE(2)];
  const nl = left.names.length;
  const buckets = Array.from({ length: right.names.length * nl }, () => []);
  for (let l = 0; l < lsize; l++)
    for (let r = 0; r < rsize; r++)
      buckets[(right.ofId[r] ?? 0) * nl + (left.ofId[l] ?? 0)].push(m.readInt16LE(4 + 2 * (r + rsize * l)));
  return { left, right, costs: Int16Array.from(buckets, median) };
}
