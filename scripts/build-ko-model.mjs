/**
 * Builds data/ko-syllables.bin, the Korean model shipped for `doctor --fix-encoding` (run
 * `npm run build:model` after changing a source or a setting; the same sources give the same bytes):
 *  - `text`: syllable n-grams of running technical Korean — TypeScript's Korean messages
 *    (Apache-2.0) and VS Code's Korean language pack (MIT);
 *  - `cldr`: n-grams of CLDR's Korean annotations and locale names (Unicode-3.0);
 *  - `lexicon`: n-grams of mecab-ko-dic's words (Apache-2.0), each weighted by its word cost, and
 *    the word lexicon itself (stems, suffixes, classes, costs, connection classes) and MeCab's
 *    connection costs between those classes (matrix.bin, collapsed) for the repair's word analysis.
 * Every source is a devDependency; nothing else is read. Settings: ko-model/settings.json, chosen on
 * the seed and the tuning notes, never on the held-apart notes the accuracy test scores.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NgramCounts, tokenStream } from '../dist/src/doctor/syllable-ngrams.js';
import { encodeModelFile } from '../dist/src/doctor/syllable-model-file.js';
import { readMecabDictionary } from './ko-model/mecab-dic.mjs';
import { modelHeader, settings } from './ko-model/model-header.mjs';
import { cldrStrings, packageDir, typescriptMessages, vscodeStrings } from './ko-model/text-sources.mjs';
import { connectionClasses } from './ko-model/connection-classes.mjs';
import { wordClasses } from './ko-model/word-classes.mjs';

const started = Date.now();
const hangul = (s) => /[\uac00-\ud7a3]/.test(s);
const countTexts = (texts) => {
  const c = new NgramCounts();
  for (const t of texts.filter(hangul)) c.addText(t, 1);
  return c.counts;
};
const text = countTexts([...typescriptMessages(), ...vscodeStrings()]);
const cldr = countTexts(cldrStrings());

const dicDir = path.join(packageDir('mecab-ko-dic'), 'bundleContents');
const words = wordClasses(readMecabDictionary(path.join(dicDir, 'sys.dic')), connectionClasses(dicDir));
const { offset, scale } = settings.lexiconWeight;
const weightOf = new Map();
for (const { surface, cost } of words.stems)
  weightOf.set(surface, (weightOf.get(surface) ?? 0) + Math.exp(-(cost - offset) / scale));
const lexicon = new NgramCounts();
for (const [surface, w] of weightOf) lexicon.addStream(tokenStream(surface), w);
// Rare n-grams go; the rest keep 11 bits of mantissa (3 digits), which gzip packs far better.
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
for (const [key, w] of lexicon.counts) {
  if (key.length > 1 && w < settings.minLexiconNgramWeight) lexicon.counts.delete(key);
  else {
    f32[0] = w;
    u32[0] = (u32[0] ?? 0) & 0xfffff000;
    lexicon.counts.set(key, f32[0] ?? 0);
  }
}

const tables = { text, cldr, lexicon: lexicon.counts };
const bytes = encodeModelFile({ header: modelHeader(), tables, words });
writeFileSync(new URL('../data/ko-syllables.bin', import.meta.url), bytes);
const sizes = Object.entries(tables).map(([n, t]) => `${n} ${t.size}`);
const s = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `data/ko-syllables.bin: n-grams ${sizes.join(', ')}; ${words.stems.length} stems, ` +
    `${words.suffixes.length} suffixes; ${bytes.length} bytes (${s} s)\n`,
);
