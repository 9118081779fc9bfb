/**
 * `bokseup new TITLE`: the created note parses, is due for day 1 tomorrow, is never overwritten, and
 * `--profile en` writes the English template.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { DueItem } from '../../src/due/index.js';
import { fieldLine } from './note-diff.js';
import { makeVault, removeTempVaults, SAMPLE_NOW } from './run-cli.js';

afterAll(removeTempVaults);

describe.concurrent('new', () => {
  it('creates a Korean note that parses, is due for day 1 tomorrow, and is never overwritten', async () => {
    const v = makeVault({});
    const created = await v.run(['new', '제목', '--subject', 'Linux', ...SAMPLE_NOW]);
    expect(created.code).toBe(0);
    const file = v.note('제목.md');
    expect(fieldLine(file, '➕첫 학습날')).toBe('➕첫 학습날: 2026-11-29');
    expect(fieldLine(file, '➕과목')).toBe('➕과목: Linux');
    expect(fieldLine(file, '🛑4일후')).toBe('🛑4일후: "🥉4일뒤 : 2026/12/03"');
    const bytes = readFileSync(file);
    const [again, ingest, due, check] = await Promise.all([
      v.run(['new', '제목', '--subject', 'Other', ...SAMPLE_NOW]),
      v.run(['ingest', '--json', ...SAMPLE_NOW]),
      v.run(['due', '--json', '--days', '1', '--db', `${v.db}-2`, ...SAMPLE_NOW]),
      v.run(['regen', '--check', '--db', `${v.db}-3`, ...SAMPLE_NOW]),
    ]);
    // Created with the derived fields of its own moment: not stale at that moment.
    expect(check.code).toBe(0);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    // `new` indexes the note it made (every command syncs the database): nothing left to add.
    expect(JSON.parse(ingest.stdout)).toEqual({
      scanned: 1,
      added: 0,
      updated: 0,
      unchanged: 1,
      removed: 0,
      errors: [],
      skipped: [],
      studyNotes: 1,
      otherNotes: 0,
      templates: 0,
      excluded: 0,
    });
    const item: DueItem = {
      path: '제목.md',
      title: '제목',
      subject: 'Linux',
      stage: 'd1',
      due: '2026-11-30',
      overdueDays: 0,
      cards: 1, // a note without cards is reviewed as a whole: one card
    };
    expect(JSON.parse(due.stdout)).toEqual([item]);
  });

  it('--profile en creates an English-profile note that parses and is due tomorrow', async () => {
    const v = makeVault({});
    const created = await v.run([
      'new',
      'Hash tables',
      '--profile',
      'en',
      '--subject',
      'Algorithms',
      ...SAMPLE_NOW,
    ]);
    expect(created.code).toBe(0);
    const file = v.note('Hash tables.md');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('---\nfirst-studied: 2026-11-29\n')).toBe(true);
    expect(fieldLine(file, 'subject')).toBe('subject: Algorithms');
    expect(fieldLine(file, 'day1-done')).toBe('day1-done: false');
    expect(text).not.toContain('➕');
    const due = await v.run(['due', '--json', '--days', '1', ...SAMPLE_NOW]);
    expect(due.code).toBe(0);
    expect(JSON.parse(due.stdout)).toMatchObject([
      { path: 'Hash tables.md', subject: 'Algorithms', stage: 'd1', due: '2026-11-30' },
    ]);
  });
});
