/**
 * Every key a config file may hold: its name, which kind of file may hold it, the setting it
 * fills, and the check of its value (a value or a message saying what is wrong).
 */
import { isScalar, isSeq, type Node } from 'yaml';
import { PROFILES } from '../note/profile.js';
import type { ConfigValues } from './settings.js';

type Check = (node: Node | null) => { value: unknown } | { error: string };
type Kind = 'vault' | 'global';

export interface ConfigKey {
  /** The key in the file. */
  name: string;
  /** Its full name (`calendar.time`). */
  path: string;
  field?: keyof ConfigValues;
  in: readonly Kind[];
  check?: Check;
  children?: ConfigKey[];
}

const scalar = (node: Node | null): unknown =>
  node === null ? null : isScalar(node) ? node.value : undefined;
const shown = (v: unknown): string => (v === undefined ? 'a list or map' : JSON.stringify(v));

const text =
  (what: string, pattern?: RegExp): Check =>
  (node) => {
    const v = scalar(node);
    if (typeof v !== 'string' || v.trim() === '' || (pattern && !pattern.test(v.trim())))
      return { error: `expected ${what}, found ${shown(v)}` };
    return { value: v.trim() };
  };

const number =
  (what: string, ok: (n: number) => boolean): Check =>
  (node) => {
    const v = scalar(node);
    return typeof v === 'number' && ok(v) ? { value: v } : { error: `expected ${what}, found ${shown(v)}` };
  };

/** A pattern or a list of them: `Archive/**`, `#draft`. */
const patterns: Check = (node) => {
  const items = isSeq(node) ? node.items.map((i) => scalar(i as Node)) : [scalar(node)];
  const what = 'expected a folder, glob or #tag, or a list of them';
  if (items.length === 0) return { error: `${what}, found an empty list (leave the key out instead)` };
  const bad = items.find((i) => typeof i !== 'string' || i.trim() === '');
  if (bad !== undefined || items.includes(undefined)) return { error: `${what}, found ${shown(bad)}` };
  const bareHash = items.find((i) => /^#\s*$/.test(String(i)));
  if (bareHash !== undefined) return { error: `${what}, found "#" without a tag name` };
  return { value: items.map((i) => String(i).trim()) };
};

/** `07:30`, or a whole hour (`7`). */
const clockTime: Check = (node) => {
  const v = scalar(node);
  const t = typeof v === 'number' && Number.isInteger(v) ? `${v}:00` : v;
  const m = typeof t === 'string' ? /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(t.trim()) : null;
  if (!m) return { error: `expected a time of day as HH:MM (e.g. "07:30"), found ${shown(v)}` };
  return { value: `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? '00'}` };
};

const whole = (lo: number, hi: number) => (n: number) => Number.isInteger(n) && n >= lo && n <= hi;
const both: readonly Kind[] = ['vault', 'global'];

const key = (
  name: string,
  field: keyof ConfigValues,
  check: Check,
  within: readonly Kind[] = both,
  parent = '',
) => ({
  name,
  path: parent === '' ? name : `${parent}.${name}`,
  field,
  in: within,
  check,
});

export const CONFIG_KEYS: readonly ConfigKey[] = [
  key('vault', 'vault', text('a folder'), ['global']),
  key('id', 'id', text('an id of letters, digits, . _ -', /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/), ['vault']),
  key('database', 'database', text('a file path'), ['vault']),
  key(
    'profile',
    'profile',
    text(
      `a profile: ${PROFILES.map((p) => p.id).join(' or ')}`,
      new RegExp(`^(${PROFILES.map((p) => p.id).join('|')})$`),
    ),
  ),
  key('include', 'include', patterns),
  key('exclude', 'exclude', patterns),
  key('daily-limit', 'dailyLimit', number('a whole number of cards ≥ 0 (0: no limit)', whole(0, 1_000_000))),
  {
    name: 'calendar',
    path: 'calendar',
    in: both,
    children: [
      key('time', 'calendarTime', clockTime, both, 'calendar'),
      key(
        'alarm',
        'calendarAlarm',
        number('minutes before the event, 0–40320', whole(0, 40_320)),
        both,
        'calendar',
      ),
    ],
  },
  key(
    'retention',
    'retention',
    number('a desired retention between 0.7 and 0.99', (n) => n >= 0.7 && n <= 0.99),
  ),
  key(
    'long-term-stability',
    'longTermStability',
    number('a number of days > 0 (at most 36500)', (n) => n > 0 && n <= 36_500),
  ),
];
