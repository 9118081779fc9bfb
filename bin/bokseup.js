#!/usr/bin/env node
// Thin launcher: the bundled entry point lives in dist/app/ (built by `npm install` via "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/app/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'bokseup is not built yet: run `npm install` (or `npm run build`) in the repository first.\n',
  );
  process.exit(3);
}
await import(entry.href);
