/**
 * The one table of human words for review stages and late reviews: the same words in the review
 * TUI, `due`, stats and the calendar. They speak to the user, not to the template, in Korean or
 * English. The long-term *stage* (reviews scheduled by FSRS after day 14) is `장기 복습`, a name
 * apart from the template's 🧠장기기억 *flag* (every card's memory is long-term), which a note in
 * that stage may not have yet.
 */
import type { Stage } from '../note/types.js';

/** Output language of user-facing labels. */
export type LabelLang = 'ko' | 'en';

const LABELS: Readonly<Record<LabelLang, Readonly<Record<Stage, string>>>> = {
  ko: {
    d1: '1일차',
    d4: '4일차',
    d7: '7일차',
    d14: '14일차',
    'long-term': '장기 복습',
    extra: '추가 복습',
  },
  en: {
    d1: 'day 1',
    d4: 'day 4',
    d7: 'day 7',
    d14: 'day 14',
    'long-term': 'long-term review',
    extra: 'extra review',
  },
};

/** The label of a stage, e.g. `stageLabel('d4', 'ko')` → `4일차`, `stageLabel('d4', 'en')` → `day 4`. */
export function stageLabel(stage: Stage, lang: LabelLang = 'ko'): string {
  return LABELS[lang][stage];
}

/** How late a review is: `3일 지남`, `3 days late` (`1 day late`). */
export function overdueLabel(days: number, lang: LabelLang = 'ko'): string {
  if (lang === 'en') return `${days} ${days === 1 ? 'day' : 'days'} late`;
  return `${days}일 지남`;
}
