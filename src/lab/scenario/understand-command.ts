/**
 * Understand one command line, from the note or typed by a learner: `sudo` dropped, `ip …` (any
 * abbreviation `ip` accepts, `-n NS`, `ip netns exec NS …`), `ping`, `curl` and `nginx`. Package
 * installs and services are skipped; from a learner, any other program is refused. The result is an
 * Action (argv-level data), never a shell string.
 */
import { ipObject, ipOption, isReadOnlyIp, netnsVerb } from './ip-syntax.js';
import { splitWords } from './split-words.js';
import { HOST_NS, type Understanding } from './types.js';

/** Who wrote the command: the note's reference, or a learner's typed answer. */
export type CommandOrigin = 'note' | 'learner';

const OUTSIDE_LAB = new Set(['apt', 'apt-get', 'aptitude', 'systemctl', 'service', 'snap', 'dnf', 'yum']);
const CURL_FLAGS = new Set(['-s', '-S', '-sS', '-Ss', '-v', '-i', '-I', '-L', '-f', '-sSL', '-sL']);
const CURL_LONG = new Set([
  '--silent',
  '--show-error',
  '--verbose',
  '--include',
  '--head',
  '--location',
  '--fail',
]);
const PING_ARG_OPTIONS = new Set([
  '-c',
  '-W',
  '-w',
  '-i',
  '-s',
  '-t',
  '-I',
  '-Q',
  '-l',
  '-M',
  '-p',
  '-S',
  '-T',
  '-m',
]);

const refuse = (reason: string): Understanding => ({ verdict: 'refuse', reason });

/** A path-like word (`/…` or containing `..`): never a namespace name, nor an `ip` argument in the lab. */
const isPathLike = (word: string): boolean => word.startsWith('/') || word.includes('..');
const pathRefusal = (word: string): string =>
  `paths like \`${word}\` are not allowed in the lab: name namespaces by name`;

/**
 * Why `name` cannot name a namespace, or null when it can. Every namespace an Action carries passes
 * here (the `-n`/`-netns` value and the `ip netns exec` target), since it ends up in
 * `/run/netns/<name>`: only letters, digits, `_`, `-` and `.`, and never `.` or `..` alone.
 */
function namespaceNameProblem(name: string): string | null {
  if (isPathLike(name)) return pathRefusal(name);
  if (name === '.' || !/^[A-Za-z0-9_.-]+$/.test(name)) {
    return `\`${name}\` is not a namespace name: use only letters, digits, \`_\`, \`-\` and \`.\``;
  }
  return null;
}

/** Understand `text` (a leading `$ ` prompt is tolerated). Notes get `skip` where learners get `refuse`. */
export function understandCommand(text: string, origin: CommandOrigin): Understanding {
  const split = splitWords(text.trim().replace(/^\$\s+/, ''));
  let result: Understanding;
  if (!split.ok) result = refuse(split.reason);
  else result = understandWords(dropSudo(split.words), HOST_NS, origin, 0);
  if (origin === 'note' && result.verdict === 'refuse') return { verdict: 'skip', reason: result.reason };
  return result;
}

function dropSudo(words: string[]): string[] {
  return words[0] === 'sudo' && !(words[1] ?? '').startsWith('-') ? words.slice(1) : words;
}

function understandWords(words: string[], ns: string, origin: CommandOrigin, depth: number): Understanding {
  const [program = '', ...args] = words;
  if (program === '') return { verdict: 'skip', reason: 'empty command' };
  if (program === 'ip') return understandIp(args, ns, origin, depth);
  if (program === 'ping') return understandPing(args, ns);
  if (program === 'curl') return understandCurl(args, ns);
  if (program === 'nginx') return understandNginx(args, ns);
  if (program === 'sudo') return refuse('`sudo` with options is not supported; the lab already runs as root');
  if (OUTSIDE_LAB.has(program)) {
    return {
      verdict: 'skip',
      reason: `\`${program}\` changes the machine, not the lab; the sandbox needs no packages or services`,
    };
  }
  if (origin === 'note') return { verdict: 'skip', reason: `\`${program}\` is not a command the lab runs` };
  return refuse(`\`${program}\` is not allowed here: the lab runs only ip, ping, curl and nginx`);
}

