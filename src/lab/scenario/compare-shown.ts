/**
 * Compare an output the note shows with what the same command printed in the demo's sandbox, for
 * the outputs the lab can read: `ip -br link` (each link's UP flag), `ip -br addr` (each link's
 * addresses, link-local IPv6 aside) and `ip route` (routes through the lab's links). Only the lab's
 * own link names count: the author's eth0 or docker0 are not the lab's. Pure.
 */
import type { Action } from './types.js';
import { ipObject, ipOption } from './ip-syntax.js';

/** A shown output line that the machine contradicts. */
export interface ShownMismatch {
  /** File line of the note that disagrees (the command's line when a printed line is not shown). */
  line: number;
  message: string;
}

type Reader = 'link' | 'address' | 'route';

/** Which output reader fits `action` (`ip [-br] link|addr|route [show]`), or null. */
function readerOf(action: Action): Reader | null {
  if (action.kind !== 'ip') return null;
  const words = action.args.filter((a) => !a.startsWith('-'));
  const brief = action.args.some((a) => ipOption(a)?.name === 'brief');
  const object = ipObject(words[0] ?? '');
  if (words.length > 2 || (words[1] !== undefined && !['show', 'list', 'ls', 'sh'].includes(words[1])))
    return null;
  if (object === 'route') return 'route';
  if (!brief) return null;
  return object === 'link' ? 'link' : object === 'address' ? 'address' : null;
}

/** `name → comparable value` of one output line, or null when the line says nothing comparable. */
function readLine(reader: Reader, text: string, names: ReadonlySet<string>): [string, string] | null {
  const words = text.trim().split(/\s+/);
  if (reader === 'route') {
    const dev = words[words.indexOf('dev') + 1];
    if (!words.includes('dev') || !dev || !names.has(dev)) return null;
    const route = words.filter((w) => w !== 'linkdown').join(' ');
    return [route, route];
  }
  const name = (words[0] ?? '').split('@')[0] ?? '';
  if (!names.has(name)) return null;
  if (reader === 'link') {
    const flags = /<([^>]*)>/.exec(text)?.[1]?.split(',') ?? [];
    return [name, flags.includes('UP') ? 'up' : 'down'];
  }
  const addrs = words.slice(2).filter((w) => w.includes('/') && !/^fe80:/i.test(w));
  return [name, addrs.sort().join(' ') || 'no address'];
}

function readOutput(
  reader: Reader,
  lines: string[],
  names: ReadonlySet<string>,
): Map<string, [string, number]> {
  const out = new Map<string, [string, number]>();
  lines.forEach((text, i) => {
    const kv = readLine(reader, text, names);
    if (kv) out.set(kv[0], [kv[1], i]);
  });
  return out;
}

/**
 * Where `shown` (the note's output of `action`, its first line at file line `line + 1`) disagrees
 * with `printed` (what the sandbox printed). Empty when they agree or the command is not read.
 */
export function compareShown(
  action: Action,
  command: { text: string; line: number; output: string[] },
  printed: string,
  names: ReadonlySet<string>,
): ShownMismatch[] {
  const reader = readerOf(action);
  if (reader === null || command.output.length === 0) return [];
  const shown = readOutput(reader, command.output, names);
  const actual = readOutput(reader, printed.split('\n'), names);
  const found: ShownMismatch[] = [];
  for (const [key, [value, i]] of shown) {
    const line = command.line + 1 + i;
    const text = (command.output[i] ?? '').trim();
    const got = actual.get(key);
    if (!got)
      found.push({ line, message: `shows \`${text}\`, but \`${command.text}\` prints no such line here` });
    else if (got[0] !== value)
      found.push({ line, message: `shows ${key} ${value}, but here it is ${got[0]}` });
  }
  for (const [key, [value]] of actual) {
    if (!shown.has(key))
      found.push({
        line: command.line,
        message: `\`${command.text}\` shows no ${reader === 'route' ? `route \`${key}\`` : `${key} (${value})`}, but here it prints one`,
      });
  }
  return found;
}
