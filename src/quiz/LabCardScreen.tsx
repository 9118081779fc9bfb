/**
 * A lab step: the learner types commands one per line (an empty line runs the check), a spinner
 * while the sandbox checks, then the verdict (LabVerdictView: the commands with their output, as in
 * a terminal, and the differences). Renders only: the typed lines,
 * the draft and the verdict are the session's (see session-lab.ts for why not ink-text-input).
 */
import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import { answerSource } from './answer-source.js';
import { CardHeader } from './CardHeader.js';
import type { CardHeaderProps } from './CardHeader.js';
import { KeyHints } from './KeyHints.js';
import type { KeyHint } from './KeyHints.js';
import { LabVerdictView } from './LabVerdictView.js';
import { Markdown } from './markdown.js';
import type { LabState } from './session-state.js';
import { useTheme } from './theme.js';
import { useRows } from './use-columns.js';
import { useBodyRows, Viewport } from './Viewport.js';

/** Props: the header's, the lab sub-state and the width. */
export interface LabCardScreenProps extends CardHeaderProps {
  lab: LabState;
  width: number;
}

/** The lab card screen. */
export function LabCardScreen(props: LabCardScreenProps) {
  const { card, lab, width } = props;
  const view = useBodyRows(useRows());
  // A verdict is read from its top; while typing, the command line (at the bottom) stays in view.
  const verdict = lab.phase === 'verdict' && lab.verdict;
  return (
    <Box ref={view.outer} flexDirection="column" width={width}>
      <Box flexDirection="column" borderStyle="round" paddingX={1} gap={1}>
        <CardHeader {...props} />
        <Box ref={view.body} flexDirection="column">
          <Viewport
            key={`${card.cardId} ${verdict ? 'verdict' : 'typing'}`}
            rows={view.rows}
            follow={!verdict}
          >
            <Box flexDirection="column" gap={1}>
              <Markdown source={card.prompt} />
              {verdict ? (
                <LabVerdictView verdict={verdict} lines={lab.lines} answer={answerSource(card)} />
              ) : (
                <Box flexDirection="column">
                  <Commands lines={lab.lines} />
                  {lab.phase === 'input' ? <Draft draft={lab.draft} first={lab.lines.length === 0} /> : null}
                </Box>
              )}
              {lab.phase === 'checking' ? <Checking /> : null}
            </Box>
          </Viewport>
        </Box>
      </Box>
      <Box paddingX={1}>
        <KeyHints hints={hintsFor(lab)} />
      </Box>
    </Box>
  );
}

function Commands({ lines }: { lines: string[] }) {
  return lines.map((line, i) => (
    <Text key={i}>
      <Text dimColor>$ </Text>
      {line}
    </Text>
  ));
}

function Draft({ draft, first }: { draft: string; first: boolean }) {
  return (
    <Text>
      <Text dimColor>$ </Text>
      {draft}
      <Text inverse> </Text>
      {draft === '' ? <Text dimColor>{first ? ' 명령어를 입력하세요' : ' 빈 줄: 확인 (check)'}</Text> : null}
    </Text>
  );
}

function Checking() {
  const { tint } = useTheme();
  return (
    <Text {...tint('cyan')}>
      <Spinner type="dots" /> checking in the lab sandbox…
    </Text>
  );
}

function hintsFor(lab: LabState): KeyHint[] {
  const quit = { key: 'q', label: 'quit' };
  if (lab.phase === 'input') {
    return [
      { key: 'Enter', label: 'next line (empty line: check)' },
      { key: 'Backspace', label: 'erase' },
      { key: 'Esc', label: 'skip' },
      { key: 'Ctrl+C', label: 'quit' },
    ];
  }
  if (lab.phase === 'checking') return [quit];
  if (lab.verdict?.passed)
    return [{ key: 'Enter', label: lab.failures > 0 ? 'next (Hard)' : 'next (Good)' }, quit];
  return [
    { key: 'r', label: 'retry' },
    { key: 'Enter', label: 'give up (Again)' },
    { key: 's', label: 'skip' },
    { key: 'u', label: 'undo' },
    quit,
  ];
}
