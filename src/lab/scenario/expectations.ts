/**
 * Promises a note's shown output makes: a ping that shows `0% packet loss` promises reachability, a
 * `curl` that shows an HTML page promises an HTTP answer, and `curl: (7) Failed to connect` promises
 * that nothing answers (a negative check). Output that promises nothing gives no expectation.
 */
import type { Action, Expectation } from './types.js';

const PING_OK = [/(^|[^\d.])0% packet loss/, /\bbytes from\b/];
const PING_FAIL = [/100% packet loss/, /unreachable/i];
const HTTP_OK = [/<!DOCTYPE html/i, /<html[\s>]/i, /^HTTP\/[\d.]+ [23]\d\d/];
const HTTP_FAIL = [/^curl: \((6|7|28|52|56)\)/, /Connection refused/];

const anyMatch = (patterns: RegExp[], lines: string[]): boolean =>
  lines.some((l) => patterns.some((p) => p.test(l)));

/** The expectation a command's shown `output` makes about its `action`, or null. */
export function expectationOf(
  action: Action,
  output: string[],
  command: string,
  line: number,
): Expectation | null {
  if (action.kind === 'ping') {
    const reachable = anyMatch(PING_FAIL, output) ? false : anyMatch(PING_OK, output) ? true : null;
    if (reachable === null) return null;
    return { kind: 'ping', ns: action.ns, target: action.target, reachable, command, line };
  }
  if (action.kind === 'curl') {
    const reachable = anyMatch(HTTP_FAIL, output) ? false : anyMatch(HTTP_OK, output) ? true : null;
    if (reachable === null) return null;
    return { kind: 'http', ns: action.ns, target: action.url, reachable, command, line };
  }
  return null;
}

/** A stable key for an expectation's probe (same probe, same key): `ping host→10.200.0.3`. */
export function probeKey(e: Pick<Expectation, 'kind' | 'ns' | 'target'>): string {
  return `${e.kind} ${e.ns}→${e.target}`;
}
