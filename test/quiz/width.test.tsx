import { render } from 'ink';
import type { ReactElement } from 'react';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { CardScreen, StartScreen, ThemeProvider, useColumns } from '../../src/quiz/index.js';
import { at, card, cardScreenProps, note } from './fixtures.js';
import { fakeIo, stripAnsi, waitForText } from './terminal.js';

const LONG_KO =
  '리눅스는 **네트워크 네임스페이스**를 통해서 네트워크를 격리합니다. 노드에선 루트 네트워크 네임스페이스가 존재합니다 🟩🟩⬜. ' +
  '네트워크네임스페이스가서로다르면서로영향을끼칠수없습니다그리고띄어쓰기가없는아주긴문장도있습니다. `ip netns exec direct_netns ip -br link`\n\n' +
  '- Docker의 브릿지 모드는 호스트 OS의 네트워크 네임스페이스에 docker0라는 네트워크 인터페이스를 만듭니다 🐳\n' +
  '    - 이후에 veth(가상이더넷)을 통해서 컨테이너와 호스트 OS의 네트워킹을 진행합니다.\n\n' +
  "```Bash\n$ sudo ip netns exec direct_netns nginx -g 'daemon off;' # 네임스페이스 안에서 nginx 실행하기\n```\n\n" +
  '> [!important]\n> 실습이 필요할 경우, 가상머신을 사용할 것을 권장합니다. 여기서는 Ubuntu 20.04를 사용하였습니다.';

const unmounts: (() => void)[] = [];
afterEach(() => unmounts.splice(0).forEach((u) => u()));

function renderAt(columns: number, element: ReactElement) {
  const { stdout, io } = fakeIo(columns);
  const app = render(<ThemeProvider color={true}>{element}</ThemeProvider>, {
    ...io,
    debug: true,
    patchConsole: false,
  });
  unmounts.push(app.unmount);
  return stdout;
}

function Card({ revealed }: { revealed: boolean }) {
  const width = useColumns();
  const c = card('a', 1, { prompt: LONG_KO, answer: LONG_KO, context: LONG_KO });
  return (
    <CardScreen
      {...cardScreenProps({
        note: note('a', 1, { title: '리눅스 네트워크 네임스페이스 🐧 아주 긴 제목입니다 정말로 깁니다' }),
        card: c,
        now: () => at(75),
        revealed,
        width,
      })}
    />
  );
}

describe('layout width', () => {
  for (const columns of [30, 41, 57, 80]) {
    it(`keeps every line of a long Korean card within ${columns} columns`, async () => {
      const stdout = renderAt(columns, <Card revealed={true} />);
      const frame = stripAnsi(await waitForText(stdout.lastFrame, '01:15'));
      const lines = frame.split('\n');
      expect(lines.length).toBeGreaterThan(20);
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
      expect(frame.replace(/[\s│]/g, '')).toContain('띄어쓰기가');
      expect(lines[0]).toMatch(/^╭─+╮$/);
      expect(stringWidth(lines[0] ?? '')).toBe(columns);
    });
  }

  it('follows a terminal resize', async () => {
    const stdout = renderAt(60, <Card revealed={false} />);
    await waitForText(stdout.lastFrame, '01:15');
    stdout.columns = 36;
    stdout.emit('resize');
    const frame = await waitForText(stdout.lastFrame, `╭${'─'.repeat(34)}╮`);
    for (const line of stripAnsi(frame).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(36);
  });

  it('keeps the start screen within a narrow terminal', async () => {
    const notes = [
      note('a', 3, { title: LONG_KO.slice(0, 60), stage: 'extra', overdueDays: 3 }),
      note('b', 2),
    ];
    const forecast = Array.from({ length: 7 }, (_, i) => ({ date: `2024-10-${27 + i}`, count: i }));
    const stdout = renderAt(44, <StartScreen notes={notes} forecast={forecast} width={44} />);
    const frame = stripAnsi(await waitForText(stdout.lastFrame, 'Enter'));
    for (const line of frame.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(44);
  });
});
