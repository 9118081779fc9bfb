/**
 * The start screen: today's queue grouped by stage (notes and cards per stage, the notes listed)
 * and the 7-day forecast as a small bar row. Renders only.
 */
import { Box, Text } from 'ink';
import type { Stage } from '../note/types.js';
import { overdueLabel } from '../schedule/stage-label.js';
import { plural } from '../text/plural.js';
import { sparkBlock } from './format.js';
import { KeyHints } from './KeyHints.js';
import { useRows } from './use-columns.js';
import { useBodyRows, Viewport } from './Viewport.js';
import { StageBadge } from './StageBadge.js';
import { useTheme } from './theme.js';
import type { QueueNote, ReviewInput } from './types.js';

/** Stages in the order the start screen lists them. */
const STAGE_ORDER: Stage[] = ['extra', 'd1', 'd4', 'd7', 'd14', 'long-term'];
/** Notes listed per stage before `… N more`. */
const LIST_MAX = 5;

/** Props: the queue and forecast, and the terminal width. */
export interface StartScreenProps {
  notes: QueueNote[];
  forecast: ReviewInput['forecast'];
  width: number;
  heldBack?: ReviewInput['heldBack'];
  overLimit?: ReviewInput['overLimit'];
}

/** The start screen. */
export function StartScreen({ notes, forecast, width, heldBack, overLimit }: StartScreenProps) {
  const cards = notes.reduce((n, note) => n + note.cards.length, 0);
  const view = useBodyRows(useRows());
  return (
    <Box ref={view.outer} flexDirection="column" width={width}>
      <Box flexDirection="column" borderStyle="round" paddingX={1} gap={1}>
        <Text bold>복습 bokseup — 오늘의 복습</Text>
        <Box ref={view.body} flexDirection="column">
          <Viewport rows={view.rows}>
            <Box flexDirection="column" gap={1}>
              <Counts cards={cards} notes={notes.length} />
              <LimitNotes overLimit={overLimit} heldBack={heldBack} />
              {STAGE_ORDER.map((stage) => (
                <StageGroup key={stage} stage={stage} notes={notes.filter((n) => n.stage === stage)} />
              ))}
              {forecast.length > 0 ? <Forecast forecast={forecast} /> : null}
            </Box>
          </Viewport>
        </Box>
      </Box>
      <Box paddingX={1}>
        <KeyHints
          hints={[
            { key: 'Enter', label: cards === 0 ? 'close' : 'begin' },
            { key: 'q', label: 'quit' },
            { key: '?', label: 'keys' },
          ]}
        />
      </Box>
    </Box>
  );
}

function Counts({ cards, notes }: { cards: number; notes: number }) {
  if (cards === 0) return <Text>Nothing due today. 오늘 복습할 카드가 없습니다.</Text>;
  return (
    <Text>
      <Text bold>{cards}</Text> {cards === 1 ? 'card' : 'cards'} in <Text bold>{notes}</Text>{' '}
      {notes === 1 ? 'note' : 'notes'}
    </Text>
  );
}

/** What the card limit did: a first note queued whole over it, the due notes held back. */
function LimitNotes({ overLimit, heldBack }: Pick<StartScreenProps, 'overLimit' | 'heldBack'>) {
  const { tint } = useTheme();
  return (
    <>
      {overLimit ? (
        <Text {...tint('yellow')}>
          {`${overLimit.title} has ${plural(overLimit.cards, 'due card')}, more than the limit of ${overLimit.limit}: it is queued whole (a note is never split)`}
        </Text>
      ) : null}
      {heldBack && heldBack.notes > 0 ? (
        <Text dimColor>
          {`+ ${plural(heldBack.notes, 'more due note')} beyond today's limit of ${heldBack.limit} cards — whole notes only; they stay due (--limit 0 reviews everything)`}
        </Text>
      ) : null}
    </>
  );
}

function StageGroup({ stage, notes }: { stage: Stage; notes: QueueNote[] }) {
  if (notes.length === 0) return null;
  const cards = notes.reduce((n, note) => n + note.cards.length, 0);
  return (
    <Box flexDirection="column">
      <Text>
        <StageBadge stage={stage} lang={notes[0]?.lang ?? 'ko'} /> {plural(notes.length, 'note')} ·{' '}
        {plural(cards, 'card')}
      </Text>
      {notes.slice(0, LIST_MAX).map((note) => (
        <Text key={note.noteId} wrap="truncate-end">
          {'  '}
          {note.title}
          <Text dimColor>
            {' '}
            ({note.cards.length}){note.overdueDays > 0 ? ` ${overdueLabel(note.overdueDays, note.lang)}` : ''}
          </Text>
        </Text>
      ))}
      {notes.length > LIST_MAX ? <Text dimColor>{`  … ${notes.length - LIST_MAX} more`}</Text> : null}
    </Box>
  );
}

function Forecast({ forecast }: { forecast: ReviewInput['forecast'] }) {
  const { tint } = useTheme();
  const max = Math.max(0, ...forecast.map((d) => d.count));
  return (
    <Box flexDirection="column">
      <Text dimColor>7일 예보 (forecast)</Text>
      <Box flexDirection="row">
        {forecast.map((day) => (
          <Box key={day.date} flexDirection="column" width={6} alignItems="center">
            <Text {...tint('green')}>{sparkBlock(day.count, max).repeat(3)}</Text>
            <Text>{day.count}</Text>
            <Text dimColor>{day.date.slice(5).replace('-', '/')}</Text>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