interface IpGlobals {
  kept: string[];
  /** Index of the object word. */
  next: number;
  ns: string;
}

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

function understandIp(args: string[], nsIn: string, origin: CommandOrigin, depth: number): Understanding {
  const globals = readIpOptions(args, nsIn);
  if (typeof globals === 'string') return refuse(globals);
  const { kept, next: i, ns } = globals;
  const objectWord = args[i] ?? '';
  const object = ipObject(objectWord);
  const rest = args.slice(i + 1);
  if (object === 'monitor') return refuse('`ip monitor` never ends: use `ip link` or `ip addr` to look');
  if (object === 'netns') {
    const verb = netnsVerb(rest[0] ?? '');
    if (verb === 'monitor') return refuse('`ip netns monitor` never ends');
    if (verb === 'exec') return understandExec(rest.slice(1), origin, depth);
  }
  const ipArgs = [...kept, ...args.slice(i)];
  const path = ipArgs.find(isPathLike);
  if (path !== undefined) return refuse(pathRefusal(path));
  return {
    verdict: 'run',
    action: { kind: 'ip', ns, args: ipArgs, readOnly: object !== null && isReadOnlyIp(object, rest) },
  };
}

function understandExec(rest: string[], origin: CommandOrigin, depth: number): Understanding {
  const [target, ...inner] = rest;
  if (target === undefined || inner.length === 0)
    return refuse('`ip netns exec` needs a namespace and a command');
  if (depth > 0) return refuse('nested `ip netns exec` is not supported');
  const problem = namespaceNameProblem(target);
  if (problem !== null) return refuse(problem);
  const program = inner[0] ?? '';
  if (['bash', 'sh', 'zsh', 'dash'].includes(program)) {
    return refuse(
      `an interactive \`${program}\` cannot run in the lab: prefix each command with \`ip netns exec ${target}\``,
    );
  }
  return understandWords(inner, target, origin, depth + 1);
}

function understandPing(args: string[], ns: string): Understanding {
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    if (PING_ARG_OPTIONS.has(word)) i++;
    else if (!word.startsWith('-')) positional.push(word);
  }
  const target = positional[positional.length - 1];
  if (target === undefined) return refuse('`ping` needs an address');
  return { verdict: 'run', action: { kind: 'ping', ns, target } };
}

function understandCurl(args: string[], ns: string): Understanding {
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    if (word === '-m' || word === '--max-time') i++;
    else if (CURL_FLAGS.has(word) || CURL_LONG.has(word)) continue;
    else if (word.startsWith('-'))
      return refuse(`only \`curl [-sSviIL] URL\` runs in the lab, not \`${word}\``);
    else urls.push(word);
  }
  const url = urls[0];
  if (url === undefined || urls.length > 1) return refuse('`curl` needs exactly one address or URL');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^https?:\/\//i.test(url)) {
    return refuse(`only http:// and https:// addresses can be fetched in the lab, not \`${url}\``);
  }
  return { verdict: 'run', action: { kind: 'curl', ns, url } };
}

function understandNginx(args: string[], ns: string): Understanding {
  if (args.length === 0) return { verdict: 'run', action: { kind: 'nginx', ns } };
  const [flag, value = '', ...more] = args;
  if (flag === '-g' && more.length === 0 && /^\s*daemon\s+(on|off)\s*;\s*$/.test(value)) {
    return { verdict: 'run', action: { kind: 'nginx', ns } };
  }
  return refuse("only `nginx` or `nginx -g 'daemon off;'` runs in the lab");
}
