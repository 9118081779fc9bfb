/**
 * The summary after the last card, or after q: cards reviewed, retention, pace, each note's
 * learning-rate bar before → after and its next review as the commit will write it (a note not
 * finished says it stays due). Renders only; any key but a scroll key exits.
 */
import { Box, Text } from 'ink';
import { bar, formatElapsed, ratePercent } from './format.js';
import { KeyHints } from './KeyHints.js';
import { useRows } from './use-columns.js';
import { useBodyRows, Viewport } from './Viewport.js';
import type { NoteSummary, SessionSummary } from './summary-stats.js';
import { useTheme } from './theme.js';

/** Props: the figures and the terminal width. */
export interface SummaryProps {
  summary: SessionSummary;
  /** The session has something to undo (the same test as the `u` key: review-keys.ts). */
  canUndo: boolean;
  /** The learner quit with q before the queue ended. */
  quit?: boolean;
  width: number;
}

/** The summary screen. */
export function Summary({ summary, canUndo, quit = false, width }: SummaryProps) {
  const { tint } = useTheme();
  const view = useBodyRows(useRows());
  return (
    <Box ref={view.outer} flexDirection="column" width={width}>
      <Box flexDirection="column" borderStyle="round" paddingX={1} gap={1}>
        <Text bold {...tint(quit ? 'yellow' : 'green')}>
          {quit
            ? '복습 중단 — session ended early (everything graded is saved)'
            : '복습 완료 — session complete'}
        </Text>
        <Box ref={view.body} flexDirection="column">
          <Viewport rows={view.rows}>
            <Box flexDirection="column" gap={1}>
              <Figures summary={summary} />
              {summary.notes.length > 0 ? (
                <Box flexDirection="column">
                  {summary.notes.map((note) => (
                    <NoteLine key={note.noteId} note={note} />
                  ))}
                </Box>
              ) : null}
            </Box>
          </Viewport>
        </Box>
      </Box>
      <Box paddingX={1}>
        <KeyHints
          hints={[
            ...(canUndo ? [{ key: 'u', label: 'undo the last grade' }] : []),
            { key: 'any other key', label: 'exit' },
          ]}
        />
      </Box>
    </Box>
  );
}

function Figures({ summary }: { summary: SessionSummary }) {
  const g = summary.byGrade;
  return (
    <Box flexDirection="column">
      <Text>
        Cards reviewed <Text bold>{summary.cards}</Text>
        <Text dimColor>
          {' '}
          ({summary.reviews} reviews: {g[1]} Again · {g[2]} Hard · {g[3]} Good · {g[4]} Easy)
        </Text>
      </Text>
      <Text>
        Retention <Text bold>{Math.round(summary.retention * 100)}%</Text>
        {'   '}Pace <Text bold>{summary.paceSeconds.toFixed(1)} s/card</Text>
        {'   '}Time <Text bold>{formatElapsed(summary.elapsedMs)}</Text>
      </Text>
    </Box>
  );
}

function RateBar({ tenths }: { tenths: number }) {
  const { tint } = useTheme();
  const cells = bar(tenths / 10, 10);
  return (
    <Text>
      <Text {...tint('green')}>{cells.full}</Text>
      <Text dimColor>{cells.empty}</Text> {ratePercent(tenths).padStart(4)}
    </Text>
  );
}

function NoteLine({ note }: { note: NoteSummary }) {
  const { tint } = useTheme();
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>{note.title}</Text>
        {note.anyAgain ? <Text {...tint('red')}> (Again → 추가 복습)</Text> : null}
      </Text>
      <Text>
        {'  '}
        <RateBar tenths={note.rateBefore} />
        {note.rateAfter === null ? null : (
          <>
            {' → '}
            <RateBar tenths={note.rateAfter} />
          </>
        )}
        {note.nextDue ? <Text dimColor>{`  next ${note.nextDue}`}</Text> : null}
      </Text>
      {note.finished === false ? (
        <Text {...tint('yellow')}>
          {`  ${note.graded} of ${note.queued} cards graded: the review is not complete${note.anyAgain ? '' : ', the note stays due'}`}
        </Text>
      ) : null}
    </Box>
  );
}
