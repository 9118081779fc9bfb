/** A temporary vault folder for ingest tests (never the real notes folder). */
import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { IngestReport } from '../../src/ingest/index.js';
import { noteText } from './fake-parse.js';

export class TempVault {
  readonly root = mkdtempSync(join(tmpdir(), 'bokseup-vault-'));
  /** Distinct mtimes per write, so stat changes are visible whatever the file system's granularity. */
  private tick = Date.UTC(2024, 9, 27) / 1000;

  write(path: string, content: string | Buffer): void {
    const abs = join(this.root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    this.touch(path);
  }

  touch(path: string): void {
    this.tick += 10;
    utimesSync(join(this.root, path), this.tick, this.tick);
  }

  move(from: string, to: string): void {
    mkdirSync(dirname(join(this.root, to)), { recursive: true });
    renameSync(join(this.root, from), join(this.root, to));
  }

  remove(path: string): void {
    rmSync(join(this.root, path));
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Changes to a vault holding `a.md` and two other notes (`sub/` exists), each with the counts the
 * next ingest must report: an edit, an added, a moved and a removed file, then a touch.
 */
export function changeSteps(vault: TempVault): [() => void, Partial<IngestReport>][] {
  return [
    [() => vault.write('a.md', noteText('A', ['p9'])), { updated: 1 }],
    [() => vault.write('d.md', noteText('D', [])), { added: 1 }],
    [() => vault.move('d.md', 'sub/d.md'), { updated: 1 }],
    [() => vault.remove('sub/d.md'), { removed: 1 }],
    [() => vault.touch('a.md'), { unchanged: 3 }],
  ];
}
