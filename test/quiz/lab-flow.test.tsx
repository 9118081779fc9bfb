import { describe, expect, it, vi } from 'vitest';
import type { LabVerdict, QueueCard, ReviewInput } from '../../src/quiz/index.js';
import { card, labVerdict, note, tickingClock } from './fixtures.js';
import { startReview, waitForFrame, waitForText } from './terminal.js';

const lab = card('a', 2, {
  kind: 'lab',
  labStep: 2,
  prompt: 'veth 쌍을 만드세요',
  answer: '$ ip link add veth0 type veth peer name veth1',
});

/** A checkLab that the test settles by hand, recording what it was asked. */
function manualCheck() {
  const calls: {
    card: QueueCard;
    commands: string[];
    signal: AbortSignal;
    settle: (v: LabVerdict) => void;
  }[] = [];
  const checkLab = (c: QueueCard, commands: string[], signal: AbortSignal) =>
    new Promise<LabVerdict>((resolve) => calls.push({ card: c, commands, signal, settle: resolve }));
  return { calls, checkLab };
}

/** A session of the one lab card, begun: returns once the card shows `shown`. */
async function startLab(checkLab: NonNullable<ReviewInput['checkLab']>, shown = '명령어를 입력하세요') {
  const session = startReview({
    notes: [note('a', 0, { cards: [lab] })],
    forecast: [],
    now: tickingClock(),
    checkLab,
  });
  await waitForText(session.frame, 'Enter begin');
  session.stdin.write('\r');
  await waitForText(session.frame, shown);
  return session;
}

