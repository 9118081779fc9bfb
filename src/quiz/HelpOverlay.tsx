/**
 * The `?` overlay: every key of the review and what it does, screen by screen. Any key closes it.
 */
import { Box, Text } from 'ink';
import { useTheme } from './theme.js';
import { useRows } from './use-columns.js';
import { useBodyRows, Viewport } from './Viewport.js';

interface KeyRow {
  key: string;
  does: string;
}

const START: KeyRow[] = [
  { key: 'Enter', does: 'begin the review' },
  { key: 'q · Esc', does: 'leave without reviewing' },
];

const CARD: KeyRow[] = [
  { key: 'Space · Enter', does: 'reveal the answer (and nothing else)' },
  { key: '1', does: 'Again: the card comes back a few cards later, the note tomorrow (extra review)' },
  { key: '2 · 3 · 4', does: 'Hard · Good · Easy: each key shows when the card comes back' },
  { key: 'u', does: 'undo the last grade or skip' },
  { key: 's', does: 'skip: the card comes back at the end; a second skip leaves it for another day' },
  { key: 'q', does: 'quit: the summary of what you did; every grade is kept' },
  { key: 'Ctrl+C', does: 'quit at once; every grade is kept' },
  { key: '↑ ↓ · PgUp PgDn', does: 'scroll a card taller than the terminal (lab steps too)' },
  { key: '?', does: 'this help' },
];

const LAB: KeyRow[] = [
  { key: 'typing', does: 'one command per line; Enter ends a line, an empty line runs the check' },
  { key: 'Backspace', does: 'erase (into the previous line)' },
  { key: 'Esc', does: 'skip the step' },
  { key: 'Enter', does: 'after the verdict: next (a pass grades Good, Hard after a retry; a fail Again)' },
  { key: 'r', does: 'after a fail: try again' },
];

const SUMMARY: KeyRow[] = [
  { key: 'u', does: 'undo the last grade (back to that card)' },
  { key: 'any other key', does: 'leave: the session is saved' },
];

function Section({ title, rows }: { title: string; rows: KeyRow[] }) {
  const width = Math.max(...rows.map((r) => r.key.length)) + 2;
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      {rows.map((r) => (
        <Box key={r.key} flexDirection="row">
          <Box width={width} flexShrink={0}>
            <Text bold>{r.key}</Text>
          </Box>
          <Text>{r.does}</Text>
        </Box>
      ))}
    </Box>
  );
}

/** The overlay; `labChecks` adds the lab keys (lab steps are self-graded cards without the sandbox). */
export function HelpOverlay({ width, labChecks }: { width: number; labChecks: boolean }) {
  const { tint } = useTheme();
  const view = useBodyRows(useRows());
  return (
    <Box ref={view.outer} flexDirection="column" width={width}>
      <Box flexDirection="column" borderStyle="round" paddingX={1} gap={1}>
        <Text bold {...tint('cyan')}>
          keys — 단축키
        </Text>
        <Box ref={view.body} flexDirection="column">
          <Viewport rows={view.rows}>
            <Box flexDirection="column" gap={1}>
              <Section title="start screen" rows={START} />
              <Section title="card" rows={CARD} />
              {labChecks ? <Section title="lab step" rows={LAB} /> : null}
              <Section title="summary" rows={SUMMARY} />
            </Box>
          </Viewport>
        </Box>
      </Box>
      <Box paddingX={1}>
        <Text dimColor>any other key closes this help</Text>
      </Box>
    </Box>
  );
}
