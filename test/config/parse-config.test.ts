import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';

const vault = (text: string) => parseConfig('v/.bokseup.yml', text, 'vault');

describe('a vault config file', () => {
  it('reads every key, each with its line', () => {
    const text = [
      'id: my-vault',
      'database: ~/bokseup/my.db',
      'profile: en',
      'include: Study',
      'exclude: [Archive/**, "#draft"]',
      'daily-limit: 0',
      'calendar:',
      '  time: 7:05',
      '  alarm: 0',
      'retention: 0.85',
      'long-term-stability: 21.5',
    ].join('\n');
    const { values, problems } = vault(text);
    expect(problems).toEqual([]);
    expect(values).toEqual({
      id: { value: 'my-vault', line: 1 },
      database: { value: '~/bokseup/my.db', line: 2 },
      profile: { value: 'en', line: 3 },
      include: { value: ['Study'], line: 4 },
      exclude: { value: ['Archive/**', '#draft'], line: 5 },
      dailyLimit: { value: 0, line: 6 },
      calendarTime: { value: '07:05', line: 8 },
      calendarAlarm: { value: 0, line: 9 },
      retention: { value: 0.85, line: 10 },
      longTermStability: { value: 21.5, line: 11 },
    });
  });

  it('is all defaults when empty or only comments', () => {
    expect(vault('')).toEqual({ values: {}, problems: [] });
    expect(vault('# nothing set yet\n')).toEqual({ values: {}, problems: [] });
  });

  it('names the file and line of every problem, and goes on to the next key', () => {
    const text = [
      'profile: fr',
      'daily-limit: -1',
      'daily_limit: 3',
      'calendar:',
      '  time: noon',
      '  alarms: 5',
      'retention: high',
      'include: []',
      'id: "../up"',
      'vault: ~/x',
    ].join('\n');
    expect(vault(text).problems).toEqual([
      'v/.bokseup.yml:1: profile: expected a profile: ko or en, found "fr"',
      'v/.bokseup.yml:2: daily-limit: expected a whole number of cards ≥ 0 (0: no limit), found -1',
      'v/.bokseup.yml:3: unknown key "daily_limit" (did you mean "daily-limit"?); known keys: id, database, profile, include, exclude, daily-limit, calendar, retention, long-term-stability',
      'v/.bokseup.yml:5: calendar.time: expected a time of day as HH:MM (e.g. "07:30"), found "noon"',
      'v/.bokseup.yml:6: unknown key "calendar.alarms" (known: time, alarm)',
      'v/.bokseup.yml:7: retention: expected a desired retention between 0.7 and 0.99, found "high"',
      'v/.bokseup.yml:8: include: expected a folder, glob or #tag, or a list of them, found an empty list (leave the key out instead)',
      'v/.bokseup.yml:9: id: expected an id of letters, digits, . _ -, found "../up"',
      'v/.bokseup.yml:10: "vault" belongs in the global config',
    ]);
  });

  it('refuses a # without a tag name', () => {
    expect(vault('exclude: ["#"]\n').problems).toEqual([
      'v/.bokseup.yml:1: exclude: expected a folder, glob or #tag, or a list of them, found "#" without a tag name',
    ]);
  });

  it('reports YAML that does not parse, a duplicate key, and a file that is not a map', () => {
    expect(vault('exclude: [Archive\ndaily-limit: 3\n').problems[0]).toMatch(
      /^v\/\.bokseup\.yml:1: invalid YAML/,
    );
    expect(vault('retention: 0.9\nretention: 0.8\n').problems[0]).toMatch(
      /^v\/\.bokseup\.yml:2: invalid YAML: Map keys must be unique/,
    );
    expect(vault('- a\n- b\n').problems).toEqual([
      'v/.bokseup.yml:1: the file must hold `key: value` lines (see the README)',
    ]);
  });

  it('keeps the vault-only keys out of the global config', () => {
    const { values, problems } = parseConfig('g.yml', 'vault: ~/Obsidian\ndatabase: x.db\n', 'global');
    expect(values).toEqual({ vault: { value: '~/Obsidian', line: 1 } });
    expect(problems).toEqual(['g.yml:2: "database" belongs in a vault\'s .bokseup.yml']);
  });
});
