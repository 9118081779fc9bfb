/**
 * A lab card's verdict as the learner reads it: the commands they typed with the output each one
 * printed, as in a real terminal (so the state can be looked at with `ip -br addr`), then PASS or
 * FAIL with the differences (root cause first) and the command that would fix each, what was
 * refused (not counted as a try) or skipped, and on a failure the step's reference answer.
 */
import { Box, Text } from 'ink';
import type { LabVerdict } from '../lab/verdict.js';
import { refusedInput } from './lab-verdict.js';
import { Markdown } from './markdown.js';
import { useTheme } from './theme.js';

/** The most output lines shown per command. */
const MAX_LINES = 12;

/** Props: the verdict, the typed lines (shown when nothing ran) and the card's answer. */
export interface LabVerdictViewProps {
  verdict: LabVerdict;
  lines: string[];
  answer: string;
}

/** The verdict screen part of a lab card. */
export function LabVerdictView({ verdict, lines, answer }: LabVerdictViewProps) {
  const { tint } = useTheme();
  const refused = refusedInput(verdict);
  const label = verdict.passed ? '✔ PASS' : refused ? '✘ REFUSED (not counted as a try)' : '✘ FAIL';
  return (
    <Box flexDirection="column" gap={1}>
      <Terminal verdict={verdict} lines={lines} />
      <Text bold {...tint(verdict.passed ? 'green' : refused ? 'yellow' : 'red')}>
        {label} {verdict.summary}
      </Text>
      <Findings verdict={verdict} />
      {verdict.passed || refused ? null : <Markdown source={answer} />}
    </Box>
  );
}

/** The commands that ran with their output; when none ran, the typed lines alone. */
function Terminal({ verdict, lines }: { verdict: LabVerdict; lines: string[] }) {
  const runs = verdict.commands.length > 0 ? verdict.commands : lines.map((text) => ({ text, output: '' }));
  return (
    <Box flexDirection="column">
      {runs.map((run, i) => (
        <Box key={i} flexDirection="column">
          <Text>
            <Text dimColor>$ </Text>
            {run.text}
          </Text>
          {outputRows(run).map((row, j) => (
            <Text key={j} dimColor>
              {row}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
}

/** A command's output rows (capped), why it did not run, or its exit code when it failed silently. */
function outputRows(run: { output: string; code?: number | null; notRun?: string }): string[] {
  const rows = (run.notRun ?? run.output.replace(/\n+$/, ''))
    .split('\n')
    .filter((r, i, all) => all.length > 1 || r !== '');
  const kept = rows.slice(0, MAX_LINES);
  if (rows.length > kept.length) kept.push(`… (${rows.length - kept.length} more lines)`);
  if (run.notRun === undefined && run.code !== undefined && run.code !== 0)
    kept.push(`(exit ${run.code ?? 'killed: timed out'})`);
  return kept;
}

/** Refusals with their reason, the differences with the fix to try, and skipped commands. */
function Findings({ verdict }: { verdict: LabVerdict }) {
  const items = [
    ...verdict.refused.map((r) => `refused \`${r.command}\`: ${r.reason}`),
    ...verdict.differences.map((d) => (d.hint ? `${d.explanation}\n  try: \`${d.hint}\`` : d.explanation)),
    ...verdict.skipped.map((s) => `skipped \`${s.command}\`: ${s.reason}`),
  ];
  return items.length > 0 ? <Markdown source={items.map((d) => `- ${d}`).join('\n')} /> : null;
}
