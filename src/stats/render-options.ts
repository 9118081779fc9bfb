/**
 * Options shared by the stats renderers.
 */
import type { LabelLang } from '../schedule/stage-label.js';

export interface RenderOptions {
  /** ANSI colours on (the caller decides, honouring NO_COLOR and whether stdout is a TTY). */
  color: boolean;
  /** Terminal width: no rendered line is wider (down to about 60 columns). */
  columns: number;
  /** Language of labels and weekday names; default `ko`. */
  lang?: LabelLang;
}

const WEEKDAYS: Readonly<Record<LabelLang, readonly string[]>> = {
  ko: ['월', '화', '수', '목', '금', '토', '일'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** Monday-first weekday index (0 = Monday … 6 = Sunday) of a `yyyy-MM-dd` date. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Weekday name of a date in the output language (`월`, `Mon`). */
export function weekdayName(date: string, lang: LabelLang): string {
  return WEEKDAYS[lang][weekdayIndex(date)] ?? '';
}

/** Weekday names Monday first. */
export function weekdayNames(lang: LabelLang): readonly string[] {
  return WEEKDAYS[lang];
}

/** `MM/dd` of a `yyyy-MM-dd` date. */
export function shortDate(date: string): string {
  return `${date.slice(5, 7)}/${date.slice(8, 10)}`;
}
