/**
 * Start-up cost: only `review` may load ink and React, only commands that read changed notes load
 * the YAML parser, and so on. Checked on the static import graph of the sources (dynamic `import()`
 * is how the commands load the rest lazily).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms;

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec).replace(/\.js$/, '');
  return ['.ts', '.tsx'].map((ext) => base + ext).find((f) => existsSync(f)) ?? null;
}

/** Every package and source file reachable from `entry` through static value imports. */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (!spec) continue;
      if (!spec.startsWith('.')) packages.add(spec);
      else {
        const target = resolveLocal(file, spec);
        if (target) visit(target);
      }
    }
  };
  visit(entry);
  return { files, packages };
}

const command = (name: string) => path.join(SRC, 'cli/commands', `${name}.ts`);

describe('lazy loading', () => {
  it('main and the program load no command, no ink/React and no parser up front', () => {
    const { packages, files } = staticClosure(path.join(SRC, 'main.ts'));
    expect([...packages].filter((p) => /^(ink|react|yaml|remark|better-sqlite3)/.test(p))).toEqual([]);
    expect([...files].some((f) => f.includes('/commands/'))).toBe(false);
  });

  it.each(['due', 'ingest', 'regen', 'mark', 'new', 'stats', 'calendar', 'doctor', 'lab'])(
    '`%s` never loads ink or React',
    (name) => {
      const { packages } = staticClosure(command(name));
      expect(
        [...packages].filter((p) => p === 'ink' || p.startsWith('ink-') || p.startsWith('react')),
      ).toEqual([]);
    },
  );

  it('`due` loads neither the note parser nor date formatting nor width measuring', () => {
    const { packages, files } = staticClosure(command('due'));
    expect([...packages].filter((p) => /^(yaml|remark|date-fns|string-width)/.test(p))).toEqual([]);
    expect([...files].some((f) => f.endsWith('parse-note.ts'))).toBe(false);
  });

  it('the review command loads the TUI only through import()', () => {
    const review = readFileSync(command('review'), 'utf8');
    expect(review).toMatch(/await import\('..\/..\/quiz\/render-review.js'\)/);
    expect([...staticClosure(command('review')).packages]).not.toContain('ink');
    // The graph walk does see ink where it is imported (a check that could not fail would be no check).
    expect([...staticClosure(path.join(SRC, 'quiz/render-review.tsx')).packages]).toContain('ink');
    expect([...staticClosure(path.join(SRC, 'cli/commands/regen.ts')).packages]).toContain('yaml');
  });
});
