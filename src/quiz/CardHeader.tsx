/**
 * The line above every card: note title, subject, stage badge, card kind, a progress bar with
 * `n/total` and the session's elapsed timer.
 */
import { Box, Text } from 'ink';
import { bar, formatElapsed } from './format.js';
import { StageBadge } from './StageBadge.js';
import { useTheme } from './theme.js';
import type { QueueCard, QueueNote } from './types.js';
import { useElapsed } from './use-elapsed.js';

/** Props: the note and card shown, progress, and the clock for the timer. */
export interface CardHeaderProps {
  note: QueueNote;
  card: QueueCard;
  done: number;
  total: number;
  startedAt: Date;
  now: () => Date;
}

const KIND_LABEL = {
  ko: { question: '질문', cloze: '빈칸', lab: '실습', note: '노트 전체' },
  en: { question: 'question', cloze: 'cloze', lab: 'lab', note: 'whole note' },
} as const;

/** Title row and progress row of a card screen. */
export function CardHeader({ note, card, done, total, startedAt, now }: CardHeaderProps) {
  const { tint } = useTheme();
  const elapsed = useElapsed(now, startedAt);
  const cells = bar(total === 0 ? 0 : done / total, 20);
  const labels = KIND_LABEL[note.lang];
  const kind = card.kind === 'lab' ? `${labels.lab} ${card.labStep ?? ''}`.trim() : labels[card.kind];
  return (
    <Box flexDirection="column">
      <Box flexDirection="row" columnGap={1} flexWrap="wrap">
        <Text bold>{note.title}</Text>
        {note.subject ? <Text dimColor>· {note.subject}</Text> : null}
        <StageBadge stage={note.stage} overdueDays={note.overdueDays} lang={note.lang} />
        <Text {...tint('cyan')}>[{kind}]</Text>
      </Box>
      <Box flexDirection="row" columnGap={1}>
        <Text>
          <Text {...tint('green')}>{cells.full}</Text>
          <Text dimColor>{cells.empty}</Text>
        </Text>
        <Text>
          {Math.min(done + 1, total)}/{total}
        </Text>
        <Text dimColor>{formatElapsed(elapsed)}</Text>
      </Box>
    </Box>
  );
}
