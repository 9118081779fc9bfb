/** The vault's settings reach the review: the daily limit, FSRS's retention, the long-term threshold. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestVault } from '../../src/ingest/index.js';
import { parseNote } from '../../src/note/index.js';
import { gradeHints, planReview, settleSession } from '../../src/review/index.js';
import { Store } from '../../src/store/index.js';
import { parseNow, type Clock } from '../../src/time/index.js';
import { TempVault } from '../ingest/vault-fixture.js';

const tz = 'Asia/Seoul';
const clock: Clock = { now: parseNow('2026-11-29T10:00', tz) ?? new Date(NaN), tz };
let vault: TempVault;
let store: Store;

/** A note past its milestones (long-term phase, due by FSRS) with `n` cue questions. */
function longTermNote(n: number): string {
  const flags = ['❤1일복습여부', '🧡4일복습여부', '💛7일복습여부', '💚14일복습여부'].map((k) => `${k}: true`);
  const cues = Array.from({ length: n }, (_, i) => `- 질문 ${i + 1}?\n\n    답 ${i + 1}.\n`).join('\n');
  return `---\n➕첫 학습날: 2026-08-01\n${flags.join('\n')}\n🧠장기기억: false\n---\n### 단서 질문\n\n${cues}`;
}

beforeEach(() => {
  vault = new TempVault();
  for (const name of ['a', 'b', 'c']) vault.write(`${name}.md`, longTermNote(2));
  store = Store.open(':memory:');
  ingestVault(store, vault.root, (p, t) => parseNote(p, t), { now: clock.now });
});
afterEach(() => {
  store.close();
  vault.dispose();
});

describe('the vault settings in the review', () => {
  it('queues whole notes up to the daily limit when --limit is not given', () => {
    const queued = (opts: Parameters<typeof planReview>[2]) =>
      planReview(store, clock, opts).planned.map((p) => p.queue.path);
    expect(queued({})).toEqual(['a.md', 'b.md', 'c.md']);
    expect(queued({ dailyLimit: 2 })).toEqual(['a.md']);
    // Whole notes while they fit: a third card is not room for b's two.
    expect(queued({ dailyLimit: 3 })).toEqual(['a.md']);
    expect(queued({ dailyLimit: 4 })).toEqual(['a.md', 'b.md']);
    expect(queued({ dailyLimit: 2, limit: 0 })).toEqual(['a.md', 'b.md', 'c.md']);
    expect(queued({ dailyLimit: 2, notePath: 'c.md' })).toEqual(['c.md']);
  });

  it('schedules with the desired retention: a higher one gives shorter intervals', () => {
    const goodDays = (retention: number) => {
      const plan = planReview(store, clock, { schedule: { retention, longTermStability: 30 } });
      const card = plan.planned[0]?.queue.cards[0];
      return card === undefined ? undefined : gradeHints(plan.planned, tz)(card.cardId, [], clock.now)[3];
    };
    // Labels as the grade keys show them: `12d`, `1.5mo` (30 days), `2y` (365).
    const days = (label: string | undefined) => {
      const m = /^([\d.]+)(d|mo|y)$/.exec(label ?? '');
      return Number(m?.[1] ?? NaN) * ({ d: 1, mo: 30, y: 365 }[m?.[2] as 'd'] ?? NaN);
    };
    expect(days(goodDays(0.97))).toBeLessThan(days(goodDays(0.8)));
  });

  it('turns the long-term flag on by the threshold of stability the vault sets', () => {
    const longTermAfterGood = (longTermStability: number) => {
      const plan = planReview(store, clock, { schedule: { retention: 0.9, longTermStability } });
      const note = plan.planned[0];
      const grades = (note?.queue.cards ?? []).map((c) => ({
        cardId: c.cardId,
        noteId: c.noteId,
        grade: 3 as const,
        at: clock.now,
        durationMs: 1000,
      }));
      const session = { startedAt: clock.now, endedAt: clock.now, quit: false, grades, skipped: [] };
      return settleSession(plan.planned, session, clock)[0]?.result.fields.longTerm;
    };
    expect(longTermAfterGood(1)).toBe(true);
    expect(longTermAfterGood(3650)).toBe(false);
  });
});
