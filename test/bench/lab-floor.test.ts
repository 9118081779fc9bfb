import { describe, expect, it } from 'vitest';
import { floorScript } from '../../bench/lab-floor.js';
import { groupForBatch, shellQuote, type Action } from '../../src/lab/index.js';

const ip = (ns: string, ...args: string[]): Action => ({ kind: 'ip', ns, args, readOnly: false });

describe('groupForBatch', () => {
  it('batches consecutive ip commands of one namespace, keeping order', () => {
    const groups = groupForBatch([
      ip('host', 'link', 'add', 'veth0', 'type', 'veth', 'peer', 'name', 'veth1'),
      ip('host', 'netns', 'add', 'n1'),
      ip('n1', 'link', 'set', 'lo', 'up'),
      { kind: 'nginx', ns: 'n1' },
      ip('host', '-br', 'link'),
    ]);
    expect(groups).toEqual([
      { ns: 'host', lines: ['link add veth0 type veth peer name veth1', 'netns add n1'] },
      { ns: 'n1', lines: ['link set lo up'] },
      { action: { kind: 'nginx', ns: 'n1' } },
      { action: ip('host', '-br', 'link') },
    ]);
  });
});

describe('floorScript', () => {
  it('quotes words for bash', () => {
    expect(shellQuote('10.0.0.1/24')).toBe('10.0.0.1/24');
    expect(shellQuote("daemon off;'x")).toBe(`'daemon off;'\\''x'`);
  });

  it('runs the same sandbox, batches, learner commands, snapshots and probes', () => {
    const script = floorScript({
      mode: 'root',
      prepare: [{ ns: 'host', lines: ['netns add n1'] }],
      learner: [ip('n1', 'link', 'set', 'veth1', 'up')],
      namespaces: ['n1'],
      probes: [{ kind: 'ping', ns: 'host', target: '10.0.0.3' }],
    });
    expect(script).toContain(
      'setpriv --reuid=65534 --regid=65534 --clear-groups setpriv --pdeathsig KILL unshare --user --map-root-user --net --mount --pid --fork --kill-child --mount-proc',
    );
    expect(script).toContain('e() { nsenter -t "$I" -U -n -m -p -- "$@"');
    expect(script).toContain(`printf '%s\\n' 'netns add n1' | e ip -force -batch -`);
    expect(script).toContain('e ip -n n1 link set veth1 up');
    expect(script).toContain('e ip -n n1 -j -d -batch -');
    expect(script).toContain('e ping -n -c 1 -W 1 10.0.0.3');
    expect(script).toContain('3>&- 4<&-');
  });
});
