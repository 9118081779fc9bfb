import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkVault } from '../../src/vault/index.js';

let root: string;
function write(path: string, content = 'x'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bokseup-walk-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('walkVault', () => {
  it('lists every .md below the root with /-separated relative paths, size and mtime', () => {
    write('b.md', 'hello');
    write('Linux/네트워크 네임스페이스.md');
    write('Linux/deep/er/c.MD');
    write('Linux/image.png');
    write('notes.txt');
    const entries = walkVault(root);
    expect(entries.map((e) => e.path)).toEqual([
      'Linux/deep/er/c.MD',
      'Linux/네트워크 네임스페이스.md',
      'b.md',
    ]);
    const b = entries.find((e) => e.path === 'b.md');
    expect(b?.size).toBe(5);
    expect(b?.abs).toBe(join(root, 'b.md'));
    expect(b?.mtimeMs).toBeGreaterThan(0);
  });

  it('skips dot-folders, dot-files and node_modules', () => {
    write('.obsidian/workspace.md');
    write('.trash/old.md');
    write('.git/x.md');
    write('sub/.hidden/y.md');
    write('node_modules/pkg/readme.md');
    write('.dotnote.md');
    write('keep.md');
    expect(walkVault(root).map((e) => e.path)).toEqual(['keep.md']);
  });

  it('follows symbolic links once and ignores dangling ones', () => {
    write('real/a.md');
    symlinkSync(join(root, 'real'), join(root, 'linked'));
    symlinkSync(root, join(root, 'real', 'loop'));
    symlinkSync(join(root, 'missing.md'), join(root, 'dangling.md'));
    const paths = walkVault(root).map((e) => e.path);
    expect(paths).toContain('real/a.md');
    expect(paths.filter((p) => p.endsWith('a.md'))).toHaveLength(1);
    expect(paths).not.toContain('dangling.md');
  });

  it('follows a link to a folder outside the vault', () => {
    const outside = mkdtempSync(join(tmpdir(), 'bokseup-outside-'));
    try {
      writeFileSync(join(outside, 'z.md'), 'z');
      symlinkSync(outside, join(root, 'ext'));
      expect(walkVault(root).map((e) => e.path)).toEqual(['ext/z.md']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('throws when the root does not exist', () => {
    expect(() => walkVault(join(root, 'nope'))).toThrow(/ENOENT/);
  });
});
