/**
 * A lab step: the learner types commands one per line (an empty line runs the check), a spinner
 * while the sandbox checks, then the verdict with its details. Renders; the typed line is the only
 * local state, the lines and the verdict come from the session.
 */
import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import TextInput from 'ink-text-input';
import { useState } from 'react';
import { CardHeader } from './CardHeader.js';
import type { CardHeaderProps } from './CardHeader.js';
import { KeyHints } from './KeyHints.js';
import type { KeyHint } from './KeyHints.js';
import { Markdown } from './markdown.js';
import type { LabState } from './session-state.js';
import { useTheme } from './theme.js';

/** Props: the header's, the lab sub-state, the width, and what to do with a typed line. */
export interface LabCardScreenProps extends CardHeaderProps {
  lab: LabState;
  width: number;
  /** A non-empty line was entered. */
  onLine: (text: string) => void;
  /** An empty line was entered: run the check. */
  onSubmit: () => void;
}

/** The lab card screen. */
export function LabCardScreen(props: LabCardScreenProps) {
  const { card, lab, width } = props;
  return (
    <Box flexDirection="column" width={width}>
      <Box flexDirection="column" borderStyle="round" paddingX={1} gap={1}>
        <CardHeader {...props} />
        <Markdown source={card.prompt} />
        <Commands lines={lab.lines} />
        {lab.phase === 'input' ? <CommandInput onLine={props.onLine} onSubmit={props.onSubmit} /> : null}
        {lab.phase === 'checking' ? <Checking /> : null}
        {lab.phase === 'verdict' ? <Verdict lab={lab} answer={card.answer} /> : null}
      </Box>
      <Box paddingX={1}>
        <KeyHints hints={hintsFor(lab)} />
      </Box>
    </Box>
  );
}

function Commands({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i}>
          <Text dimColor>$ </Text>
          {line}
        </Text>
      ))}
    </Box>
  );
}

function CommandInput({ onLine, onSubmit }: { onLine: (t: string) => void; onSubmit: () => void }) {
  const [value, setValue] = useState('');
  const submit = (text: string) => {
    setValue('');
    if (text.trim() === '') onSubmit();
    else onLine(text);
  };
  return (
    <Box>
      <Text dimColor>$ </Text>
      <TextInput value={value} onChange={setValue} onSubmit={submit} placeholder="명령어 (빈 줄: 확인)" />
    </Box>
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

function Verdict({ lab, answer }: { lab: LabState; answer: string }) {
  const { tint } = useTheme();
  const passed = lab.verdict?.passed === true;
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold {...tint(passed ? 'green' : 'red')}>
        {passed ? '✔ PASS' : '✘ FAIL'} {lab.verdict?.summary ?? ''}
      </Text>
      {(lab.verdict?.details.length ?? 0) > 0 ? (
        <Box flexDirection="column">
          {lab.verdict?.details.map((d, i) => (
            <Text key={i}>• {d}</Text>
          ))}
        </Box>
      ) : null}
      {passed ? null : <Markdown source={answer} />}
    </Box>
  );
}

function hintsFor(lab: LabState): KeyHint[] {
  const quit = { key: 'q', label: 'quit' };
  if (lab.phase === 'input') {
    return [
      { key: 'Enter', label: 'add line (empty: check)' },
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
