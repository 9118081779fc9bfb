/**
 * Bundles the CLI into dist/app/ with esbuild: one chunk per lazily loaded part (a command, the
 * TUI, the lab), so a command still loads only what it needs, but as a few files instead of the
 * hundreds ink, React and the rest spread over node_modules. Node resolves and compiles each of
 * those on every start: importing ink + React took ~700 ms unbundled and ~150 ms bundled here.
 * better-sqlite3 stays outside (a native addon). dist/app/meta.json is esbuild's metafile, which
 * the lazy-loading test reads to check the chunks.
 */
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Chunk names carry content hashes: clear out the previous build's.
rmSync(new URL('../dist/app', import.meta.url), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts' },
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
  logLevel: 'warning',
});
writeFileSync(new URL('../dist/app/meta.json', import.meta.url), JSON.stringify(result.metafile));
