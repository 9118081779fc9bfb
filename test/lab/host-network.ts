/**
 * The host's network and files as the lab must leave them (issue 13 point 11): named namespaces,
 * links, this process's mounts, the netfilter ruleset (`nft list ruleset`, which also holds what
 * `iptables-nft` writes), the forwarding and filtering sysctls a lab sets, and any file a hostile
 * answer tried to create under a test's own tag.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { captureHost } from './host-state.js';

const ENV = { ...process.env, PATH: `/usr/sbin:/sbin:${process.env.PATH ?? ''}` };

/** Sysctls (under /proc/sys/net) that the lab's programs set inside their namespaces. */
export const WATCHED_SYSCTLS = [
  'ipv4/ip_forward',
  'ipv4/conf/all/forwarding',
  'ipv4/conf/default/forwarding',
  'ipv4/conf/all/rp_filter',
  'ipv4/conf/all/proxy_arp',
  'ipv6/conf/all/forwarding',
  'ipv6/conf/all/disable_ipv6',
  'ipv4/ping_group_range',
];

/** Folders a hostile answer would write to (checked for the test's tag only). */
const WRITABLE = ['/tmp', '/var/tmp', '/dev/shm', '/etc', '/root', '/run', '/'];

export interface HostNetwork {
  netns: string;
  links: string[];
  mounts: string[];
  ruleset: string;
  sysctls: Record<string, string>;
  taggedFiles: string[];
}

function run(file: string, args: string[]): string {
  try {
    return execFileSync(file, args, { env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    return `(${file} failed: ${(err as Error).message.split('\n')[0] ?? ''})`;
  }
}

function readSysctl(key: string): string {
  const path = `/proc/sys/net/${key}`;
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : '(absent)';
}

/** Files in the watched folders whose name contains `tag`. */
export function taggedFiles(tag: string): string[] {
  return WRITABLE.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((name) => name.includes(tag))
        .map((name) => `${dir}/${name}`);
    } catch {
      return [];
    }
  });
}

/** Capture the host's network state and the files tagged `tag`. */
export function captureHostNetwork(tag: string): HostNetwork {
  const { netns, links, mounts } = captureHost();
  return {
    netns,
    links,
    mounts,
    ruleset: run('nft', ['list', 'ruleset']),
    sysctls: Object.fromEntries(WATCHED_SYSCTLS.map((k) => [k, readSysctl(k)])),
    taggedFiles: taggedFiles(tag),
  };
}
