/**
 * Every `--db` a user can get wrong (DESIGN §4, issue 11 point 4, issue 12 point 8): one line on
 * stderr naming the file, exit 3, no stack trace, and the file byte-identical afterwards (no table
 * added, no switch to WAL, no -wal file). A locked database: a read-only `due` does not need the
 * write lock; a command that must write waits briefly and names the process that holds it.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/index.js';
import { makeVault, removeTempVaults, SAMPLE_NOW, type CliResult, type TempVault } from './run-cli.js';

let v: TempVault;
beforeAll(() => {
  v = makeVault();
});
afterAll(removeTempVaults);

const hashOf = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A database file made by another program with better-sqlite3 (rollback journal, like most). */
function foreignDb(file: string, sql: string): string {
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

const expectOneLine = (r: CliResult, file: string, code: number): void => {
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(file);
  expect(r.code).toBe(code);
};

/** The bad files, each made in the temp folder. */
const CASES: Record<string, (dir: string) => string> = {
  'garbage bytes': (dir) => {
    const file = path.join(dir, 'garbage.db');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256)));
    return file;
  },
  'a text file': (dir) => {
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, 'shopping list\n- milk\n');
    return file;
  },
  "another program's tables": (dir) =>
    foreignDb(
      path.join(dir, 'crm.db'),
      "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'a');",
    ),
  "another tool's database at user_version 0": (dir) =>
    foreignDb(path.join(dir, 'tool.db'), 'CREATE TABLE settings(k TEXT, v TEXT);'),
  "another tool's database at user_version 5": (dir) =>
    foreignDb(path.join(dir, 'tool5.db'), 'CREATE TABLE x(a); PRAGMA user_version = 5;'),
  'another application id': (dir) => foreignDb(path.join(dir, 'app.db'), 'PRAGMA application_id = 42;'),
  "SQLite's header, then garbage": (dir) => {
    const file = path.join(dir, 'header.db');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(8192, 0xa5)]),
    );
    return file;
  },
  'a bokseup database cut to a third': (dir) => {
    const file = path.join(dir, 'cut.db');
    openDatabase(file).close();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    return file;
  },
};

describe('a --db that cannot be bokseup’s database', () => {
  for (const [name, make] of Object.entries(CASES)) {
    it(`${name}: one line, exit 3, the file untouched`, async () => {
      const file = make(v.dir);
      const before = hashOf(file);
      const r = await v.run(['--db', file, 'due', ...SAMPLE_NOW]);
      expectOneLine(r, file, 3);
      expect(r.stderr).toMatch(/left it untouched/);
      expect(hashOf(file)).toBe(before);
      expect(existsSync(`${file}-wal`)).toBe(false);
    });
  }

  it('a folder: one line, exit 3', async () => {
    const dir = path.join(v.dir, 'a-folder.db');
    mkdirSync(dir);
    const r = await v.run(['--db', dir, 'due', ...SAMPLE_NOW]);
    expectOneLine(r, dir, 3);
    expect(r.stderr).toMatch(/is a folder/);
  });

  it('a FIFO is refused without opening it (which would block)', async () => {
    const fifo = path.join(v.dir, 'pipe.db');
    execFileSync('mkfifo', [fifo]);
    const r = await v.run(['--db', fifo, 'due', ...SAMPLE_NOW], { timeoutMs: 5000 });
    expectOneLine(r, fifo, 3);
  });

  for (const file of ['/proc/self/bokseup.db', '/proc/version', '/dev/null']) {
    it(`${file}: refused at once (no spinning), exit 3`, async () => {
      const r = await v.run(['--db', file, 'due', ...SAMPLE_NOW], { timeoutMs: 5000 });
      expectOneLine(r, file, 3);
      expect(r.ms).toBeLessThan(4000);
      expect(r.stderr).toMatch(/kernel file system/);
    });
  }

  it('a database folder that cannot be created: one line, exit 3', async () => {
    const file = path.join(v.dir, 'notes.txt', 'sub', 'x.db');
    writeFileSync(path.join(v.dir, 'notes.txt'), 'a file where a folder should be\n');
    const r = await v.run(['--db', file, 'due', ...SAMPLE_NOW]);
    expectOneLine(r, file, 3);
  });
});

describe('a damaged database (a power cut in the middle of a write)', () => {
  it('names the file, says it is damaged and how to rebuild it, in one line, exit 3, no trace', async () => {
    const file = path.join(v.dir, 'damaged.db');
    expect((await v.run(['--db', file, 'ingest', ...SAMPLE_NOW])).code).toBe(0);
    // Garble the second half of its pages: the header still says SQLite.
    const bytes = readFileSync(file);
    bytes.fill(0xff, Math.floor(bytes.length / 4096 / 2) * 4096);
    writeFileSync(file, bytes);
    const r = await v.run(['--db', file, 'due', ...SAMPLE_NOW]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/the database is damaged.*bokseup ingest.*SQLITE_CORRUPT/);
    expect(r.stderr).not.toMatch(/ at .*\.js:\d+/);
  });
});

describe('a locked database', () => {
  it('due reads under another writer; a command that must write says who holds the lock', async () => {
    expect((await v.run(['due', ...SAMPLE_NOW])).code).toBe(0);
    const holder = new Database(v.db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const read = await v.run(['due', '--json', ...SAMPLE_NOW]);
      expect(read.code).toBe(0);
      expect(read.stderr).toBe('');
      const listed = JSON.parse(read.stdout) as unknown[];
      expect(listed).not.toHaveLength(0);
      appendFileSync(v.note('Big-O notation.md'), '\nmore prose\n');
      // due and stats only list: they go on with the database as it was, after one warning.
      const stale = await v.run(['due', '--json', ...SAMPLE_NOW]);
      expect(stale.code).toBe(0);
      expect(stale.stderr).toContain(`locked by pid ${process.pid}`);
      expect(stale.stderr).toMatch(/showing it as of its last update/);
      expect(JSON.parse(stale.stdout)).toEqual(listed);
      const write = await v.run(['ingest', ...SAMPLE_NOW]);
      expectOneLine(write, v.db, 3);
      expect(write.stderr).toContain(`locked by pid ${process.pid}`);
      expect(write.ms).toBeLessThan(5000);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
