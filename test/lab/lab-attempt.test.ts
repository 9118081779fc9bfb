/** Recording lab attempts: `lab try` and the review TUI's lab cards share one helper for time and duration. */
import { describe, expect, it } from 'vitest';
import * as lab from '../../src/lab/index.js';
import { checkAndRecordAttempt, labCacheDir, type LabVerdict } from '../../src/lab/index.js';
import type { QueueCard } from '../../src/quiz/index.js';
import { labCheckerFor, type LabModule, type PlannedNote } from '../../src/review/index.js';
import type { LabAttemptInput, SessionWriter, Store } from '../../src/store/index.js';
import { seedNote } from './seed-note.js';

/** A fake monotonic count the fake check advances, as the real check takes time. */
const elapsed = { ms: 0 };
const verdict: LabVerdict = {
  passed: true,
  step: 2,
  differences: [],
  skipped: [],
  refused: [],
  summary: 'step 2 matches',
  commands: [],
  referenceRepairs: [],
};
const seen: { cacheDir?: string | undefined } = {};

/** The lab as the review's checker uses it, with a fake environment and check. */
const fakeLab: LabModule = {
  ...lab,
  labEnvironment: (opts: { cacheDir?: string }) => {
    seen.cacheDir = opts.cacheDir;
    return Promise.resolve({ mode: 'root', tools: { ping: true, curl: true, nginx: true }, warnings: [] });
  },
  labTry: () => {
    elapsed.ms += 1234.4;
    return Promise.resolve(verdict);
  },
};

const at = (iso: string) => new Date(iso);

function recorder(): { store: Pick<SessionWriter, 'recordLabAttempt'>; attempts: LabAttemptInput[] } {
  const attempts: LabAttemptInput[] = [];
  return {
    attempts,
    store: {
      recordLabAttempt: (a) => {
        attempts.push(a);
        return attempts.length;
      },
    },
  };
}

describe('checkAndRecordAttempt', () => {
  it('records the duration once, and the time as the start instant plus it', async () => {
    const { store, attempts } = recorder();
    const clock = { now: () => at('2024-10-27T05:00:00.000Z'), elapsedMs: () => elapsed.ms };
    elapsed.ms = 100;
    const check = () => {
      elapsed.ms += 899.6;
      return Promise.resolve(verdict);
    };
    const v = await checkAndRecordAttempt(
      store,
      clock,
      { noteId: 'n', step: 2, answers: ['ip link'] },
      check,
    );
    expect(v).toBe(verdict);
    expect(attempts).toEqual([
      {
        noteId: 'n',
        step: 2,
        answers: ['ip link'],
        at: at('2024-10-27T05:00:00.900Z'),
        passed: true,
        differences: [],
        durationMs: 900,
      },
    ]);
  });

  it('records nothing for refused input: nothing ran, so it is not a try', async () => {
    const { store, attempts } = recorder();
    const clock = { now: () => at('2024-10-27T05:00:00Z'), elapsedMs: () => 0 };
    const refused: LabVerdict = {
      ...verdict,
      passed: false,
      refused: [{ command: 'ip link set veth0 up;', reason: '`;` is not allowed' }],
    };
    const v = await checkAndRecordAttempt(
      store,
      clock,
      { noteId: 'n', step: 2, answers: ['ip link set veth0 up;'] },
      () => Promise.resolve(refused),
    );
    expect(v).toBe(refused);
    expect(attempts).toEqual([]);
  });

  it('records nothing when the check throws', async () => {
    const { store, attempts } = recorder();
    const clock = { now: () => at('2024-10-27T05:00:00Z'), elapsedMs: () => 0 };
    const failing = () => Promise.reject(new Error('no sandbox'));
    await expect(
      checkAndRecordAttempt(store, clock, { noteId: 'n', step: 1, answers: [] }, failing),
    ).rejects.toThrow('no sandbox');
    expect(attempts).toEqual([]);
  });
});

describe('the review TUI lab checker', () => {
  it('records an attempt when it was checked, with its duration, not at the session start', async () => {
    const sessionStart = at('2024-10-27T05:00:00.000Z');
    const { store, attempts } = recorder();
    const card: QueueCard = { cardId: 'c', noteId: 'n', kind: 'lab', prompt: '', answer: '', labStep: 2 };
    const planned = [{ queue: { cards: [card] } }] as unknown as PlannedNote[];
    elapsed.ms = 0;
    const db = '/vault/.bokseup/bokseup.db';
    // The review's running clock: the session start plus the time since.
    const now = () => new Date(sessionStart.getTime() + elapsed.ms);
    const fullStore = { sessions: store, notes: { parsed: () => seedNote() } } as unknown as Store;
    const options = { db, now, elapsedMs: () => elapsed.ms, loadLab: () => Promise.resolve(fakeLab) };
    const checkLab = labCheckerFor(fullStore, planned, options);
    if (!checkLab) throw new Error('a lab card is queued: there must be a checker');
    elapsed.ms = 95_000; // the learner types for a minute and a half
    const shown = await checkLab(card, ['ip link set veth0 up'], new AbortController().signal);
    expect(shown).toMatchObject({ passed: true, summary: 'step 2 matches' });
    expect(seen.cacheDir).toBe(labCacheDir(db));
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.at).not.toEqual(sessionStart);
    expect(attempts[0]?.at).toEqual(at('2024-10-27T05:01:36.234Z'));
    expect(attempts[0]?.durationMs).toBe(1234);
  });
});

describe('labCacheDir', () => {
  it('is lab-cache next to the database', () => {
    expect(labCacheDir('/vault/.bokseup/bokseup.db')).toBe('/vault/.bokseup/lab-cache');
  });
});
