/**
 * The floor for ingest: read every Markdown file of the vault and parse only its frontmatter.
 * Run as its own process by the benchmark, so Node's start-up is counted like the real command's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../src/note/frontmatter.js';

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
  const result = readFrontmatter(file, readFileSync(file, 'utf8'));
  if (result.ok) keys += result.frontmatter.entries.size;
}
process.stdout.write(`${keys}\n`);
