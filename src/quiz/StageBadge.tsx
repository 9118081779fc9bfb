/**
 * A note's stage as a coloured badge (` 4일차 ` on orange), in the note's profile language, with
 * how late the review is in the same words `due`, stats and the calendar use. Inverse video under
 * NO_COLOR.
 */
import { Text } from 'ink';
import type { Stage } from '../note/types.js';
import { overdueLabel, stageLabel, type LabelLang } from '../schedule/stage-label.js';
import { STAGE_COLOR, useTheme } from './theme.js';

/** The stage badge, with the overdue days when there are any. */
export function StageBadge({
  stage,
  overdueDays = 0,
  lang = 'ko',
}: {
  stage: Stage;
  overdueDays?: number;
  lang?: LabelLang;
}) {
  const { color } = useTheme();
  const label = ` ${stageLabel(stage, lang)} `;
  const badge = color ? (
    <Text backgroundColor={STAGE_COLOR[stage]} color="black" bold>
      {label}
    </Text>
  ) : (
    <Text inverse>{label}</Text>
  );
  return (
    <Text>
      {badge}
      {overdueDays > 0 ? <Text dimColor>{` ${overdueLabel(overdueDays, lang)}`}</Text> : null}
    </Text>
  );
}
