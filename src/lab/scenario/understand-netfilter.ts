/**
 * Understand `iptables`/`ip6tables` and `nft` in the NAT and filter forms a lab uses, as allow-lists:
 * iptables tables, commands, matches and targets by name (never `--modprobe`, which runs a program,
 * nor the `-save`/`-restore` programs); nft commands `add|insert|delete|flush|list … table|chain|
 * rule|ruleset` (never `-f FILE`, `-i`, `include` or `define`). Both become `tool` Actions in their
 * namespace inside the sandbox.
 */
import { toolAction } from './understand-tools.js';
import type { Understanding } from './types.js';

const refuse = (reason: string): Understanding => ({ verdict: 'refuse', reason });

const TABLES = new Set(['filter', 'nat', 'mangle', 'raw']);
/** iptables commands; the value is true when it only reads. */
const COMMANDS: Record<string, boolean> = {
  '-A': false, '--append': false, '-I': false, '--insert': false, '-D': false, '--delete': false,
  '-R': false, '--replace': false, '-F': false, '--flush': false, '-P': false, '--policy': false,
  '-N': false, '--new-chain': false, '-X': false, '--delete-chain': false, '-Z': false, '--zero': false,
  '-L': true, '--list': true, '-S': true, '--list-rules': true, '-C': true, '--check': true,
}; // prettier-ignore
/** Options that take one value, and flags; values are checked by VALUE. */
const WITH_VALUE = new Set(['-t', '--table', '-s', '--source', '-d', '--destination', '-i', '--in-interface',
  '-o', '--out-interface', '-p', '--protocol', '--dport', '--sport', '--dports', '--sports', '-m', '--match',
  '-j', '--jump', '--to-source', '--to-destination', '--to-ports', '--state', '--ctstate', '--icmp-type',
  '--comment', '--reject-with', '--tcp-flags', '--set-mark', '--mark']); // prettier-ignore
const FLAGS = new Set([
  '-n',
  '--numeric',
  '-v',
  '--verbose',
  '--line-numbers',
  '-x',
  '--exact',
  '!',
  '--syn',
]);
const MATCHES = new Set([
  'tcp',
  'udp',
  'icmp',
  'icmpv6',
  'state',
  'conntrack',
  'comment',
  'multiport',
  'mark',
]);
const VALUE = /^[A-Za-z0-9_.:,/!+-]{1,64}$/;

/** Why `VALUE` cannot follow `word` (an option that takes one), or null. */
function valueProblem(program: string, word: string, value: string): string | null {
  if (!VALUE.test(value)) return `\`${program} ${word}\` needs a plain value, not \`${value}\``;
  if ((word === '-t' || word === '--table') && !TABLES.has(value)) {
    return `the lab does not understand the table \`${value}\``;
  }
  if ((word === '-m' || word === '--match') && !MATCHES.has(value)) {
    return `the lab does not understand the match \`-m ${value}\``;
  }
  return null;
}

/** `iptables|ip6tables [-t TABLE] COMMAND [CHAIN] [matches] [-j TARGET]`. */
export function understandIptables(
  program: 'iptables' | 'ip6tables',
  typed: string[],
  ns: string,
): Understanding {
  let readOnly: boolean | null = null;
  // `-nvL` is `-n -v -L` to iptables: read it so (the typed words still run as typed).
  const words = typed.flatMap((w) =>
    /^-[nvxLSFZ]{2,}$/.test(w) ? [...w.slice(1)].map((c) => `-${c}`) : [w],
  );
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const command = Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
    if (command !== undefined) {
      if (readOnly !== null) return refuse('one iptables command at a time');
      readOnly = command;
      if (/^[A-Za-z0-9_][A-Za-z0-9_-]{0,27}$/.test(words[i + 1] ?? '')) i++;
      if (word === '-P' || word === '--policy' || /^\d+$/.test(words[i + 1] ?? '')) i++;
    } else if (WITH_VALUE.has(word)) {
      const problem = valueProblem(program, word, words[++i] ?? '');
      if (problem !== null) return refuse(problem);
    } else if (!FLAGS.has(word)) return refuse(`the lab does not understand \`${word}\` in ${program}`);
  }
  if (readOnly === null) return refuse(`\`${program}\` needs a command (-A, -I, -D, -L, -S, -F, -P, -N, -X)`);
  return toolAction(program, ns, typed, readOnly);
}

const NFT_VERBS: Record<string, boolean> = { add: false, create: false, insert: false, delete: false,
  destroy: false, flush: false, list: true, replace: false }; // prettier-ignore
const NFT_OBJECTS = new Set([
  'table',
  'chain',
  'rule',
  'ruleset',
  'tables',
  'chains',
  'set',
  'element',
  'map',
]);
const NFT_FLAGS = new Set([
  '-a',
  '--handle',
  '-n',
  '--numeric',
  '-s',
  '--stateless',
  '-j',
  '--json',
  '-e',
  '--echo',
  '-c',
  '--check',
]);
const NFT_FORBIDDEN = /\b(include|define|redefine|undefine)\b|[;$#]/;

/** `nft [flags] VERB OBJECT …` (one command; `;` only inside a `{ … }` chain spec). */
export function understandNft(args: string[], ns: string): Understanding {
  // nft joins its arguments into one line: read it as nft does, whether quoted as one word or many.
  const words = args.join(' ').trim().split(/\s+/);
  let i = 0;
  for (; (words[i] ?? '').startsWith('-'); i++) {
    if (!NFT_FLAGS.has(words[i] ?? ''))
      return refuse(`the lab does not understand the nft option \`${words[i]}\``);
  }
  const verbWord = words[i] ?? '';
  const verb = Object.hasOwn(NFT_VERBS, verbWord) ? NFT_VERBS[verbWord] : undefined;
  if (verb === undefined) {
    return refuse(
      `the lab does not understand \`nft ${words[i] ?? ''}\`: it runs nft add, insert, delete, flush and list`,
    );
  }
  if (!NFT_OBJECTS.has(words[i + 1] ?? ''))
    return refuse(`the lab does not understand \`nft ${words[i]} ${words[i + 1] ?? ''}\``);
  const text = words
    .slice(i)
    .join(' ')
    .replace(/\{[^{}]*\}/g, (block) => block.replace(/;/g, ' '));
  const bad = NFT_FORBIDDEN.exec(text);
  if (bad !== null) return refuse(`\`${bad[0]}\` is not allowed in nft commands in the lab`);
  return toolAction('nft', ns, args, verb);
}
