import { describe, expect, it } from 'vitest';
import { computeStats, computeStreak } from '../../src/stats/index.js';
import { NOW, at, input } from './fixture.js';

describe('computeStats', () => {
  const stats = computeStats(input);

  it('buckets reviews into local days of the zone and ignores reviews after now', () => {
    expect(stats.today).toBe('2024-10-27');
    expect(stats.heatmap).toHaveLength(28);
    expect(stats.heatmap[0]?.date).toBe('2024-09-30');
    expect(stats.heatmap.at(-1)).toEqual({ date: '2024-10-27', reviews: 3, marks: 0 });
    expect(stats.heatmap.at(-2)).toEqual({ date: '2024-10-26', reviews: 1, marks: 0 }); // 23:59 Seoul, not UTC
    expect(stats.totalReviews).toBe(9);
    expect(stats.reviewsToday).toBe(3);
  });

  it('puts the same instants on other days in a zone west of UTC', () => {
    const west = computeStats({ ...input, tz: 'America/Los_Angeles' });
    expect(west.today).toBe('2024-10-26'); // 2024-10-26 22:01 in Los Angeles
    // 10-27 00:01 and 08:00/08:05 Seoul are 10-26 08:01 and 16:00/16:05 in LA; 10-26 23:59 Seoul is 07:59.
    expect(west.heatmap.at(-1)).toEqual({ date: '2024-10-26', reviews: 4, marks: 0 });
  });

  it('counts the streak up to today and the longest run', () => {
    expect(stats.streak).toEqual({ current: 4, longest: 4 });
  });

  it('computes retention as the share graded ≥ 2, overall and over the last 30 days', () => {
    expect(stats.retention.overall).toEqual({ reviews: 9, passed: 7, rate: 7 / 9 });
    expect(stats.retention.last30).toEqual({ reviews: 7, passed: 6, rate: 6 / 7 });
  });

  it('forecasts 14 days with overdue notes on today', () => {
    expect(stats.forecast).toHaveLength(14);
    expect(stats.forecast[0]).toEqual({ date: '2024-10-27', due: 2 });
    expect(stats.forecast[9]).toEqual({ date: '2024-11-05', due: 1 });
    expect(stats.forecast.reduce((s, f) => s + f.due, 0)).toBe(3);
    expect(stats.overdue).toBe(1);
  });

  it('lists note progress by due date, unscheduled last', () => {
    expect(stats.notes.map((n) => n.noteId)).toEqual(['ns', 'new', 'fw', 'idle']);
    expect(stats.notes[0]).toEqual({
      noteId: 'ns',
      path: 'Linux/Linux 네트워크 네임스페이스.md',
      title: 'Linux 네트워크 네임스페이스',
      rateTenths: 6,
      percent: 60,
      stage: 'd14',
      due: '2024-10-24',
      overdueDays: 3,
      reviews: 5,
      lastReviewed: '2024-10-27',
    });
    expect(stats.notes[3]).toMatchObject({ due: null, overdueDays: 0, reviews: 0, lastReviewed: null });
  });

  it('is plain JSON: a round trip through JSON changes nothing', () => {
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
  });

  it('handles no reviews and no notes', () => {
    const empty = computeStats({ reviews: [], notes: [], tz: 'Asia/Seoul', now: NOW });
    expect(empty.heatmap).toHaveLength(365);
    expect(empty.retention.overall).toEqual({ reviews: 0, passed: 0, rate: null });
    expect(empty.streak).toEqual({ current: 0, longest: 0 });
    expect(empty.forecast.every((f) => f.due === 0)).toBe(true);
  });

  it('rejects a bad zone or day count', () => {
    expect(() => computeStats({ ...input, tz: 'Nowhere/Zone' })).toThrow(RangeError);
    expect(() => computeStats({ ...input, days: 0 })).toThrow(RangeError);
    expect(() => computeStats({ ...input, days: 1.5 })).toThrow(RangeError);
  });

  it('does not count reviews in a grade-1-only day as passed', () => {
    const s = computeStats({ ...input, reviews: [at('2024-10-27T09:00', 1)] });
    expect(s.retention.last30.rate).toBe(0);
  });
});

describe('computeStreak', () => {
  it('keeps a streak alive through today while today has no review yet', () => {
    expect(computeStreak(['2024-10-25', '2024-10-26'], '2024-10-27')).toEqual({ current: 2, longest: 2 });
  });

  it('is broken by a missed day', () => {
    expect(computeStreak(['2024-10-24', '2024-10-25'], '2024-10-27')).toEqual({ current: 0, longest: 2 });
  });

  it('finds the longest run across gaps and duplicates, across a month boundary', () => {
    const days = ['2024-09-29', '2024-09-30', '2024-10-01', '2024-10-01', '2024-10-05', '2024-10-27'];
    expect(computeStreak(days, '2024-10-27')).toEqual({ current: 1, longest: 3 });
  });
});

describe('marks (bokseup mark) are counted apart', () => {
  it('they count as activity (heatmap, streak) but not as reviews, nor in retention', () => {
    const marked = computeStats({
      ...input,
      reviews: [
        ...input.reviews,
        { ...at('2024-10-27T09:00', 3), mark: true },
        { ...at('2024-10-20T09:00', 3), mark: true },
      ],
    });
    const plain = computeStats(input);
    expect(marked.retention).toEqual(plain.retention);
    expect([marked.totalReviews, marked.reviewsToday, marked.marks]).toEqual([
      plain.totalReviews,
      plain.reviewsToday,
      2,
    ]);
    expect(marked.heatmap.at(-1)).toEqual({ date: '2024-10-27', reviews: 3, marks: 1 });
    expect(marked.heatmap.find((d) => d.date === '2024-10-20')).toEqual({
      date: '2024-10-20',
      reviews: 0,
      marks: 1,
    });
  });
});
