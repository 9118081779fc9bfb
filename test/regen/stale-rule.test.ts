/**
 * Issue 14 point 4: `regen` changes a note only when a value the learner cares about changed. The
 * time of day in `오늘1` is refreshed when the note is written for another reason, never by the
 * clock alone; the rule holds in the file path (rewriteNote, staleKeys) and in the index path
 * (staleNotes, from the values recorded at ingest), and the two agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  englishProfile,
  koreanProfile,
  newNoteText,
  type NoteFields,
  type Profile,
} from '../../src/note/index.js';
import { rewriteNote, staleKeys, staleNotes } from '../../src/regen/index.js';
import { deriveFields } from '../../src/schedule/index.js';
import { derivedRow } from './derived-row.js';
import { addDays, parseNow, type Clock } from '../../src/time/index.js';

const TZ = 'Asia/Seoul';
const at = (local: string, tz = TZ): Clock => ({ now: parseNow(local, tz) ?? new Date(NaN), tz });

/** A note as `bokseup new` writes it at `clock` (every derived value of that instant). */
function newNoteTextForTest(profile: Profile, firstStudy: string, clock: Clock): string {
  const fields: NoteFields = {
    firstStudy,
    subject: 'Linux',
    done: { d1: false, d4: false, d7: false, d14: false },
    longTerm: false,
    status: null,
  };
  return newNoteText(profile, {
    firstStudy,
    subject: 'Linux',
    derived: deriveFields(profile, fields, clock),
  });
}

const row = derivedRow;

/** Stale by the file path, by the index path, and whether a write would change the text. */
function verdicts(path: string, text: string, clock: Clock) {
  const file = staleKeys(path, text, clock);
  const index = staleNotes([row(path, text)], clock, {});
  const rewritten = rewriteNote(path, text, clock);
  return {
    file: file.ok && file.keys.length > 0,
    index: index.stale.length > 0,
    writes: rewritten.ok && rewritten.text !== text,
  };
}

describe('the stale rule', () => {
  const made = newNoteTextForTest(koreanProfile, '2024-08-08', at('2024-10-27T14:01'));

  it('a note regenerated at 14:01 is current all that day, in both paths', () => {
    for (const later of ['2024-10-27T14:01', '2024-10-27T14:07', '2024-10-27T23:59', '2024-10-27T00:00']) {
      expect(verdicts('n.md', made, at(later)), later).toEqual({ file: false, index: false, writes: false });
    }
    expect(verdicts('n.md', made, at('2024-10-28T00:00'))).toEqual({ file: true, index: true, writes: true });
  });

  it('a write for another reason refreshes the time of day with the rest', () => {
    const markD1 = rewriteNote('n.md', made, at('2024-10-27T14:07'), (f) => ({
      ...f,
      done: { ...f.done, d1: true },
    }));
    expect(markD1.ok && markD1.text).toContain('오늘1: "@2024년 10월 27일 오후 2:07"');
    expect(markD1.ok && markD1.changed.sort()).toEqual(
      ['❤1일복습여부', '오늘1', '1일차복습여부1,0', '학습률', '진행바'].sort(),
    );
  });

  it('does not take a time of another day, or a value no minute of today gives, for current', () => {
    const yesterday = made.replace('10월 27일 오후', '10월 26일 오후');
    expect(verdicts('n.md', yesterday, at('2024-10-27T14:07')).file).toBe(true);
    const garbled = made.replace('오후 2:01', '오후 2:61');
    expect(verdicts('n.md', garbled, at('2024-10-27T14:07'))).toEqual({
      file: true,
      index: true,
      writes: true,
    });
  });

  it('the index path and the file path agree for any note, any time it was written and any time after', () => {
    const profile = fc.constantFrom(koreanProfile, englishProfile);
    const minutes = fc.integer({ min: 0, max: 3 * 24 * 60 });
    fc.assert(
      fc.property(profile, fc.integer({ min: 0, max: 60 }), minutes, minutes, (p, age, written, later) => {
        const base = at('2024-10-01T00:00').now.getTime();
        const writtenAt = { now: new Date(base + written * 60_000), tz: TZ };
        const checkAt = { now: new Date(writtenAt.now.getTime() + later * 60_000), tz: TZ };
        const text = newNoteTextForTest(p, addDays('2024-09-01', age), writtenAt);
        const v = verdicts('n.md', text, checkAt);
        expect(v.index).toBe(v.file);
        expect(v.writes).toBe(v.file);
        const sameDay =
          new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(writtenAt.now) ===
          new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(checkAt.now);
        expect(v.file).toBe(!sameDay);
      }),
      { numRuns: 300, seed: 44 },
    );
  });
});
