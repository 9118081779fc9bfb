/**
 * The four grade keys with their next intervals, as Anki shows them on its answer buttons.
 */
import { Box, Text } from 'ink';
import { useTheme } from './theme.js';
import type { Grade } from '../schedule/grade.js';

const GRADES: { grade: Grade; label: string; color: string }[] = [
  { grade: 1, label: 'Again', color: 'red' },
  { grade: 2, label: 'Hard', color: 'yellow' },
  { grade: 3, label: 'Good', color: 'green' },
  { grade: 4, label: 'Easy', color: 'blue' },
];

/** `1 Again 10m  2 Hard 1d  3 Good 4d  4 Easy 12d` (intervals when the shell gave them). */
export function GradeKeys({ intervals }: { intervals?: Record<Grade, string> | undefined }) {
  const { tint } = useTheme();
  return (
    <Box flexDirection="row" columnGap={3} flexWrap="wrap">
      {GRADES.map(({ grade, label, color }) => (
        <Text key={grade}>
          <Text bold>{grade}</Text> <Text {...tint(color)}>{label}</Text>
          {intervals ? <Text dimColor> {intervals[grade]}</Text> : null}
        </Text>
      ))}
    </Box>
  );
}
