/**
 * Properties of the allow-list over generated input (no privileges needed): understanding never
 * throws, a note never gets `refuse` (it gets `skip`), and whatever is understood becomes an argv
 * that starts an allowed program, in a namespace with a plain name, with no NUL, no path-like word
 * and nothing a shell would read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionArgv, understandCommand } from '../../src/lab/index.js';
import { hostileAnswer } from './hostile-answers.js';

const PROGRAMS = new Set([
  'ip',
  'ping',
  'curl',
  'nginx',
  'sysctl',
  'bridge',
  'iptables',
  'ip6tables',
  'nft',
  'ss',
]);
/** Where the lab's own argv puts a path: nsenter's `--net=/run/netns/NS`, nginx's own files. */
const OWN_PATHS = /^(--net=\/run\/netns\/[A-Za-z0-9_.-]+|\/run\/bokseup\/nginx(\.conf|-error\.log))$/;

/** The program an argv starts (after `nsenter --net=… --`). */
const programOf = (argv: string[]) => (argv[0] === 'nsenter' ? argv[3] : argv[0]);

function checkUnderstood(line: string): void {
  const u = understandCommand(line, 'learner');
  expect(['run', 'skip', 'refuse']).toContain(u.verdict);
  expect(understandCommand(line, 'note').verdict).toBe(u.verdict === 'run' ? 'run' : 'skip');
  if (u.verdict !== 'run') {
    expect(u.reason.length).toBeGreaterThan(0);
    return;
  }
  expect(u.action.ns).toMatch(/^[A-Za-z0-9_.-]+$/);
  const argv = actionArgv(u.action);
  expect(PROGRAMS.has(programOf(argv) ?? ''), line).toBe(true);
  for (const word of argv) {
    expect(word.includes('\0'), line).toBe(false);
    if (word.startsWith('/') || word.includes('..')) expect(word, line).toMatch(OWN_PATHS);
  }
}

describe('the allow-list over generated lines', () => {
  it('hostile answers: no throw, notes skip, every run is an allowed program with no path', () => {
    fc.assert(fc.property(hostileAnswer('bkprop'), checkUnderstood), { numRuns: 5000, seed: 7 });
  });

  it('arbitrary text after a known program: the same', () => {
    const program = fc.constantFrom(...PROGRAMS, 'sudo', 'ip netns exec ns1', 'ip -n ns1', '$ ');
    const line = fc.tuple(program, fc.string({ maxLength: 60 })).map(([p, s]) => `${p} ${s}`);
    fc.assert(fc.property(line, checkUnderstood), { numRuns: 5000, seed: 11 });
  });
});
