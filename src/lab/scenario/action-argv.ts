/**
 * How an understood Action runs: its argv inside the sandbox (bounded: ping waits 1 s, curl 2 s and
 * reads no config file) and the command a person would type for it,
 * used in hints. Pure.
 */
import { HOST_NS, type Action } from './types.js';

/** Where the lab's own nginx configuration lives inside the sandbox (written by the sandbox init). */
export const NGINX_CONF = '/run/bokseup/nginx.conf';
/** nginx's error log inside the sandbox (`-e`, so the host's /var/log/nginx is never opened). */
export const NGINX_ERROR_LOG = '/run/bokseup/nginx-error.log';

/** curl reads no `.curlrc` (`-q`, first), expands no URL patterns and follows only http(s). */
const CURL = [
  'curl',
  '-q',
  '--globoff',
  '--proto',
  '=http,https',
  '--proto-redir',
  '=http,https',
  '--max-time',
  '2',
  '-sS',
];

/** Prefix that runs a non-`ip` program in a named namespace from inside the sandbox. */
export function inNamespace(ns: string, argv: string[]): string[] {
  return ns === HOST_NS ? argv : ['nsenter', `--net=/run/netns/${ns}`, '--', ...argv];
}

/** The argv that performs `action` in the sandbox's mount and PID namespaces. */
export function actionArgv(action: Action): string[] {
  switch (action.kind) {
    case 'ip':
      return action.ns === HOST_NS ? ['ip', ...action.args] : ['ip', '-n', action.ns, ...action.args];
    case 'ping':
      return inNamespace(action.ns, ['ping', '-n', '-c', '1', '-W', '1', action.target]);
    case 'curl':
      return inNamespace(action.ns, [...CURL, action.url]);
    case 'nginx':
      return inNamespace(action.ns, ['nginx', '-c', NGINX_CONF, '-e', NGINX_ERROR_LOG]);
    case 'tool':
      return inNamespace(action.ns, [action.program, ...action.args]);
  }
}

/** A word as a person would type it (quoted when it has spaces or shell characters). */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command as the note would write it (`ip netns exec NS …` for a named namespace). */
export function describeAction(action: Action): string {
  const base =
    action.kind === 'ip'
      ? ['ip', ...action.args]
      : action.kind === 'ping'
        ? ['ping', '-c', '1', action.target]
        : action.kind === 'curl'
          ? ['curl', action.url]
          : action.kind === 'tool'
            ? [action.program, ...action.args.map(shellWord)]
            : ['nginx', '-g', "'daemon off;'"];
  const text = base.join(' ');
  return action.ns === HOST_NS ? text : `ip netns exec ${action.ns} ${text}`;
}
