/**
 * A question or cloze card (and a lab card when the lab sandbox is unavailable): the prompt,
 * then after Space the answer and the grade keys. Renders only; keys live in `useReviewKeys`.
 */
import { Box, Text } from 'ink';
import { answerSource } from './answer-source.js';
import { CardHeader } from './CardHeader.js';
import type { CardHeaderProps } from './CardHeader.js';
import { GradeKeys } from './GradeKeys.js';
import { KeyHints } from './KeyHints.js';
import { Markdown } from './markdown.js';
import { useTheme } from './theme.js';

/** Props: the header's, whether the answer is shown, and the terminal width. */
export interface CardScreenProps extends CardHeaderProps {
  revealed: boolean;
  width: number;
}

/** The card screen. */
export function CardScreen(props: CardScreenProps) {
  const { card, revealed, width } = props;
  const { tint } = useTheme();
  const noLab = card.kind === 'lab';
  return (
    <Box flexDirection="column" width={width}>
      <Box flexDirection="column" borderStyle="round" paddingX={1} gap={1}>
        <CardHeader {...props} />
        <Markdown source={card.prompt} />
        {noLab ? (
          <Text {...tint('yellow')}>lab checks need the lab sandbox: grade yourself or skip</Text>
        ) : null}
        {revealed ? <Answer answer={answerSource(card)} context={card.context} /> : null}
      </Box>
      <Box paddingX={1} flexDirection="column">
        {revealed ? (
          <GradeKeys intervals={typeof card.intervals === 'function' ? card.intervals() : card.intervals} />
        ) : null}
        <KeyHints
          hints={[
            ...(revealed ? [] : [{ key: 'Space', label: noLab ? 'show the commands' : 'reveal' }]),
            { key: 's', label: 'skip' },
            { key: 'u', label: 'undo' },
            { key: 'q', label: 'quit' },
          ]}
        />
      </Box>
    </Box>
  );
}

function Answer({ answer, context }: { answer: string; context?: string | undefined }) {
  const { tint } = useTheme();
  return (
    <Box flexDirection="column" gap={1}>
      <Text {...tint('green')} bold>
        ── 답 ──
      </Text>
      <Markdown source={answer} />
      {context ? (
        <Box flexDirection="column">
          <Text dimColor>문맥</Text>
          <Markdown source={context} />
        </Box>
      ) : null}
    </Box>
  );
}
