/**
 * The running Korean text the model counts, from packages installed as devDependencies:
 *  - TypeScript's Korean diagnostic messages (Apache-2.0): 2,120 messages;
 *  - the Korean language pack of VS Code (MIT, Microsoft's vscode-loc, as packaged by CodinGame):
 *    17,000 interface strings of technical Korean;
 *  - CLDR's Korean emoji annotations and names of languages, scripts and territories (Unicode-3.0):
 *    short phrases and loanwords.
 * Each source is a list of strings; `packageVersion` names the version a build used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of an installed package (found from its package.json, so no export map is needed). */
export function packageDir(name) {
  let dir = path.dirname(
    require.resolve(name.includes('/') || name === 'typescript' ? name : `${name}/package.json`),
  );
  while (!dir.endsWith(path.join('node_modules', name))) dir = path.dirname(dir);
  return dir;
}

export const packageVersion = (name) =>
  JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')).version;

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Every string in a JSON value, depth first. */
function strings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

export function typescriptMessages() {
  return Object.values(json(path.join(packageDir('typescript'), 'lib/ko/diagnosticMessages.generated.json')));
}

export function vscodeStrings() {
  const dir = path.join(packageDir('@codingame/monaco-vscode-language-pack-ko'), 'translations');
  const main = readFileSync(path.join(dir, 'main.i18n.json.js'), 'utf8');
  const body = main.slice(main.indexOf('['), main.lastIndexOf(']') + 1).replace(/\bundefined\b/g, 'null');
  const out = strings(JSON.parse(body.replace(/,\s*]$/, ']')));
  const ext = path.join(dir, 'extensions');
  for (const f of readdirSync(ext).sort()) strings(json(path.join(ext, f)).contents, out);
  return out;
}

export function cldrStrings() {
  const ann = json(path.join(packageDir('cldr-annotations-full'), 'annotations/ko/annotations.json'));
  const out = strings(ann.annotations.annotations);
  const names = path.join(packageDir('cldr-localenames-full'), 'main/ko');
  for (const f of readdirSync(names).sort())
    strings(json(path.join(names, f)).main.ko.localeDisplayNames, out);
  return out;
}
