import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLabSteps } from '../../src/note/index.js';

const SEED = new URL('../fixtures/notes/seed/input.md', import.meta.url);
const seedLines = readFileSync(SEED, 'utf8').split('\n');

describe('extractLabSteps on the seed note', () => {
  const steps = extractLabSteps(seedLines, 1);

  it('finds the five numbered steps with their titles and file lines', () => {
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(steps[1]?.title).toBe('가상 인터페이스 만들기');
    const line = steps[0]?.line ?? 0;
    expect(seedLines[line - 1]).toContain('## 1. 네트워크 디바이스 확인');
  });

  it('reads step 2 commands with their shown output, dedented', () => {
    const cmds = steps[1]?.commands ?? [];
    expect(cmds.map((c) => c.text)).toEqual([
      'sudo ip link add veth0 type veth peer name veth1',
      'ip -br link',
    ]);
    expect(cmds[0]?.output).toEqual([]);
    expect(cmds[1]?.output).toHaveLength(4);
    expect(cmds[1]?.output[0]).toMatch(/^lo {15}UNKNOWN/);
    expect(cmds[1]?.output[3]).toMatch(/^veth0@veth1/);
    expect(seedLines[(cmds[1]?.line ?? 0) - 1]?.trim()).toBe('$ ip -br link');
  });

  it('splits a trailing comment outside quotes and keeps quoted text', () => {
    const list = steps[2]?.commands[1];
    expect(list?.text).toBe('ip netns list');
    expect(list?.comment).toBe('또는 ls /var/run/netns');
    expect(list?.output).toEqual(['direct_netns']);
    const nginx = steps[3]?.commands.find((c) => c.text.includes('nginx -g'));
    expect(nginx?.text).toBe("sudo ip netns exec direct_netns nginx -g 'daemon off;'");
    expect(nginx?.comment).toBeUndefined();
  });

  it('ends output at a blank line followed by a comment (step 4 curl blocks)', () => {
    const cmds = steps[3]?.commands ?? [];
    const inside = cmds.find((c) => c.text === 'sudo ip netns exec direct_netns curl 127.0.0.1');
    expect(inside?.output).toEqual(['<!DOCTYPE html>', '...']);
    const host = cmds.filter((c) => c.text === 'curl 127.0.0.1');
    expect(host).toHaveLength(2);
    expect(host[0]?.output).toEqual([]);
    expect(host[1]?.output[0]).toMatch(/^curl: \(7\) Failed to connect/);
  });

  it('keeps ping output including ^C and the statistics in step 5', () => {
    const ping = steps[4]?.commands.find((c) => c.text === 'ping 10.200.0.3');
    expect(ping?.output).toContain('^C');
    expect(ping?.output.some((l) => l.includes('0% packet loss'))).toBe(true);
    expect(steps[4]?.commands.map((c) => c.text)).not.toContain('ip link set veth0 up');
  });
});

describe('extractLabSteps edge cases', () => {
  it('ignores non-shell fences, headings without commands and lines before the first step', () => {
    const lines = [
      '```bash',
      '$ ip link',
      '```',
      '## 1. nothing to run',
      'text',
      '## 2. run',
      '```python',
      '$ not a command',
      '```',
      '~~~SH',
      '$ ip a # show',
      'out',
      '~~~',
    ];
    const steps = extractLabSteps(lines, 10);
    expect(steps).toHaveLength(1);
    expect(steps[0]?.number).toBe(2);
    expect(steps[0]?.commands).toEqual([{ text: 'ip a', comment: 'show', output: ['out'], line: 20 }]);
  });

  it('does not treat a # inside quotes or inside a word as a comment', () => {
    const lines = ['## 1. q', '```shell', `$ echo 'a # b' x#y # real`, '```'];
    const cmd = extractLabSteps(lines, 1)[0]?.commands[0];
    expect(cmd?.text).toBe(`echo 'a # b' x#y`);
    expect(cmd?.comment).toBe('real');
  });

  it('a level-1 heading ends the current step', () => {
    const lines = ['## 1. a', '# other', '```bash', '$ ip link', '```'];
    expect(extractLabSteps(lines, 1)).toEqual([]);
  });
});
