/**
 * Builds data/ko-syllables.bin, the Korean syllable trigram counts shipped for
 * `doctor --fix-encoding` (run `npm run build:model` after changing the sources or settings):
 *  - dictionary-ko (hunspell-dict-ko, GPL-3.0 word data): every word and a sample of its inflected
 *    forms — which syllables make Korean words and endings;
 *  - TypeScript's Korean diagnostic messages (Apache-2.0): 2,000 sentences of real technical Korean
 *    — how often particles and endings (을, 는, 합니다) actually occur.
 * The settings were chosen on the seed and the tuning notes (test/doctor/fixtures/corpus-ko.md),
 * never on the held-apart notes the accuracy test scores (test/doctor/fixtures/held-apart/).
 */
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import dictionary from 'dictionary-ko';
import { NgramCounts, tokenStream } from '../dist/src/doctor/syllable-ngrams.js';
import { encodeModelFile } from '../dist/src/doctor/syllable-model-file.js';
import { emitForms } from './ko-model/hunspell-forms.mjs';

const require = createRequire(import.meta.url);
const settings = { perFlag: 16, shortBias: 0.3, stemWeight: 1, flagWeight: 1, seed: 7, minWeight: 2 };

/** A dependency's version, read from its package.json (found upwards: dictionary-ko exports no subpaths). */
function packageVersion(name) {
  let dir = path.dirname(require.resolve(name));
  while (!dir.endsWith(`node_modules${path.sep}${name}`)) dir = path.dirname(dir);
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

const started = Date.now();
const dictionaryCounts = new NgramCounts();
emitForms(
  Buffer.from(dictionary.aff).toString('utf8'),
  Buffer.from(dictionary.dic).toString('utf8'),
  (form, weight) => dictionaryCounts.addStream(tokenStream(form), weight),
  settings,
);
const tsDir = path.dirname(path.dirname(require.resolve('typescript')));
const messages = JSON.parse(
  readFileSync(path.join(tsDir, 'lib/ko/diagnosticMessages.generated.json'), 'utf8'),
);
const messageCounts = new NgramCounts();
for (const text of Object.values(messages)) messageCounts.addText(text, 1);

// Rare dictionary n-grams (fewer than two entries' worth) make the file three times larger for nothing.
for (const [key, weight] of dictionaryCounts.counts) {
  if (key.length > 1 && weight < settings.minWeight) dictionaryCounts.counts.delete(key);
}
const header = {
  sources: {
    'dictionary-ko': `${packageVersion('dictionary-ko')} (GPL-3.0-or-later word data)`,
    typescript: `${packageVersion('typescript')} lib/ko/diagnosticMessages (Apache-2.0)`,
  },
  settings,
};
const out = new URL('../data/ko-syllables.bin', import.meta.url);
const tables = { dictionary: dictionaryCounts.counts, messages: messageCounts.counts };
const bytes = encodeModelFile({ header, tables });
writeFileSync(out, bytes);
const s = ((Date.now() - started) / 1000).toFixed(1);
const sizes = `${dictionaryCounts.counts.size} + ${messageCounts.counts.size} n-grams`;
process.stdout.write(`data/ko-syllables.bin: ${sizes}, ${bytes.length} bytes (${s} s)\n`);
