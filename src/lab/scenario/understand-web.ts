/**
 * Understand `ping`, `curl` and `nginx` against allow-lists of their options. `ping` and `curl` reach
 * only addresses (IP literals or `localhost`: everything they can reach is inside the sandbox) and run
 * bounded whatever the learner typed (action-argv.ts); `curl` fetches only `http(s)` URLs, with no
 * option that reads or writes files (`-o`, `-K`, `--config`, `-d @file`…). `nginx` only in the forms
 * the lab uses.
 */
import type { Understanding } from './types.js';

const refuse = (reason: string): Understanding => ({ verdict: 'refuse', reason });

/** ping options that take a value, with the largest value the lab accepts (the run is bounded anyway). */
const PING_VALUES: Record<string, (v: string) => boolean> = {
  '-c': (v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100,
  '-W': (v) => /^\d+(\.\d+)?$/.test(v) && Number(v) <= 10,
  '-w': (v) => /^\d+$/.test(v) && Number(v) <= 60,
  '-i': (v) => /^\d+(\.\d+)?$/.test(v) && Number(v) >= 0.2,
  '-s': (v) => /^\d+$/.test(v) && Number(v) <= 65507,
  '-t': (v) => /^\d+$/.test(v) && Number(v) <= 255,
  '-I': (v) => /^[A-Za-z0-9_.@:-]{1,15}$/.test(v),
};
const PING_FLAGS = new Set(['-n', '-q', '-4', '-6', '-v', '-D', '-O']);

/** An address the lab's probes may be sent to: an IP literal (v4 or v6) or `localhost`. */
export function isLabAddress(word: string): boolean {
  if (word === 'localhost' || /^(\d{1,3}\.){3}\d{1,3}$/.test(word)) return true;
  return word.includes(':') && /^[0-9A-Fa-f:]+(%[A-Za-z0-9_.-]+)?$/.test(word);
}

/** `-c1` as ping reads it: `-c 1` (any option of PING_VALUES written with its value attached). */
function detach(args: string[]): string[] {
  return args.flatMap((a) => {
    const m = /^(-[cWwistI])(.+)$/.exec(a);
    return m !== null ? [m[1] ?? '', m[2] ?? ''] : [a];
  });
}

/** `ping [options] ADDRESS`. */
export function understandPing(typed: string[], ns: string): Understanding {
  const positional: string[] = [];
  const args = detach(typed);
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    const check = Object.hasOwn(PING_VALUES, word) ? PING_VALUES[word] : undefined;
    if (check !== undefined) {
      const value = args[++i] ?? '';
      if (!check(value)) return refuse(`\`ping ${word} ${value}\` is not a value the lab accepts`);
    } else if (PING_FLAGS.has(word)) continue;
    else if (word.startsWith('-')) return refuse(`the lab does not understand the ping option \`${word}\``);
    else positional.push(word);
  }
  const target = positional[0];
  if (target === undefined || positional.length > 1) return refuse('`ping` needs exactly one address');
  if (!isLabAddress(target)) return refuse(`\`ping\` reaches only addresses in the lab, not \`${target}\``);
  return { verdict: 'run', action: { kind: 'ping', ns, target } };
}

const CURL_LETTERS = /^-[sSviIfL46]+$/;
const CURL_LONG = new Set(['--silent', '--show-error', '--verbose', '--include', '--head', '--location', '--fail',
  '--ipv4', '--ipv6', '--no-progress-meter']); // prettier-ignore
const CURL_SECONDS = new Set(['-m', '--max-time', '--connect-timeout']);
/**
 * Options whose effect only changes what is printed, accepted and dropped (the lab runs its own
 * bounded curl, action-argv.ts): `-o /dev/null`, and `-w FORMAT` unless it reads a file (`@…`) or
 * writes one (`%output{…}`).
 */
function isDroppedOption(word: string, value: string): boolean {
  if (word === '-o' || word === '--output') return value === '/dev/null';
  if (word === '-w' || word === '--write-out') return !value.startsWith('@') && !value.includes('%output');
  return false;
}
const CURL_USAGE = 'only `curl [-sSviIfL] [-m SECONDS] URL` runs in the lab';

/** Why `url` (`[http(s)://]HOST[:PORT][/PATH]`, HOST an address of the lab) is refused, or null. */
function urlProblem(url: string): string | null {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):(?!\d)/.exec(url)?.[1];
  if (scheme !== undefined && !/^https?$/i.test(scheme)) {
    return `only http:// and https:// addresses can be fetched in the lab, not \`${url}\``;
  }
  if (/[{}[\]]/.test(url.replace(/^(https?:\/\/)?\[[0-9A-Fa-f:]+\]/i, ''))) {
    return 'curl URL patterns (`{…}`, `[…]`) are not allowed in the lab';
  }
  const m = /^(?:https?:\/\/)?(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?(?:[/?#][!-~]*)?$/i.exec(url);
  if (m === null) return `the lab does not understand the address \`${url}\``;
  const host = (m[1] ?? '').replace(/^\[|\]$/g, '');
  if (!isLabAddress(host)) return `\`curl\` reaches only addresses in the lab, not \`${host}\``;
  return null;
}

/** `curl [flags] URL`. */
export function understandCurl(args: string[], ns: string): Understanding {
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    if (CURL_SECONDS.has(word)) {
      if (!/^\d+(\.\d+)?$/.test(args[++i] ?? '')) return refuse(`\`curl ${word}\` needs a number of seconds`);
    } else if (isDroppedOption(word, args[i + 1] ?? '')) i++;
    else if (CURL_LETTERS.test(word) || CURL_LONG.has(word)) continue;
    else if (word.startsWith('-')) return refuse(`${CURL_USAGE}, not \`${word}\``);
    else urls.push(word);
  }
  const url = urls[0];
  if (url === undefined || urls.length > 1) return refuse('`curl` needs exactly one address or URL');
  const problem = urlProblem(url);
  if (problem !== null) return refuse(problem);
  return { verdict: 'run', action: { kind: 'curl', ns, url } };
}

/** `nginx` or `nginx -g 'daemon on|off;'`. */
export function understandNginx(args: string[], ns: string): Understanding {
  if (args.length === 0) return { verdict: 'run', action: { kind: 'nginx', ns } };
  const [flag, value = '', ...more] = args;
  if (flag === '-g' && more.length === 0 && /^\s*daemon\s+(on|off)\s*;\s*$/.test(value)) {
    return { verdict: 'run', action: { kind: 'nginx', ns } };
  }
  return refuse("only `nginx` or `nginx -g 'daemon off;'` runs in the lab");
}
