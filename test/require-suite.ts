/**
 * Suites that need something of the machine (a sandbox for the lab, tmux for the real terminal)
 * skip, with the reason, where it is missing. Under `BOKSEUP_REQUIRE_ALL_SUITES=1` (`.ci/run` sets
 * it) a missing requirement fails the run instead, so a CI machine that lost a package cannot go
 * green by skipping the tests that need it.
 */

/** True when the suite can run; false (after a warning) when it must be skipped; throws under CI. */
export function suiteCanRun(name: string, ready: boolean, why: string): boolean {
  if (ready) return true;
  const message = `${name}: cannot run here (${why})`;
  if (process.env.BOKSEUP_REQUIRE_ALL_SUITES === '1')
    throw new Error(`${message}; BOKSEUP_REQUIRE_ALL_SUITES=1 forbids skipping it`);
  console.warn(`skipping ${message}`);
  return false;
}
