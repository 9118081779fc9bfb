/**
 * No lost edit, end to end (issue 11, point 1): while an editor process (test/vault/editor-loop.ts)
 * appends lines to 200 study notes, half by rename-saves and half by slow in-place saves with a
 * pause mid-write, this harness runs the real commands over the same vault one after another:
 * `regen` on a new day each time (so every note is stale), `mark`, and a review session's commit.
 * At the end every save the editor logged must still be in its note, and no temp file may be left.
 * The same count over a naive writer (read, recompute, temp file, rename) must find losses: the
 * harness can see one. Needs the build (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { rewriteNote } from '../../src/regen/index.js';
import { makeTrustVault, type TrustVault } from './trust-vault.js';

const NOTES = 200;
const EDIT_MS = Number(process.env.TRUST_EDIT_MS ?? 12_000);
const PAUSE_MS = 30;
const SETTLE_MS = '80'; // longer than the editor's pause: a half-saved note is never taken as settled
const ROOT = path.join(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/bokseup.js');
const EDITOR = path.join(import.meta.dirname, '../vault/editor-loop.ts');
const REVIEW = path.join(import.meta.dirname, 'review-commit.ts');

const vaults: TrustVault[] = [];
afterAll(() => vaults.forEach((v) => rmSync(v.root, { recursive: true, force: true })));

/** Run node with `argv`; resolves with its stdout. */
function node(argv: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, TZ: 'Asia/Seoul', BOKSEUP_SETTLE_MS: SETTLE_MS };
    const child = spawn(process.execPath, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(out).toString('utf8')));
  });
}

/** Notes the commands wrote (regen's `written`, marks done, notes of committed reviews). */
let written = 0;

/** Add what one command's output says it wrote to `written`. */
function countWritten(stdout: string): void {
  if (stdout.startsWith('{')) written += (JSON.parse(stdout) as { written: string[] }).written.length;
  else if (/marked done/.test(stdout)) written++;
  else written += Number(/reviews of (\d+) notes/.exec(stdout)?.[1] ?? 0);
}

interface Tally {
  edits: number;
  lost: number;
  runs: number;
  leftovers: string[];
}

/** Edit `v` for EDIT_MS while `work(k)` runs again and again; count the logged saves not in their note. */
async function race(v: TrustVault, work: (k: number) => Promise<void>, ms: number): Promise<Tally> {
  const log = path.join(v.root, 'edits.log');
  writeFileSync(log, '');
  const editor = spawn(process.execPath, [
    '--import',
    'tsx',
    EDITOR,
    v.vault,
    String(ms),
    log,
    String(PAUSE_MS),
  ]);
  let running = true;
  const exited = new Promise<void>((done) => editor.on('exit', () => ((running = false), done())));
  let runs = 0;
  while (running) await work(runs++);
  await exited;
  const edits = readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  let lost = 0;
  for (const entry of edits) {
    const [name, line] = entry.split('\t');
    if (!readFileSync(path.join(v.vault, name ?? ''), 'utf8').includes(`\n${line}\n`)) lost++;
  }
  return {
    edits: edits.length,
    lost,
    runs,
    leftovers: readdirSync(v.vault).filter((n) => n.includes('.bokseup-')),
  };
}

/** The k-th command: regen on day k, a mark, or a review commit. */
async function commandRun(v: TrustVault, k: number): Promise<void> {
  const cli = [BIN, '--vault', v.vault, '--db', v.db];
  const day = `2026-12-${String(12 + (k % 15)).padStart(2, '0')}T10:00`;
  const note = v.notes[(k * 7) % NOTES] ?? 'n0.md';
  if (k % 3 === 0) countWritten(await node([...cli, '--json', '--now', day, 'regen']));
  else if (k % 3 === 1) countWritten(await node([...cli, '--now', day, 'mark', note, '--stage', 'd1']));
  else countWritten(await node(['--import', 'tsx', REVIEW, v.vault, v.db, '2026-12-12T10:00:00+09:00']));
}

/** A naive regen of one note: read, recompute, (a moment of work), temp file, rename over it. */
async function naiveRegen(v: TrustVault, k: number): Promise<void> {
  const file = path.join(v.vault, v.notes[k % NOTES] ?? 'n0.md');
  const clock = { now: new Date(Date.UTC(2026, 11, 12 + (k % 15))), tz: 'Asia/Seoul' };
  const next = rewriteNote('n.md', readFileSync(file, 'utf8'), clock);
  await sleep(2);
  if (!next.ok) return;
  writeFileSync(`${file}.naive`, next.text);
  renameSync(`${file}.naive`, file);
}

describe.skipIf(!existsSync(path.join(ROOT, 'dist')))(
  'edits made while bokseup writes',
  { timeout: 120_000 },
  () => {
    it('regen, mark and a review commit lose none of the editor saves, of either kind', async () => {
      const v = makeTrustVault(NOTES);
      vaults.push(v);
      await node([BIN, '--vault', v.vault, '--db', v.db, '--now', '2026-12-12T10:00', 'ingest']);
      const t = await race(v, (k) => commandRun(v, k), EDIT_MS);
      console.log(
        `lost-edit harness: ${t.edits} edits tried, ${t.lost} lost; ${t.runs} commands wrote ${written} notes meanwhile`,
      );
      expect(t.edits).toBeGreaterThan(200);
      expect(written).toBeGreaterThan(50);
      expect(t.lost).toBe(0);
      expect(t.leftovers).toEqual([]);
    });

    it('counts the losses of a naive writer (the harness can see one)', async () => {
      const v = makeTrustVault(20);
      vaults.push(v);
      const t = await race(v, (k) => naiveRegen(v, k), 4000);
      console.log(`lost-edit harness, naive writer: ${t.edits} edits tried, ${t.lost} lost`);
      expect(t.lost).toBeGreaterThan(0);
    });
  },
);
