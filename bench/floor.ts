/**
 * The floor for ingest, independent of our code: read every Markdown file of the vault and parse
 * its frontmatter with gray-matter (the best-known frontmatter parser). Run as its own process by
 * the benchmark, so Node's start-up is counted like the real command's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

let keys = 0;
for (const file of walk(process.argv[2] ?? '.', [])) {
  // An options object bypasses gray-matter's cache of earlier inputs: every file is really parsed.
  const { data } = matter(readFileSync(file, 'utf8'), {});
  keys += Object.keys(data).length;
}
process.stdout.write(`${keys}\n`);
