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
    expect(review).toMatch(/import\('..\/..\/quiz\/render-review.js'\)/);
    expect([...staticClosure(command('review')).packages]).not.toContain('ink');
    // The graph walk does see ink where it is imported (a check that could not fail would be no check).
    expect([...staticClosure(path.join(SRC, 'quiz/render-review.tsx')).packages]).toContain('ink');
    expect([...staticClosure(path.join(SRC, 'cli/commands/regen.ts')).packages]).toContain('yaml');
  });
});

/** The bundle `bin/bokseup.js` runs (scripts/bundle.mjs): its chunks, read from esbuild's metafile. */
describe('lazy loading in the bundle (dist/app)', () => {
  interface Output {
    imports: { path: string; kind: string; external?: boolean }[];
    inputs: Record<string, unknown>;
    entryPoint?: string;
  }
  const meta = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../dist/app/meta.json'), 'utf8'),
  ) as { outputs: Record<string, Output> };
  const chunkOf = (entry: string): string => {
    const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entry);
    if (!found) throw new Error(`no chunk for ${entry} in dist/app/meta.json`);
    return found[0];
  };
  /** Every source file (input) a chunk brings in through static imports, its own included. */
  const inputsLoadedBy = (chunk: string): Set<string> => {
    const seen = new Set<string>();
    const inputs = new Set<string>();
    const visit = (out: string): void => {
      if (seen.has(out)) return;
      seen.add(out);
      const output = meta.outputs[out];
      if (!output) return;
      for (const input of Object.keys(output.inputs)) inputs.add(input);
      for (const i of output.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    visit(chunk);
    return inputs;
  };
  const uiInputs = (inputs: Set<string>) =>
    [...inputs].filter((i) => /node_modules\/(ink|react|react-reconciler|yoga-layout)\//.test(i));

  it('main loads no command and no ink/React before the command is known', () => {
    const inputs = inputsLoadedBy(chunkOf('src/main.ts'));
    expect(uiInputs(inputs)).toEqual([]);
    expect([...inputs].filter((i) => i.startsWith('src/cli/commands/'))).toEqual([]);
  });

  it.each(['due', 'ingest', 'regen', 'mark', 'new', 'stats', 'calendar', 'doctor', 'lab'])(
    'the `%s` chunk loads no ink or React',
    (name) => {
      expect(uiInputs(inputsLoadedBy(chunkOf(`src/cli/commands/${name}.ts`)))).toEqual([]);
    },
  );

  it('the TUI chunk does hold ink and React (the check above can fail)', () => {
    const tui = uiInputs(inputsLoadedBy(chunkOf('src/quiz/render-review.tsx')));
    expect(tui.some((i) => i.startsWith('node_modules/ink/'))).toBe(true);
    expect(tui.some((i) => i.startsWith('node_modules/react/'))).toBe(true);
  });

  it('`due` loads neither the note parser nor the YAML parser', () => {
    const inputs = [...inputsLoadedBy(chunkOf('src/cli/commands/due.ts'))];
    expect(inputs.filter((i) => /node_modules\/(yaml|remark|date-fns|string-width)\//.test(i))).toEqual([]);
    expect(inputs).not.toContain('src/note/parse-note.ts');
  });
});
