/**
 * What a user of git or gh expects every day, on a copy of the real-looking fixture vault: due's
 * text (paths, columns, the window, plurals), `due --count`, notes named by their bare name, `new`
 * with `.md`, a folder or a duplicate title, help with the global options, one error prefix.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, SAMPLE_NOW, type RunOptions } from './run-cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function vault() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bokseup-everyday-'));
  made.push(dir);
  const root = path.join(dir, 'Vault');
  cpSync(path.join(ROOT, 'test/fixtures/real-vault'), root, { recursive: true });
  const run = (args: readonly string[], opts: RunOptions = {}) =>
    runCli(['--vault', root, '--db', path.join(dir, 'db'), ...args, ...SAMPLE_NOW], { cwd: dir, ...opts });
  return { dir, root, run };
}

describe.concurrent('due as text', () => {
  it('shows each note by its vault path, in aligned columns, under a header naming the window', async () => {
    const v = vault();
    const r = await v.run(['due', '--days', '7']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '3 notes due in the next 7 days (until 2026-12-06)',
        '2026-11-26  3일 지남  4일차  5 cards  Study/Linux/리눅스 파일 권한.md',
        '2026-11-29  오늘      4일차  2 cards  Study/Linux/ARP.md',
        '2026-11-29  오늘      4일차  2 cards  Study/Network/ARP.md',
        '',
      ].join('\n'),
    );
    const today = await v.run(['due']);
    expect(today.stdout.split('\n')[0]).toBe('3 notes due today (2026-11-29)');
  });

  it('says one note and one card in the singular, and nothing due with its window', async () => {
    const v = vault();
    rmSync(path.join(v.root, 'Study/Linux/리눅스 파일 권한.md'));
    rmSync(path.join(v.root, 'Study/Network/ARP.md'));
    const arp = path.join(v.root, 'Study/Linux/ARP.md');
    writeFileSync(arp, readFileSync(arp, 'utf8').replace(/- ARP는 .*\n/, ''));
    const one = await v.run(['due']);
    expect(one.stdout).toBe(
      '1 note due today (2026-11-29)\n2026-11-29  오늘  4일차  1 card  Study/Linux/ARP.md\n',
    );
    await v.run(['mark', 'ARP', '--stage', 'd4']);
    expect((await v.run(['due'])).stdout).toBe('✓ nothing due today (2026-11-29)\n');
    expect((await v.run(['due', '--days', '1'])).stdout).toBe(
      '✓ nothing due in the next 1 day (until 2026-11-30)\n',
    );
  });

  it('--count prints only the number of notes due, with or without --json', async () => {
    const v = vault();
    expect((await v.run(['due', '--count'])).stdout).toBe('3\n');
    expect((await v.run(['due', '--count', '--json', '--days', '0'])).stdout).toBe('3\n');
  });
});

describe.concurrent('a note by its bare name', () => {
  it('takes a unique name, the end of a path, any case, and lists the notes an ambiguous name names', async () => {
    const v = vault();
    const marked = await v.run(['mark', '리눅스 파일 권한', '--stage', 'd4']);
    expect(marked).toMatchObject({ code: 0, stdout: 'Study/Linux/리눅스 파일 권한.md: d4 marked done\n' });
    const ambiguous = await v.run(['mark', 'ARP', '--stage', 'd4']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(
      'bokseup: "ARP" names 2 notes: Study/Linux/ARP.md, Study/Network/ARP.md (give one\'s path)',
    );
    const byEnd = await v.run(['mark', 'network/arp', '--stage', 'd4']);
    expect(byEnd).toMatchObject({ code: 0, stdout: 'Study/Network/ARP.md: d4 marked done\n' });
    const missing = await v.run(['mark', 'Nope', '--stage', 'd4']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toMatch(/^bokseup: no such note: Nope /);
  });

  it('never takes an other note by name: a daily note is not a study note', async () => {
    const v = vault();
    const r = await v.run(['mark', '2026-11-29', '--stage', 'd4']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^bokseup: /);
  });
});

describe.concurrent('new', () => {
  it('drops a trailing .md, takes a folder inside the vault, and warns of a duplicate title', async () => {
    const v = vault();
    const plain = await v.run(['new', 'Subnetting.md']);
    expect(plain.code).toBe(0);
    // The fixture's .obsidian/app.json puts new notes in Study/.
    expect(existsSync(path.join(v.root, 'Study/Subnetting.md'))).toBe(true);
    expect(existsSync(path.join(v.root, 'Study/Subnetting.md.md'))).toBe(false);
    const nested = await v.run(['new', 'Study/Network/DHCP', '--subject', 'Network']);
    expect(nested.code).toBe(0);
    expect(readFileSync(path.join(v.root, 'Study/Network/DHCP.md'), 'utf8')).toContain('➕과목: Network');
    const twin = await v.run(['new', 'Inbox/ARP']);
    expect(twin.code).toBe(0);
    expect(twin.stderr).toContain(
      'bokseup: warning: another note has this title: Study/Linux/ARP.md, Study/Network/ARP.md',
    );
  });

  it('refuses names that leave the vault or hide in a dot folder', async () => {
    const v = vault();
    for (const bad of ['../escape', '/etc/x', '.obsidian/x', 'a/../../b', 'a:b']) {
      const r = await v.run(['new', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^bokseup: ".*" cannot be a note's name/);
    }
    expect(existsSync(path.join(v.dir, 'escape.md'))).toBe(false);
  });
});

describe.concurrent('help and errors', () => {
  it("each command's --help lists the global options and examples", async () => {
    for (const command of ['due', 'review', 'config']) {
      const r = await runCli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Global Options:');
      expect(r.stdout).toContain('--vault <dir>');
      expect(r.stdout).toMatch(/Examples:\n {2}\$ bokseup /);
    }
  });

  it('starts every error of bokseup itself with "bokseup: "', async () => {
    const v = vault();
    const results = await Promise.all([
      runCli(['due', '--bogus']),
      runCli(['frobnicate']),
      v.run(['due', '--days', 'x']),
      runCli(['--vault', path.join(v.dir, 'missing'), 'due']),
    ]);
    for (const r of results) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^bokseup: /);
    }
  });
});
