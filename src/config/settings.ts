/**
 * The settings a vault's config file (`.bokseup.yml` at the vault root) and the user's global
 * config (`~/.config/bokseup/config.yml`) may set, their defaults, and where each resolved value
 * came from. Every key is optional. The code that needs a setting gets it as a plain value.
 */

/** The resolved settings of a vault. */
export interface Settings {
  /** Profile of notes made by `new` (ko or en). */
  profile: string;
  /** Paths (globs, folders) and `#tags`: when any is given, only matching notes are study notes. */
  include: string[];
  /** Paths (globs, folders) and `#tags` left out. */
  exclude: string[];
  /** Cards per review session (`review --limit` overrides; 0: no limit). */
  dailyLimit: number;
  /** Local time of each calendar event, `HH:MM`. */
  calendarTime: string;
  /** Minutes before the event its alarm rings. */
  calendarAlarm: number;
  /** FSRS desired retention (probability of recall when a card comes due). */
  retention: number;
  /** Stability in days every card of a note needs for its long-term flag. */
  longTermStability: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  profile: 'ko',
  include: [],
  exclude: [],
  dailyLimit: 200,
  calendarTime: '09:00',
  calendarAlarm: 10,
  retention: 0.9,
  longTermStability: 30,
};

/** The settings' names in the config files (and in `bokseup config`), in display order. */
export const SETTING_NAMES: Readonly<Record<keyof Settings, string>> = {
  profile: 'profile',
  include: 'include',
  exclude: 'exclude',
  dailyLimit: 'daily-limit',
  calendarTime: 'calendar.time',
  calendarAlarm: 'calendar.alarm',
  retention: 'retention',
  longTermStability: 'long-term-stability',
};

/** What a config file holds: settings, and the keys only one kind of file may have. */
export interface ConfigValues extends Partial<Settings> {
  /** Vault config: the vault's id, which names its default database instead of its path. */
  id?: string;
  /** Vault config: the database file (relative to the vault folder; `~/` is the home folder). */
  database?: string;
  /** Global config: the vault used when no flag, variable or working directory names one. */
  vault?: string;
}

/** Where a resolved value came from. */
export type SourceKind =
  'flag' | 'env' | 'vault config' | 'global config' | 'working directory' | 'obsidian' | 'default';

export interface Source {
  kind: SourceKind;
  /** The flag or variable, or the file and line, or what the default is. */
  detail: string;
}

/** A config value with the line it was read from. */
export interface Located<T> {
  value: T;
  line: number;
}
