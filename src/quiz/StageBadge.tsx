/**
 * A note's stage as a coloured badge (` 4일차 ` on orange); inverse video under NO_COLOR.
 */
import { Text } from 'ink';
import type { Stage } from '../note/types.js';
import { stageLabel } from '../schedule/stage-label.js';
import { STAGE_COLOR, useTheme } from './theme.js';

/** The stage badge, with the overdue days when there are any. */
export function StageBadge({ stage, overdueDays = 0 }: { stage: Stage; overdueDays?: number }) {
  const { color } = useTheme();
  const label = ` ${stageLabel(stage)} `;
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
      {overdueDays > 0 ? <Text dimColor>{` +${overdueDays}일 지남`}</Text> : null}
    </Text>
  );
}
