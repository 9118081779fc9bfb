/**
 * The argv that makes and enters a sandbox, per mode (pure): run as root, the sandbox must be a user
 * namespace created after becoming nobody, and be entered without --preserve-credentials (with it,
 * a root caller keeps host uid 0 inside and reads root's files: measured, /etc/shadow).
 */
import { describe, expect, it } from 'vitest';
import { nsenterPrefix, unshareArgv } from '../../src/lab/index.js';

describe('sandbox argv', () => {
  it('root: nobody first, then pdeathsig (a uid change clears it), then the user namespace', () => {
    const argv = unshareArgv('root', 'INIT');
    expect(argv.slice(0, 8)).toEqual([
      'setpriv',
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      'setpriv',
      '--pdeathsig',
      'KILL',
      'unshare',
    ]);
    expect(argv).toContain('--map-root-user');
    expect(argv.slice(-3)).toEqual(['sh', '-c', 'INIT']);
    expect(nsenterPrefix('root', 42)).toEqual(['nsenter', '-t', '42', '-U', '-n', '-m', '-p', '--']);
  });

  it('user: the caller mapped to root; unconfined: plain namespaces, no uid change', () => {
    expect(unshareArgv('user', 'X').slice(0, 6)).toEqual([
      'setpriv',
      '--pdeathsig',
      'KILL',
      'unshare',
      '--user',
      '--map-root-user',
    ]);
    expect(unshareArgv('unconfined', 'X')).not.toContain('--user');
    expect(unshareArgv('unconfined', 'X')).not.toContain('--reuid=65534');
    expect(nsenterPrefix('unconfined', 7)).toEqual(['nsenter', '-t', '7', '-n', '-m', '-p', '--']);
  });

  it.each(['root', 'user', 'unconfined'] as const)(
    '%s: a private PID namespace that dies with us',
    (mode) => {
      const argv = unshareArgv(mode, 'X');
      for (const flag of ['--net', '--mount', '--pid', '--fork', '--kill-child', '--mount-proc'])
        expect(argv).toContain(flag);
      expect(argv[argv.indexOf('--propagation') + 1]).toBe('private');
    },
  );
});
