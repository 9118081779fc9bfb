/**
 * A profile maps a note template to roles: which frontmatter key holds which review input, how each
 * derived key is formatted, and which section headings hold cards. The template is data, not code.
 */
import type { Milestone } from './types.js';

/** How one derived key is computed. Date patterns are date-fns tokens, formatted with the profile's locale. */
export type DerivedFormat =
  /** A date: the first study day, today (local time, may include hours), or a milestone's due day. */
  | { kind: 'date'; of: 'first' | 'today' | 'd1' | 'd4' | 'd7' | 'd14'; pattern: string }
  /** Calendar days from the first study day to today; `{n}` in the template is replaced. */
  | { kind: 'days'; template: string }
  /** A review flag as `"1"` / `"0"`. */
  | { kind: 'flag'; of: Milestone | 'longTerm' }
  /**
   * Learning rate as the template's formula prints it (`0`, `0.2` … `0.8`, `1`); `style:
   * 'one-decimal'` writes `0.0` and `1.0` instead.
   */
  | { kind: 'rate'; style?: 'shortest' | 'one-decimal' }
  /** Progress bar: 10 cells and a percentage (`🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%`). */
  | { kind: 'bar' };

export interface DerivedField {
  key: string;
  format: DerivedFormat;
  /** The template writes this value double-quoted (used by `bokseup new`; existing notes keep their own style). */
  quoted?: true;
}

export interface Profile {
  id: string;
  /** date-fns locale id used for `a` (AM/PM) and month names: `ko` or `en`. */
  locale: 'ko' | 'en';
  keys: {
    firstStudy: string;
    subject: string;
    d1: string;
    d4: string;
    d7: string;
    d14: string;
    longTerm: string;
    status: string;
  };
  /**
   * Keys besides the first-study key that make a note a study note of this profile (so a note
   * whose first-study value is missing is still reported as a study note with an error).
   */
  markers?: readonly string[];
  /** Values of the status key: `extra` makes the note due today; `done` is set by a clean extra review. */
  statusValues: { extra: string; done: string };
  sections: { cues: string; core: string; summary: string; reminder: string };
  derived: DerivedField[];
}

const slashDate = 'yyyy/MM/dd';
const koLongDate = "'@'yyyy'년' M'월' d'일'";

/** The user's Korean Cornell template (from a Notion template). The default profile. */
export const koreanProfile: Profile = {
  id: 'ko',
  locale: 'ko',
  keys: {
    firstStudy: '➕첫 학습날',
    subject: '➕과목',
    d1: '❤1일복습여부',
    d4: '🧡4일복습여부',
    d7: '💛7일복습여부',
    d14: '💚14일복습여부',
    longTerm: '🧠장기기억',
    status: '복습',
  },
  markers: ['❤1일복습여부'],
  statusValues: { extra: '추가 복습', done: '복습 완료' },
  sections: { cues: '단서 질문', core: '핵심 필기', summary: '핵심 요약', reminder: '복습알림' },
  derived: [
    {
      key: '🛑첫날',
      format: { kind: 'date', of: 'first', pattern: `'✍첫날 : '${slashDate}` },
      quoted: true,
    },
    {
      key: '🛑오늘',
      format: { kind: 'date', of: 'today', pattern: `'⏰오늘 : '${slashDate}` },
      quoted: true,
    },
    { key: '🛑첫학습후 몇일째?', format: { kind: 'days', template: '첫 학습 후 ❤{n}일째❤' } },
    { key: '🛑4일후', format: { kind: 'date', of: 'd4', pattern: `'🥉4일뒤 : '${slashDate}` }, quoted: true },
    { key: '🛑7일후', format: { kind: 'date', of: 'd7', pattern: `'🥈7일뒤 : '${slashDate}` }, quoted: true },
    {
      key: '🛑14일후',
      format: { kind: 'date', of: 'd14', pattern: `'🥇14일뒤 : '${slashDate}` },
      quoted: true,
    },
    { key: '4일후', format: { kind: 'date', of: 'd4', pattern: koLongDate }, quoted: true },
    { key: '4일후(text)', format: { kind: 'date', of: 'd4', pattern: slashDate } },
    { key: '7일후', format: { kind: 'date', of: 'd7', pattern: koLongDate }, quoted: true },
    { key: '7일후(text)', format: { kind: 'date', of: 'd7', pattern: slashDate } },
    { key: '14일후', format: { kind: 'date', of: 'd14', pattern: koLongDate }, quoted: true },
    { key: '14일후(text)', format: { kind: 'date', of: 'd14', pattern: slashDate } },
    { key: '오늘1', format: { kind: 'date', of: 'today', pattern: `${koLongDate} a h:mm` }, quoted: true },
    { key: '오늘2', format: { kind: 'date', of: 'today', pattern: slashDate } },
    { key: '첫학습날text', format: { kind: 'date', of: 'first', pattern: slashDate } },
    { key: '오늘과 첫학습날 사이', format: { kind: 'days', template: '{n}' }, quoted: true },
    { key: '사이', format: { kind: 'days', template: '{n}' }, quoted: true },
    { key: '1일차복습여부1,0', format: { kind: 'flag', of: 'd1' }, quoted: true },
    { key: '4일차복습여부1,0', format: { kind: 'flag', of: 'd4' }, quoted: true },
    { key: '7일차복습여부1,0', format: { kind: 'flag', of: 'd7' }, quoted: true },
    { key: '장기기억저장여부1,0', format: { kind: 'flag', of: 'longTerm' }, quoted: true },
    { key: '학습률', format: { kind: 'rate' }, quoted: true },
    { key: '진행바', format: { kind: 'bar' } },
  ],
};

/** An English template, proof that the mapping is data. */
export const englishProfile: Profile = {
  id: 'en',
  locale: 'en',
  keys: {
    firstStudy: 'first-studied',
    subject: 'subject',
    d1: 'day1-done',
    d4: 'day4-done',
    d7: 'day7-done',
    d14: 'day14-done',
    longTerm: 'long-term',
    status: 'review',
  },
  markers: ['day1-done'],
  statusValues: { extra: 'extra review', done: 'review done' },
  sections: { cues: 'Cue questions', core: 'Core notes', summary: 'Summary', reminder: 'Review reminder' },
  derived: [
    { key: 'today', format: { kind: 'date', of: 'today', pattern: 'yyyy-MM-dd' } },
    { key: 'today-long', format: { kind: 'date', of: 'today', pattern: 'MMMM d, yyyy h:mm a' } },
    { key: 'days-since', format: { kind: 'days', template: '{n}' } },
    { key: 'day4-date', format: { kind: 'date', of: 'd4', pattern: 'yyyy-MM-dd' } },
    { key: 'day7-date', format: { kind: 'date', of: 'd7', pattern: 'yyyy-MM-dd' } },
    { key: 'day14-date', format: { kind: 'date', of: 'd14', pattern: 'yyyy-MM-dd' } },
    { key: 'learning-rate', format: { kind: 'rate' } },
    { key: 'progress', format: { kind: 'bar' } },
  ],
};

export const PROFILES: readonly Profile[] = [koreanProfile, englishProfile];

/** The profile with this id (as stored with a note), else the default. */
export function profileById(id: string | null, profiles: readonly Profile[] = PROFILES): Profile {
  return profiles.find((p) => p.id === id) ?? profiles[0] ?? koreanProfile;
}
