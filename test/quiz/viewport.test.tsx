/**
 * A card taller than the terminal: its body scrolls inside the frame (↑/↓, PgUp/PgDn) and the frame
 * stays a row shorter than the terminal, so ink never clears the screen to draw it and the header,
 * the question and the keys stay in view. A lab step's command line stays in view while typing.
 */
import { render } from 'ink';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CardScreen, LabCardScreen, StartScreen, ThemeProvider } from '../../src/quiz/index.js';
import { at, card, cardScreenProps, note } from './fixtures.js';
import { fakeIo, stripAnsi, waitForFrame, waitForText } from './terminal.js';

const ROWS = 20;
const unmounts: (() => void)[] = [];
afterEach(() => unmounts.splice(0).forEach((u) => u()));

function renderSized(element: ReactElement, rows: number | null = ROWS) {
  const { stdin, stdout, io } = fakeIo(60, rows ?? undefined);
  const app = render(<ThemeProvider color={false}>{element}</ThemeProvider>, {
    ...io,
    debug: true,
    patchConsole: false,
  });
  unmounts.push(app.unmount);
  const frame = () => stripAnsi(stdout.lastFrame());
  return { stdin, stdout, frame };
}

const LOG = Array.from({ length: 60 }, (_, i) => `    line ${String(i).padStart(2, '0')} of the log`).join(
  '\n',
);
const tall = card('a', 1, { prompt: '로그의 마지막 줄은?', answer: `\`\`\`\n${LOG}\n\`\`\`` });
const lines = (f: string) => f.replace(/\n$/, '').split('\n');

/** A lab step whose prompt holds the log, being typed: `typed` lines entered, `draft` on the command line. */
function tallLabStep(typed: string[], draft: string) {
  const lab = card('a', 1, {
    kind: 'lab',
    labStep: 1,
    prompt: `Lab step 1: 로그 보기\n\n\`\`\`\n${LOG}\n\`\`\``,
  });
  const state = { phase: 'input' as const, lines: typed, draft, verdict: null, failures: 0 };
  return (
    <LabCardScreen
      {...cardScreenProps({ card: lab, width: 60 })}
      lab={state}
      note={note('a', 1)}
      now={() => at(1)}
    />
  );
}

describe('a card taller than the terminal', () => {
  it('keeps the frame below the terminal height, the question and the keys in view, and says what is below', async () => {
    const { frame, stdout } = renderSized(<CardScreen {...cardScreenProps({ card: tall, width: 60 })} />);
    const f = stripAnsi(await waitForText(stdout.lastFrame, '↓'));
    expect(lines(f).length).toBeLessThan(ROWS);
    expect(f).toContain('로그의 마지막 줄은?');
    expect(f).toContain('1–4 grade');
    expect(f).toContain('line 00 of the log');
    expect(f).not.toContain('line 59 of the log');
    expect(f).toMatch(/↓ \d+ more — ↑\/↓ PgUp\/PgDn scroll/);
    expect(lines(frame()).length).toBeLessThan(ROWS);
  });

  it('scrolls with ↓ and PgDn down to the last line, and back up with PgUp and ↑', async () => {
    const { stdin, stdout } = renderSized(<CardScreen {...cardScreenProps({ card: tall, width: 60 })} />);
    await waitForText(stdout.lastFrame, '↓');
    stdin.write('\u001b[B');
    await waitForText(stdout.lastFrame, '↑ 1 above');
    for (let i = 0; i < 10; i++) stdin.write('\u001b[6~');
    const bottom = stripAnsi(await waitForText(stdout.lastFrame, 'line 59 of the log'));
    expect(bottom).not.toContain('more —');
    expect(lines(bottom).length).toBeLessThan(ROWS);
    for (let i = 0; i < 10; i++) stdin.write('\u001b[5~');
    stdin.write('\u001b[A');
    const top = stripAnsi(await waitForText(stdout.lastFrame, '로그의 마지막 줄은?'));
    expect(top).not.toContain('above');
  });

  it('a card that fits is drawn whole, without a scroll line or blank rows', async () => {
    const short = card('a', 1, { prompt: '짧은 질문?', answer: '짧은 답' });
    const { stdout } = renderSized(<CardScreen {...cardScreenProps({ card: short, width: 60 })} />);
    const f = await waitForFrame(stdout.lastFrame, (x) => x.includes('짧은 답') && lines(x).length < 14);
    expect(stripAnsi(f)).not.toContain('scroll');
  });

  it('with no terminal height known (a pipe), nothing is cut', async () => {
    const { stdout } = renderSized(<CardScreen {...cardScreenProps({ card: tall, width: 60 })} />, null);
    const f = stripAnsi(await waitForText(stdout.lastFrame, 'line 59 of the log'));
    expect(f).not.toContain('scroll');
  });

  it('a lab step being typed keeps its command line in view below a tall prompt', async () => {
    const { stdout } = renderSized(tallLabStep(['ip link'], 'ip a'));
    const f = stripAnsi(
      await waitForFrame(stdout.lastFrame, (x) => x.includes('$ ip a') && x.includes('above')),
    );
    expect(f).toContain('$ ip link');
    expect(f).toMatch(/↑ \d+ above/);
    expect(lines(f).length).toBeLessThan(ROWS);
  });

  it('typing after scrolling up brings the command line back into view', async () => {
    const { stdin, stdout } = renderSized(tallLabStep([], ''));
    await waitForFrame(stdout.lastFrame, (x) => x.includes('above'));
    for (let i = 0; i < 10; i++) stdin.write('\u001b[5~');
    const top = stripAnsi(await waitForText(stdout.lastFrame, 'Lab step 1'));
    expect(top).not.toContain('명령어를 입력하세요');
    stdin.write('x');
    await waitForFrame(stdout.lastFrame, (x) => x.includes('명령어를 입력하세요') && x.includes('above'));
  });

  it('the start screen of a long queue scrolls the same way, its title and keys in view', async () => {
    const stages = ['d1', 'd4', 'd7', 'd14', 'long-term'] as const;
    const notes = stages.flatMap((stage, i) =>
      Array.from({ length: 6 }, (_, j) => note(`${i}-${j}`, 2, { stage })),
    );
    const forecast = [{ date: '2026-11-29', count: 30 }];
    const { stdin, stdout } = renderSized(<StartScreen notes={notes} forecast={forecast} width={60} />);
    const f = stripAnsi(await waitForText(stdout.lastFrame, '↓'));
    expect(lines(f).length).toBeLessThan(ROWS);
    expect(f).toContain('복습 bokseup — 오늘의 복습');
    expect(f).toContain('Enter begin');
    for (let i = 0; i < 10; i++) stdin.write('\u001b[6~');
    expect(stripAnsi(await waitForText(stdout.lastFrame, '7일 예보'))).toContain('Enter begin');
  });
});
