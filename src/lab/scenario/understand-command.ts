/**
 * Understand one command line, from the note or typed by a learner, against the lab's allow-list:
 * `sudo` dropped, then `ip` (objects and verbs it understands, `ip netns exec NS CMD` when CMD is
 * itself understood), `ping`, `curl`, `nginx`, `sysctl`, `bridge`, `iptables`/`ip6tables`, `nft`
 * and `ss`, each with the options the lab understands (`tcpdump` is read, then refused with why). Package installs and services are
 * skipped; anything else is refused with the word that was not understood (a note's is skipped,
 * never run). The result is an Action (argv-level data), never a shell string.
 */
import { splitWords } from './split-words.js';
import { HOST_NS, type Understanding } from './types.js';
import { understandIp } from './understand-ip.js';
import { understandIptables, understandNft } from './understand-netfilter.js';
import { understandBridge, understandSs, understandSysctl, understandTcpdump } from './understand-tools.js';
import { understandCurl, understandNginx, understandPing } from './understand-web.js';

/** Who wrote the command: the note's reference, or a learner's typed answer. */
export type CommandOrigin = 'note' | 'learner';

/** Longer lines are refused before they are read (no lab command comes near it). */
export const MAX_COMMAND_LENGTH = 2000;

const OUTSIDE_LAB = new Set(['apt', 'apt-get', 'aptitude', 'systemctl', 'service', 'snap', 'dnf', 'yum']);

type Reader = (args: string[], ns: string) => Understanding;

const PROGRAMS: Record<string, Reader> = {
  ping: understandPing,
  curl: understandCurl,
  nginx: understandNginx,
  sysctl: understandSysctl,
  bridge: understandBridge,
  iptables: (args, ns) => understandIptables('iptables', args, ns),
  ip6tables: (args, ns) => understandIptables('ip6tables', args, ns),
  nft: understandNft,
  ss: understandSs,
  tcpdump: understandTcpdump,
};

/** The programs the lab runs, for messages and the README. */
export const LAB_PROGRAMS = ['ip', ...Object.keys(PROGRAMS).filter((p) => p !== 'tcpdump')];

const refuse = (reason: string): Understanding => ({ verdict: 'refuse', reason });

/** Invisible or direction-changing characters (zero-width, soft hyphen, bidi controls, BOM). */
const INVISIBLE = /[\u0085\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

/** A control character (NUL cannot even be an argv word; tab is fine) or an invisible one. */
const isUnseen = (ch: string): boolean => {
  const code = ch.codePointAt(0) ?? 0;
  return (code < 0x20 && code !== 0x09) || code === 0x7f || INVISIBLE.test(ch);
};

/** Why the line cannot even be read, or null. */
function lineProblem(text: string): string | null {
  if (text.length > MAX_COMMAND_LENGTH) return `the line is longer than ${MAX_COMMAND_LENGTH} characters`;
  const unseen = [...text].find(isUnseen);
  if (unseen !== undefined) {
    const code = `U+${(unseen.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `the line holds an invisible or control character (${code}): retype it`;
  }
  return null;
}

/** Understand `text` (a leading `$ ` prompt is tolerated). Notes get `skip` where learners get `refuse`. */
export function understandCommand(text: string, origin: CommandOrigin): Understanding {
  let result: Understanding;
  const line = text.trim();
  const problem = lineProblem(line);
  if (problem !== null) result = refuse(problem);
  else {
    const split = splitWords(line.replace(/^\$\s+/, ''));
    result = split.ok ? understandWords(dropSudo(split.words), HOST_NS, true) : refuse(split.reason);
  }
  if (origin === 'note' && result.verdict === 'refuse') return { verdict: 'skip', reason: result.reason };
  return result;
}

function dropSudo(words: string[]): string[] {
  return words[0] === 'sudo' && !(words[1] ?? '').startsWith('-') ? words.slice(1) : words;
}

/** `top`: not inside `ip netns exec` (which may not nest). */
function understandWords(words: string[], ns: string, top: boolean): Understanding {
  const [program = '', ...args] = words;
  if (program === '') return { verdict: 'skip', reason: 'empty command' };
  if (program === 'ip')
    return understandIp(
      args,
      ns,
      top ? (inner, target) => understandWords(dropSudo(inner), target, false) : null,
    );
  const reader = Object.hasOwn(PROGRAMS, program) ? PROGRAMS[program] : undefined;
  if (reader !== undefined) return reader(args, ns);
  if (program === 'sudo') return refuse('`sudo` with options is not supported; the lab already runs as root');
  if (OUTSIDE_LAB.has(program)) {
    return {
      verdict: 'skip',
      reason: `\`${program}\` changes the machine, not the lab; the sandbox needs no packages or services`,
    };
  }
  return refuse(`\`${program}\` is not allowed here: the lab runs only ${LAB_PROGRAMS.join(', ')}`);
}
