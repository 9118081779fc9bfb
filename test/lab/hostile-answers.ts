/**
 * A generator of hostile lab answers (fast-check): shell metacharacters around real commands,
 * programs run through `ip vrf exec`/`ip netns exec`/`nsenter`, curl's other schemes and its
 * file-writing and config options, file-reading options of every understood program, never-ending
 * commands, long lines, and Unicode lookalikes of the program names. Every attempt to touch the
 * host is tagged so the harness can look for exactly its own traces.
 */
import fc from 'fast-check';

/** Attempts at the host, each naming files with `tag`. */
function payloads(tag: string): string[] {
  return [
    `touch /tmp/${tag}-touch`,
    `cat /etc/shadow`,
    `sh -c 'id > /tmp/${tag}-id'`,
    `echo pwned > /etc/${tag}`,
    `cp /etc/shadow /tmp/${tag}-shadow`,
    `nsenter -t 1 -a sh`,
    `ip link add ${tag.slice(0, 8)} type dummy`,
  ];
}

const VALID = [
  'ip link',
  'ip -br addr',
  'ip netns list',
  'ip -n ns1 link set lo up',
  'ip netns exec ns1 ip -br link',
  'ping -c 1 127.0.0.1',
  'curl -s http://127.0.0.1/',
  'sysctl net.ipv4.ip_forward',
  'ip netns exec ns1 sysctl -w net.ipv4.ip_forward=1',
  'bridge link',
  'iptables -t nat -L -n',
  'nft list ruleset',
  'ss -tln',
  'ip route show table all',
  'ip rule',
  'ip neigh',
];
const META = [
  ';',
  '|',
  '||',
  '&&',
  '&',
  '>',
  '>>',
  '<',
  '$(',
  '`',
  '\n',
  '\r',
  '${IFS}',
  '$PATH',
  '2>&1',
  '\\;',
];
const WRAPPERS = [
  'ip vrf exec default',
  'ip netns exec ns1',
  'ip -n ns1 netns exec ns1',
  'ip netns exec ns1 ip netns exec ns1',
  'sudo',
  'sudo -u root',
  'nsenter -t 1 -m -n -p --',
  'env',
  'timeout 1',
  'busybox',
  'ip -b',
  'ip -batch',
  'ip netns exec ../../proc/1/ns/net',
  'ip netns exec /proc/1/ns/net',
];
const SCHEMES = ['file:', 'file://', 'FILE://', 'gopher://', 'dict://', 'ftp://', 'tftp://', 'ldap://', 'telnet://',
  'scp://', 'smb://', 'http://', 'https://', 'HtTp://', '']; // prettier-ignore
const TARGETS = ['/etc/shadow', '10.0.0.1/', '127.0.0.1:11211/stats', 'localhost/', 'example.com/',
  '169.254.169.254/latest/', '[::1]/', '10.0.0.{1,2}/', '127.0.0.1/[1-3]']; // prettier-ignore
const CURL_OPTS = ['', '-s', '-o /tmp/TAG-o', '--output /etc/x', '-O', '-K /etc/shadow', '--config x', '-d @/etc/shadow',
  '-T /etc/shadow', '--trace /tmp/TAG-trace', '-D /tmp/TAG-h', '-c /tmp/TAG-jar', '-b /etc/shadow', '-w @/etc/shadow',
  '--unix-socket /run/x', '-x http://10.0.0.1:3128', '-q', '-:', '--libcurl /tmp/TAG-c', '-sSL', '-m 1']; // prettier-ignore
const FILE_OPTIONS = [
  'sysctl -p /etc/shadow',
  'sysctl -p',
  'sysctl --system',
  'sysctl kernel.modprobe=/tmp/TAG',
  'sysctl -w kernel.core_pattern=x',
  'sysctl -a',
  'nft -f /etc/shadow',
  'nft \'include "/etc/shadow"\'',
  'nft \'add table x; include "/etc/shadow"\'',
  'nft -i',
  'iptables --modprobe=/tmp/TAG -L',
  'iptables-restore',
  'iptables-save',
  'tcpdump -w /tmp/TAG-cap',
  'tcpdump -r /etc/shadow',
  'tcpdump -z /bin/sh -w x',
  'tcpdump -F /etc/shadow',
  'ss -D /tmp/TAG-ss',
  'ss -F /etc/shadow',
  'ss -K',
  'bridge -b /etc/shadow',
  'bridge monitor',
  'ip -b /etc/shadow',
  'ip xfrm monitor',
  'ip monitor',
  'ip netns monitor',
  'ip vrf exec default id',
  'ip netns exec ns1 sh',
  'ip netns exec ns1 bash -i',
  'ip link set lo xdp obj /tmp/x.o',
  'ip addr restore',
  'ip netns attach x 1',
  'nginx -c /etc/shadow',
  'nginx -p /tmp -g "daemon off;"',
  'ping -f 127.0.0.1',
  'ping 127.0.0.1',
];
/** Unicode lookalikes and invisibles: Cyrillic і/р/с/у, fullwidth, zero-width, bidi override. */
const LOOKALIKES = [
  'іp',
  'ір',
  'ｉｐ',
  'i\u200bp',
  'ip\u00a0',
  'сurl',
  'cur\u04cf',
  '\u202eip',
  'p\u0456ng',
  'sysct\u04cf',
  'ip\u2028',
];

/** A program name, then random words from a hostile alphabet (NUL, Cyrillic а, zero-width space). */
function noise(): fc.Arbitrary<string> {
  const unit = fc.constantFrom(
    ...'abc-/.;|&$`\'"\\ =:{}[]*?~#!%\u0000\u0430\u200b'.split(''),
    ' -o ',
    ' exec ',
    '/etc/shadow',
    ' sh ',
  );
  const program = fc.constantFrom(...VALID, 'ip', 'curl', 'sysctl', 'nft', 'iptables');
  return fc.tuple(program, fc.string({ unit, maxLength: 40 })).map(([v, s]) => `${v} ${s}`);
}

/** Hostile answers; `tag` names every file they try to create. */
export function hostileAnswer(tag: string): fc.Arbitrary<string> {
  const pick = <T>(xs: T[]) => fc.constantFrom(...xs);
  const payload = pick(payloads(tag));
  const withTag = (s: string) => s.replaceAll('TAG', tag);
  return fc.oneof(
    fc
      .tuple(pick(VALID), pick(META), payload)
      .map(([v, m, p]) => `${v} ${m}${p}${m === '$(' ? ')' : m === '`' ? '`' : ''}`),
    fc.tuple(pick(WRAPPERS), payload).map(([w, p]) => `${w} ${p}`),
    fc.tuple(pick(WRAPPERS), pick(VALID)).map(([w, v]) => `${w} ${v}`),
    fc.tuple(pick(CURL_OPTS), pick(SCHEMES), pick(TARGETS)).map(([o, s, t]) => withTag(`curl ${o} ${s}${t}`)),
    pick(FILE_OPTIONS).map(withTag),
    fc.tuple(pick(LOOKALIKES), pick(VALID)).map(([l, v]) => `${l} ${v.split(' ').slice(1).join(' ')}`),
    fc.tuple(pick(VALID), fc.integer({ min: 1000, max: 20000 })).map(([v, n]) => `${v} ${'A'.repeat(n)}`),
    noise(),
  );
}

/** `count` answers, the same ones on every run (a fixed seed). */
export function hostileAnswers(tag: string, count: number, seed = 1913): string[] {
  return fc.sample(hostileAnswer(tag), { numRuns: count, seed });
}
