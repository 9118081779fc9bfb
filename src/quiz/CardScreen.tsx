/**
 * A question, cloze or whole-note card (and a lab card when the lab sandbox is unavailable): the
 * prompt, then after Space the answer and the grade keys, each with when the card comes back. A
 * cloze shows where it sits (heading › parent item) and, revealed, its text with the hidden span
 * highlighted in place. Renders only; keys live in `useReviewKeys`.
 */
import { Box, Text } from 'ink';
import { answerSource } from './answer-source.js';
import { CardHeader } from './CardHeader.js';
import type { CardHeaderProps } from './CardHeader.js';
import { revealCloze } from './cloze-reveal.js';
import { GradeKeys } from './GradeKeys.js';
import { KeyHints, type KeyHint } from './KeyHints.js';
import { Markdown } from './markdown.js';
import { useTheme } from './theme.js';
import type { GradeHints, QueueCard } from './types.js';
import { useRows } from './use-columns.js';
import { useBodyRows, Viewport } from './Viewport.js';

/** Props: the header's, whether the answer is shown, the grade keys' hints and the terminal width. */
export interface CardScreenProps extends CardHeaderProps {
  revealed: boolean;
  width: number;
  hints?: GradeHints | undefined;
}

/** The card screen. */
export function CardScreen(props: CardScreenProps) {
  const { card, revealed, width, hints } = props;
  const { tint } = useTheme();
  const view = useBodyRows(useRows());
  return (
    <Box ref={view.outer} flexDirection="column" width={width}>
      <Box flexDirection="column" borderStyle="round" paddingX={1} gap={1}>
        <CardHeader {...props} />
        <Box ref={view.body} flexDirection="column">
          <Viewport key={card.cardId} rows={view.rows}>
            <Box flexDirection="column" gap={1}>
              {card.kind === 'note' ? <Text dimColor>{WHOLE_NOTE[props.note.lang]}</Text> : null}
              {card.context ? <Text dimColor>{card.context}</Text> : null}
              <Markdown source={card.kind === 'cloze' && revealed ? revealCloze(card) : card.prompt} />
              {card.kind === 'lab' ? (
                <Text {...tint('yellow')}>lab checks need the lab sandbox: grade yourself or skip</Text>
              ) : null}
              {revealed && card.kind !== 'cloze' ? <Answer card={card} /> : null}
            </Box>
          </Viewport>
        </Box>
      </Box>
      <Box paddingX={1} flexDirection="column">
        {revealed ? <GradeKeys intervals={hints} /> : null}
        <KeyHints hints={hintsFor(card, revealed)} />
      </Box>
    </Box>
  );
}

const WHOLE_NOTE = {
  ko: '노트 전체 복습: 이 노트의 내용을 떠올려 보세요',
  en: 'whole-note review: recall what this note says',
} as const;

function hintsFor(card: QueueCard, revealed: boolean): KeyHint[] {
  const first = revealed
    ? { key: '1–4', label: 'grade' }
    : { key: 'Space', label: card.kind === 'lab' ? 'show the commands' : 'reveal' };
  return [
    first,
    { key: 's', label: 'skip' },
    { key: 'u', label: 'undo' },
    { key: 'q', label: 'quit' },
    { key: '?', label: 'keys' },
  ];
}

function Answer({ card }: { card: QueueCard }) {
  const { tint } = useTheme();
  const heading = card.kind === 'note' ? '── 요약 ──' : '── 답 ──';
  const answer = answerSource(card);
  return (
    <Box flexDirection="column" gap={1}>
      <Text {...tint('green')} bold>
        {heading}
      </Text>
      {answer.trim() === '' ? <Text dimColor>(no answer written yet)</Text> : <Markdown source={answer} />}
    </Box>
  );
}
