/**
 * Bundles the CLI into dist/app/ with esbuild: one chunk per lazily loaded part (a command, the
 * TUI, the lab), so a command still loads only what it needs, but as a few files instead of the
 * hundreds ink, React and the rest spread over node_modules. Node resolves and compiles each of
 * those on every start: importing ink + React took ~700 ms unbundled and ~150 ms bundled here.
 * better-sqlite3 stays outside (a native addon). dist/app/meta.json is esbuild's metafile, which
 * the lazy-loading test reads to check the chunks.
 */
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * ink's layout engine, yoga-layout, ships its WebAssembly as a base64 data: URL, which its
 * Emscripten loader hands to fetch() whenever fetch exists. In Node that first fetch loads undici
 * (Node's fetch), ~40 ms before the review's first frame, only to decode a data: URL; the loader's
 * own fallback decodes it in place. This makes the loader take the fallback, as it does where there is
 * no fetch. Both tests of the loader are replaced, or the build fails (a new yoga: look again).
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const test = '"function"!=typeof fetch';
      const found = source.split(test).length - 1;
      if (found !== 2) throw new Error(`${args.path}: expected 2 tests of fetch, found ${found}`);
      return { contents: source.replaceAll(test, 'true'), loader: 'js' };
    });
  },
};
/**
 * The yaml package reads `process.env.LOG_TOKENS` for every token its parser sees, and
 * `process.env.LOG_STREAM` for every document its composer makes (debug switches); each read of
 * process.env is a call into C++. On a note's frontmatter that is ~30 % of yaml's time (parseDocument
 * of the seed's frontmatter: 141-153 µs without, 196-221 µs with), and parsing frontmatter is the
 * largest part of a cold ingest, whose target is 3× the gray-matter floor. The switches are replaced
 * by `false`, or the build fails (a new yaml: look again).
 */
const yamlWithoutEnvSwitches = {
  name: 'yaml-without-env-switches',
  setup(b) {
    const files = {
      'parser.js': 'node_process.env.LOG_TOKENS',
      'composer.js': 'node_process.env.LOG_STREAM',
    };
    b.onLoad({ filter: /yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const test = files[args.path.endsWith('parser.js') ? 'parser.js' : 'composer.js'];
      const found = source.split(test).length - 1;
      if (found !== 1) throw new Error(`${args.path}: expected 1 read of ${test}, found ${found}`);
      return { contents: source.replace(test, 'false'), loader: 'js' };
    });
  },
};
// Chunk names carry content hashes: clear out the previous build's.
rmSync(new URL('../dist/app', import.meta.url), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts', 'scan-worker': 'src/ingest/scan-worker.ts' },
  outdir: 'dist/app',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ink loads react-devtools-core only when DEV=true; it is not a dependency of ours.
  external: ['better-sqlite3', 'react-devtools-core'],
  // Bundled CommonJS modules call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __bokseupRequire } from 'node:module'; const require = __bokseupRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  sourcemap: true,
  metafile: true,
  plugins: [yogaWithoutFetch, yamlWithoutEnvSwitches],
  logLevel: 'warning',
});
writeFileSync(new URL('../dist/app/meta.json', import.meta.url), JSON.stringify(result.metafile));
