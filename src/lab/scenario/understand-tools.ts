/**
 * Understand the lab's other programs against allow-lists: `sysctl` (only `net.*` keys: read them,
 * `-w key=value` or `key=value`; never `-p`/`--system`, which read files), `bridge` (`link`, `fdb`,
 * `vlan`) and the read-only `ss`, each a `tool` Action run in its namespace inside the sandbox.
 * `tcpdump` is read (never `-w`/`-r` files or `-z` commands) but refused: it switches to the
 * `tcpdump` user (or `-Z root`) through setgroups, which the sandbox's user namespace denies
 * (measured: "Couldn't change to 'root' uid=0 gid=0").
 */
import { isPathLike, namespaceNameProblem, pathRefusal } from './namespace-name.js';
import type { LabProgram, Understanding } from './types.js';

const refuse = (reason: string): Understanding => ({ verdict: 'refuse', reason });

/** A `tool` Action, after refusing any path-like argument. */
export function toolAction(
  program: LabProgram,
  ns: string,
  args: string[],
  readOnly: boolean,
): Understanding {
  const path = args.find(isPathLike);
  if (path !== undefined) return refuse(pathRefusal(path));
  return { verdict: 'run', action: { kind: 'tool', program, ns, args, readOnly } };
}

const SYSCTL_KEY = /^net[./][A-Za-z0-9_./-]+$/;
const SYSCTL_VALUE = /^[A-Za-z0-9_.: -]{0,64}$/;

/** `sysctl [-n|-q] KEY…`, `sysctl [-w] KEY=VALUE…`, for `net.*` keys only. */
export function understandSysctl(args: string[], ns: string): Understanding {
  const settings = args.filter((a) => !a.startsWith('-'));
  for (const option of args.filter((a) => a.startsWith('-'))) {
    if (!/^-[wnqNe]+$/.test(option)) {
      return refuse(`the lab does not understand the sysctl option \`${option}\` (only -w, -n, -q, -N, -e)`);
    }
  }
  if (settings.length === 0) return refuse('`sysctl` needs a `net.*` key (the lab does not list them all)');
  for (const s of settings) {
    const [key = '', ...value] = s.split('=');
    if (!SYSCTL_KEY.test(key) || key.includes('..'))
      return refuse(`only \`net.*\` keys can be read or set in the lab, not \`${key}\``);
    if (value.length > 0 && !SYSCTL_VALUE.test(value.join('=')))
      return refuse(`\`${s}\` is not a value the lab accepts`);
  }
  const writes = settings.some((s) => s.includes('='));
  if (args.includes('-w') && !writes) return refuse('`sysctl -w` needs `key=value`');
  return toolAction('sysctl', ns, args, !writes);
}

/** `bridge` objects and verbs, in bridge's matching order; `true` marks a change. */
const BRIDGE: Record<string, [string, boolean][]> = {
  link: [['set', true], ['show', false], ['list', false], ['lst', false]],
  fdb: [['add', true], ['append', true], ['replace', true], ['delete', true], ['show', false], ['list', false], ['lst', false], ['get', false], ['flush', true]],
  vlan: [['add', true], ['delete', true], ['set', true], ['show', false], ['list', false], ['lst', false]],
}; // prettier-ignore
const BRIDGE_OPTIONS = new Set(['-d', '-details', '-s', '-stats', '-statistics', '-j', '-json', '-p', '-pretty', '-c', '-color', '-o', '-oneline', '-compressvlans']); // prettier-ignore

/** `bridge [-n NS] [options] link|fdb|vlan VERB …`. */
export function understandBridge(args: string[], nsIn: string): Understanding {
  let ns = nsIn;
  let i = 0;
  const kept: string[] = [];
  for (; (args[i] ?? '').startsWith('-'); i++) {
    const word = args[i] ?? '';
    if (word === '-n' || word === '-netns') {
      const problem = namespaceNameProblem(args[++i] ?? '');
      if (problem !== null) return refuse(problem);
      ns = args[i] ?? ns;
    } else if (BRIDGE_OPTIONS.has(word)) kept.push(word);
    else return refuse(`the lab does not understand the bridge option \`${word}\``);
  }
  const objectWord = args[i] ?? '';
  const object = Object.keys(BRIDGE).find((o) => objectWord !== '' && o.startsWith(objectWord));
  if (object === undefined)
    return refuse(`the lab does not understand \`bridge ${objectWord}\`: it runs bridge link, fdb and vlan`);
  const verbWord = args[i + 1];
  const verb =
    verbWord === undefined ? ['show', false] : (BRIDGE[object] ?? []).find(([v]) => v.startsWith(verbWord));
  if (verb === undefined) return refuse(`the lab does not understand \`bridge ${object} ${verbWord ?? ''}\``);
  return toolAction('bridge', ns, [...kept, ...args.slice(i)], verb[1] !== true);
}

const SS_LETTERS = /^-[tulnpaxw46eimosH0]+$/;
const FILTER_WORD = /^[A-Za-z0-9_.:=!()-]{1,64}$/;

/** `ss [-tulnpa…] [filter]`: read-only. */
export function understandSs(args: string[], ns: string): Understanding {
  for (const word of args) {
    if (word.startsWith('-') && !SS_LETTERS.test(word)) {
      return refuse(`the lab does not understand the ss option \`${word}\` (only -tulnpaxw46eimosH)`);
    }
    if (!word.startsWith('-') && !FILTER_WORD.test(word))
      return refuse(`the lab does not understand the ss filter \`${word}\``);
  }
  return toolAction('ss', ns, args, true);
}

const TCPDUMP_FLAGS = /^-[nNeqtlvxXAp]+$/;

/** `tcpdump [-i IF] [-c N] [-nevq…] [expression]`: read, then refused with why (module comment). */
export function understandTcpdump(args: string[]): Understanding {
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    if (/^-[nNeqtlvxXAp]*[ic]$/.test(word)) {
      const value = args[++i] ?? '';
      const ok = word.endsWith('i')
        ? /^[A-Za-z0-9_.@-]{1,15}$/.test(value)
        : /^\d{1,3}$/.test(value) && value !== '0';
      if (!ok) return refuse(`\`tcpdump ${word} ${value}\` is not a value the lab accepts`);
    } else if (word.startsWith('-') && !TCPDUMP_FLAGS.test(word)) {
      return refuse(
        `the lab does not understand the tcpdump option \`${word}\` (only -i, -c and -nevqtlxXAp)`,
      );
    } else if (!word.startsWith('-') && !FILTER_WORD.test(word.replace('/', ''))) {
      return refuse(`the lab does not understand the tcpdump filter word \`${word}\``);
    }
  }
  return refuse(
    '`tcpdump` cannot run in the lab: it switches to its own user, which the sandbox forbids (look at `ip -s link` counters instead)',
  );
}
