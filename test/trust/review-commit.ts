/**
 * A review session's commit without the TUI, as its own process (`node --import tsx
 * review-commit.ts VAULT DB NOW`): open the vault as every command does (leftovers swept, pending
 * writes completed, ingest), grade every queued card Good, commit and write the notes. The kill
 * harness kills it at random points.
 */
import { completePendingWrites, runReview } from '../../src/review/index.js';
import { openVault } from '../../src/ingest/index.js';
import { sweepLeftovers } from '../../src/vault/index.js';
import type { ReviewInput, SessionResult } from '../../src/quiz/index.js';

async function main(vault: string, db: string, now: Date): Promise<void> {
  const clock = { now, tz: 'Asia/Seoul' };
  const { store } = await openVault({ vault, db }, now, undefined, async (s) => {
    await sweepLeftovers(vault);
    await completePendingWrites(s, vault, clock, { vault });
  });
  try {
    const present = (input: ReviewInput): Promise<SessionResult> =>
      Promise.resolve({
        startedAt: now,
        endedAt: now,
        quit: false,
        skipped: [],
        grades: input.notes.flatMap((n) =>
          n.cards.map((c) => ({
            cardId: c.cardId,
            noteId: n.noteId,
            grade: 3 as const,
            at: now,
            durationMs: 1000,
          })),
        ),
      });
    const out = await runReview(store, { vault, db, clock, elapsedMs: () => 0, dailyLimit: 0 }, present);
    process.stdout.write(`${out.reviews} reviews of ${out.notes} notes\n${out.problems.join('\n')}`);
  } finally {
    store.close();
  }
}

const [vault, db, now] = process.argv.slice(2);
if (vault !== undefined && db !== undefined && now !== undefined) void main(vault, db, new Date(now));
