/**
 * No answer can hang `lab try`: every program the lab runs is bounded by its own options, so the
 * hang is made by hand: a runner that turns the learner's `ping` of an unused address into a shell
 * that starts two background sleeps and execs a third (the shape of `ip xfrm monitor` holding the
 * pipes, or a daemon that forks). `lab try` must return within the ping's timeout plus a slack, and
 * no process of it may be left anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_TIMEOUT_MS, labTry, preflight, realRunner, type ProcessRunner } from '../../src/lab/index.js';
import { suiteCanRun } from '../require-suite.js';
import { seedNote } from './seed-note.js';

const pf = await preflight();
const ready = suiteCanRun('the lab timeout test', pf.ok && pf.tools.ping, pf.ok ? 'ping missing' : pf.reason);
const environment = pf.ok ? { mode: pf.mode, tools: pf.tools, warnings: pf.warnings } : undefined;
const MARK = `987.${process.pid % 1000}`;
const HANG = `sleep ${MARK}1 & sleep ${MARK}2 & exec sleep ${MARK}3`;

/** The real runner, except that a ping of 10.200.0.99 becomes a command that never ends by itself. */
const hangingRunner: ProcessRunner = {
  run(argv, opts) {
    const at = argv.indexOf('ping');
    const hang = at >= 0 && argv.includes('10.200.0.99');
    return realRunner.run(hang ? [...argv.slice(0, at), 'sh', '-c', HANG] : argv, opts);
  },
  start: (argv, opts) => realRunner.start(argv, opts),
};

/** Command lines of every host process that carries this test's mark. */
function marked(): string[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    })
    .filter((c) => c.includes(MARK) && !c.includes('vitest'));
}

describe.skipIf(!ready)('lab try with a hanging command', () => {
  it('returns within the timeout plus slack, reports the stop, and leaves no process', async () => {
    const started = Date.now();
    const verdict = await labTry(seedNote(), 2, ['ping -c 1 10.200.0.99'], {
      runner: hangingRunner,
      ...(environment ? { environment } : {}),
    });
    const took = Date.now() - started;
    expect(took).toBeLessThan(ACTION_TIMEOUT_MS.ping + 3000);
    expect(took).toBeGreaterThanOrEqual(ACTION_TIMEOUT_MS.ping);
    const ping = verdict.commands.find((c) => c.text.includes('10.200.0.99'));
    expect(ping?.code).toBeNull();
    expect(ping?.output).toMatch(/stopped after 3 s/);
    expect(marked()).toEqual([]);
  }, 20000);
});
