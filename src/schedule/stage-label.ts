/**
 * The one table of human labels for review stages: the same words in the review TUI, `due`, stats
 * and the calendar. They speak to the user, not to the template, in Korean or English.
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
    'long-term': '장기기억',
    extra: '추가 복습',
  },
  en: {
    d1: 'day 1',
    d4: 'day 4',
    d7: 'day 7',
    d14: 'day 14',
    'long-term': 'long-term',
    extra: 'extra review',
  },
};

/** The label of a stage, e.g. `stageLabel('d4', 'ko')` → `4일차`, `stageLabel('d4', 'en')` → `day 4`. */
export function stageLabel(stage: Stage, lang: LabelLang = 'ko'): string {
  return LABELS[lang][stage];
}
