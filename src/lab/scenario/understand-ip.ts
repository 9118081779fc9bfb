/**
 * Understand an `ip …` command: global options (`-n NS` becomes the Action's namespace; `-batch` and
 * `-all` refused), then the object and verb against the allow-list (ip-allow-list.ts), and
 * `ip netns exec NS CMD…`, whose inner command must itself be understood (it is given back to the
 * caller's `inner`, which keeps this file free of the dispatcher).
 */
import { ipVerb } from './ip-allow-list.js';
import { ipObject, ipOption } from './ip-syntax.js';
import { isPathLike, namespaceNameProblem, pathRefusal } from './namespace-name.js';
import type { Understanding } from './types.js';

/** Understands the command after `ip netns exec NS` (in namespace `ns`). */
export type InnerCommand = (words: string[], ns: string) => Understanding;

interface IpGlobals {
  kept: string[];
  /** Index of the object word. */
  next: number;
  ns: string;
}

const refuse = (reason: string): Understanding => ({ verdict: 'refuse', reason });

/** Read `ip`'s global options: `-n NS` becomes the namespace, the others are kept as typed. */
function readIpOptions(args: string[], ns: string): IpGlobals | string {
  const out: IpGlobals = { kept: [], next: 0, ns };
  for (; out.next < args.length && (args[out.next] ?? '').startsWith('-'); out.next++) {
    const word = args[out.next] ?? '';
    const opt = ipOption(word);
    if (!opt) return `\`ip\` does not know the option \`${word}\``;
    if (opt.name === 'batch') return '`ip -batch` reads commands from a file: type them one by one';
    if (opt.name === 'all') return '`ip -all` acts on every namespace: name the namespace instead';
    const value = opt.takesArg ? args[++out.next] : undefined;
    if (opt.takesArg && value === undefined) return `\`ip ${word}\` needs a value`;
    if (opt.name === 'netns') {
      const problem = namespaceNameProblem(value ?? '');
      if (problem !== null) return problem;
      out.ns = value ?? ns;
    } else out.kept.push(word, ...(value === undefined ? [] : [value]));
  }
  return out;
}

/** Understand `ip ARGS…` typed in namespace `nsIn`; `inner` is null inside `ip netns exec` already. */
export function understandIp(args: string[], nsIn: string, inner: InnerCommand | null): Understanding {
  const globals = readIpOptions(args, nsIn);
  if (typeof globals === 'string') return refuse(globals);
  const { kept, next: i, ns } = globals;
  const objectWord = args[i] ?? '';
  const object = ipObject(objectWord);
  const rest = args.slice(i + 1);
  if (object === 'monitor') return refuse('`ip monitor` never ends: use `ip link` or `ip addr` to look');
  const verb = ipVerb(object, objectWord, rest);
  if (!verb.ok) return refuse(verb.reason);
  if (object === 'netns' && verb.verb === 'exec') return understandExec(rest.slice(1), inner);
  const ipArgs = [...kept, ...args.slice(i)];
  const path = ipArgs.find(isPathLike);
  if (path !== undefined) return refuse(pathRefusal(path));
  return { verdict: 'run', action: { kind: 'ip', ns, args: ipArgs, readOnly: verb.readOnly } };
}

function understandExec(rest: string[], inner: InnerCommand | null): Understanding {
  const [target, ...words] = rest;
  if (target === undefined || words.length === 0) {
    return refuse('`ip netns exec` needs a namespace and a command');
  }
  if (inner === null) return refuse('nested `ip netns exec` is not supported');
  const problem = namespaceNameProblem(target);
  if (problem !== null) return refuse(problem);
  const program = words[0] ?? '';
  if (['bash', 'sh', 'zsh', 'dash'].includes(program)) {
    return refuse(
      `an interactive \`${program}\` cannot run in the lab: prefix each command with \`ip netns exec ${target}\``,
    );
  }
  return inner(words, target);
}
