/**
 * The sandbox's init: a `sh -c` script run as PID 1 of the sandbox's PID namespace. It makes the
 * sandbox private (the host's file tree read-only, tmpfs on /run so `ip netns add` stays inside,
 * tmpfs over /tmp, /home and /root, and over /var/tmp and /dev/shm where they are mounts of their
 * own, its own sysfs, `lo` up), writes the lab's nginx configuration and page, prints `ready`,
 * then waits for its stdin to close: when our process goes away, the sandbox goes with it.
 */
import { NGINX_CONF, NGINX_ERROR_LOG } from '../scenario/action-argv.js';

const DIR = '/run/bokseup';

/** The page the lab's nginx serves (nginx's own welcome page starts the same way). */
export const LAB_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Welcome to nginx!</title></head><body><h1>bokseup lab</h1></body></html>\n';

const NGINX_CONFIG = `user root root;
worker_processes 1;
pid ${DIR}/nginx.pid;
error_log ${NGINX_ERROR_LOG};
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${DIR}/tmp/body;
  proxy_temp_path ${DIR}/tmp/proxy;
  fastcgi_temp_path ${DIR}/tmp/fastcgi;
  uwsgi_temp_path ${DIR}/tmp/uwsgi;
  scgi_temp_path ${DIR}/tmp/scgi;
  server { listen 80 default_server; root ${DIR}/www; index index.html; }
}
`;

/** Single-quote a word for sh (bare when it has only safe characters). */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The home folders to hide: /home and /root, except one holding the Node that runs us (an nvm
 * install in ~/.nvm), which the nginx stand-in (`node -e`) must still find.
 */
function hiddenHomes(): string[] {
  return ['/home', '/root'].filter((d) => !process.execPath.startsWith(`${d}/`));
}

/** The init script. Exits 1 with a message on stderr when a setup step fails. */
export function sandboxInitScript(): string {
  return [
    'set -e',
    // The host's root file system read-only in this mount namespace only (a per-mount flag; the
    // host's mount stays writable, measured): every mount after it is the sandbox's own.
    'mount -o remount,bind,ro /',
    'mount -t tmpfs -o mode=0755 bokseup-run /run',
    // A private /tmp always: read-only is not enough there, since the host's sockets in it (tmux,
    // ssh-agent, X11) can still be connected to. /var/tmp or /dev/shm on a file system of their own
    // stayed writable: a tmpfs over them too (found with builtins: a `mount` costs several ms).
    'mount -t tmpfs -o mode=1777 bokseup-tmp /tmp',
    "seen=' '",
    'while read -r _ _ _ _ mp _; do case "$mp" in /var/tmp|/dev/shm) case "$seen" in',
    '  *" $mp "*) ;; *) seen="$seen$mp "; mount -t tmpfs -o mode=1777 bokseup-tmp "$mp" ;; esac ;; esac',
    'done < /proc/self/mountinfo',
    'mount -t sysfs sysfs /sys',
    'ip link set lo up',
    // Home folders hidden (world-readable files there, the caller's own files in the unprivileged
    // mode, a .curlrc). nginx needs no tmpfs of its own any more: its log, pid and temp paths are
    // under /run (the config below and `-e`), and the rest of the tree is read-only.
    `for d in ${hiddenHomes().join(' ')}; do if [ -d "$d" ]; then mount -t tmpfs -o mode=0755 bokseup-home "$d"; fi; done`,
    `mkdir -p ${DIR}/www ${DIR}/tmp`,
    // printf is a shell builtin: no process per file (a heredoc with cat costs a fork each).
    `printf '%s' ${shellQuote(NGINX_CONFIG)} > ${NGINX_CONF}`,
    `printf '%s' ${shellQuote(LAB_PAGE)} > ${DIR}/www/index.html`,
    'echo ready',
    'while read -r _; do :; done',
  ].join('\n');
}
