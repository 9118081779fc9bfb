/**
 * The lab's vocabulary for commands: what a `$ ` line or a learner's typed line means once understood.
 * Pure data shared by the scenario (planning), the sandbox runner and the verdict.
 */

export { HOST_NS } from '../state/types.js';

/** The programs besides ip, ping, curl and nginx that the lab understands (understand-tools.ts). */
export type LabProgram = 'sysctl' | 'bridge' | 'iptables' | 'ip6tables' | 'nft' | 'ss';

/** A command the lab understands and can run inside the sandbox. */
export type Action =
  /** `ip …` run in namespace `ns`; `args` excludes `-n NS`. `readOnly`: a show/list that changes nothing. */
  | { kind: 'ip'; ns: string; args: string[]; readOnly: boolean }
  /** A bounded `ping -c 1 -W 1 target` from `ns`. */
  | { kind: 'ping'; ns: string; target: string }
  /** A bounded `curl --max-time 2 url` from `ns`. */
  | { kind: 'curl'; ns: string; url: string }
  /** An nginx started in the background of `ns` (whatever `-g 'daemon off;'` the note used). */
  | { kind: 'nginx'; ns: string }
  /** One of the other understood programs, run in `ns` with the args as typed (checked, bounded). */
  | { kind: 'tool'; program: LabProgram; ns: string; args: string[]; readOnly: boolean };

/** A command with its understanding: run it, skip it (with why), or refuse it (with why). */
export type Understanding =
  | { verdict: 'run'; action: Action }
  | { verdict: 'skip'; reason: string }
  | { verdict: 'refuse'; reason: string };

/** What a shown output promises: a reachability outcome of a ping or an HTTP request. */
export interface Expectation {
  kind: 'ping' | 'http';
  /** Namespace the probe runs from. */
  ns: string;
  /** An address (ping) or a URL (http). */
  target: string;
  reachable: boolean;
  /** The note's command and its line, to say where the promise came from. */
  command: string;
  line: number;
}

/** A command of the note (or the learner) with its understanding. */
export interface PlannedCommand {
  text: string;
  line: number;
  action: Action;
}

export interface SkippedCommand {
  command: string;
  reason: string;
}

/** One `## N.` step as the lab runs it. */
export interface ScenarioStep {
  number: number;
  title: string;
  actions: PlannedCommand[];
  skipped: SkippedCommand[];
  expectations: Expectation[];
}

export interface Scenario {
  steps: ScenarioStep[];
}