describe('lab cards', () => {
  it('accepts pasted commands with line ends, and Backspace reopens a line', async () => {
    const { calls, checkLab } = manualCheck();
    const { stdin, done, frame } = await startLab(checkLab);
    stdin.write('ip link\rip -br lin\r');
    await waitForText(frame, '빈 줄: 확인');
    stdin.write('\u007f');
    await waitForFrame(frame, (f) => f.includes('$ ip -br lin') && !f.includes('빈 줄'));
    stdin.write('\u007f');
    await waitForText(frame, '$ ip -br li ');
    stdin.write('nk\r\r');
    await waitForText(frame, 'checking in the lab sandbox');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.commands).toEqual(['ip link', 'ip -br link']);
    expect(calls[0]?.card.cardId).toBe('a:c2');
    calls[0]?.settle(labVerdict(true, 'ok'));
    await waitForText(frame, 'next (Good)');
    stdin.write('\r');
    await waitForText(frame, 'session complete');
    stdin.write('x');
    expect((await done).grades.map((g) => g.grade)).toEqual([3]);
  });

  it('types commands, checks with a spinner, fails, retries, passes and grades Hard', async () => {
    const { calls, checkLab } = manualCheck();
    const { stdin, done, frame } = await startLab(checkLab, 'veth 쌍을 만드세요');
    stdin.write('ip link add veth0 type veth');
    await waitForText(frame, 'ip link add veth0 type veth');
    stdin.write('\r');
    await waitForText(frame, '빈 줄: 확인');
    stdin.write('\r');
    await waitForText(frame, 'checking in the lab sandbox');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls.map((c) => c.commands)).toEqual([['ip link add veth0 type veth']]);
    calls[0]?.settle(
      labVerdict(false, 'veth1 is missing', {
        differences: [
          {
            path: 'host.links.veth1',
            expected: 'veth',
            actual: null,
            explanation: 'name the peer: peer name veth1',
          },
        ],
      }),
    );
    const failed = await waitForText(frame, '✘ FAIL veth1 is missing');
    expect(failed).toContain('name the peer: peer name veth1');
    stdin.write('r');
    await waitForText(frame, '명령어를 입력하세요');
    stdin.write('ip link add veth0 type veth peer name veth1');
    await waitForText(frame, 'peer name veth1');
    stdin.write('\r');
    await waitForText(frame, '빈 줄: 확인');
    stdin.write('\r');
    await waitForText(frame, 'checking in the lab sandbox');
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.commands).toEqual(['ip link add veth0 type veth peer name veth1']);
    calls[1]?.settle(labVerdict(true, 'veth pair exists'));
    await waitForText(frame, 'next (Hard)');
    stdin.write('\r');
    await waitForText(frame, 'session complete');
    stdin.write('x');
    const result = await done;
    expect(result.grades.map((g) => [g.cardId, g.grade])).toEqual([['a:c2', 2]]);
  });

  it('shows the commands with their output like a terminal, then the cause and the fix to try', async () => {
    const { calls, checkLab } = manualCheck();
    const { stdin, frame } = await startLab(checkLab);
    stdin.write('ip link add veth0 type veth peer name veth1\rip -br link\r\r');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]?.settle(
      labVerdict(false, 'Step 2: 1 difference from the reference', {
        commands: [
          { text: 'ip link add veth0 type veth peer name veth1', code: 0, output: '' },
          {
            text: 'ip -br link',
            code: 0,
            output: 'lo  UNKNOWN  <LOOPBACK,UP,LOWER_UP>\nveth1@veth0  DOWN\n',
          },
          { text: 'ip link set veth9 up', code: 1, output: 'Cannot find device "veth9"\n' },
        ],
        differences: [
          {
            path: 'host.links.veth0.up',
            expected: true,
            actual: false,
            explanation: 'veth0 is down',
            hint: 'ip link set veth0 up',
          },
        ],
      }),
    );
    const shown = await waitForText(frame, '✘ FAIL');
    expect(shown).toMatch(/\$ ip -br link[^\n]*\n[^\n]*lo {2}UNKNOWN/);
    expect(shown).toContain('veth1@veth0  DOWN');
    expect(shown).toContain('Cannot find device "veth9"');
    expect(shown).toContain('(exit 1)');
    expect(shown).toMatch(/veth0 is down[\s\S]*try: ip link set veth0 up/);
  });

  it('a refused line says it is not counted as a try, and retry keeps the lines to fix', async () => {
    const { calls, checkLab } = manualCheck();
    const { stdin, frame } = await startLab(checkLab);
    stdin.write('ip link set veth0 up;\r\r');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0]?.settle(
      labVerdict(false, 'Step 2: nothing ran — 1 command refused', {
        refused: [{ command: 'ip link set veth0 up;', reason: '`;` is not allowed' }],
      }),
    );
    const shown = await waitForText(frame, 'not counted as a try');
    expect(shown).toContain('$ ip link set veth0 up;');
    expect(shown).not.toContain('$ ip link add veth0 type veth peer name veth1'); // no answer shown
    stdin.write('r');
    await waitForText(frame, '빈 줄: 확인');
    expect(frame() ?? '').toContain('$ ip link set veth0 up;');
  });

  it('quitting while a check runs aborts its signal and resolves with quit', async () => {
    const { calls, checkLab } = manualCheck();
    const { stdin, done } = await startLab(checkLab);
    stdin.write('ip link\r\r');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.signal.aborted).toBe(false);
    stdin.write('q');
    await expect(done).resolves.toMatchObject({ quit: true, grades: [] });
    expect(calls[0]?.signal.aborted).toBe(true);
  });

  it('a rejected check is a failed verdict; giving up grades Again', async () => {
    const checkLab = () => Promise.reject(new Error('sandbox died'));
    const { stdin, done, frame } = await startLab(checkLab);
    stdin.write('ip link');
    await waitForText(frame, 'ip link');
    stdin.write('\r');
    await waitForText(frame, '빈 줄: 확인');
    stdin.write('\r');
    await waitForText(frame, 'sandbox died');
    stdin.write('\r');
    await waitForText(frame, '명령어를 입력하세요');
    stdin.write('q');
    await waitForText(frame, '$ q');
    stdin.write('\u0003');
    const result = await done;
    expect(result).toMatchObject({ quit: true });
    expect(result.grades.map((g) => g.grade)).toEqual([1]);
  });
});
