/** How a stage is shown in text output. */
import type { Stage } from '../note/types.js';

export const STAGE_LABEL: Readonly<Record<Stage, string>> = {
  d1: '1일 복습',
  d4: '4일 복습',
  d7: '7일 복습',
  d14: '14일 복습',
  'long-term': '장기 기억',
  extra: '추가 복습',
};
