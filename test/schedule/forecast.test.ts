import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/schedule/index.js';

describe('forecast', () => {
  it('counts overdue on today, skips null and beyond the window', () => {
    const due = ['2024-10-20', '2024-10-27', '2024-10-28', '2024-11-02', '2024-11-03', null].map((d) => ({
      due: d,
    }));
    expect(forecast(due, '2024-10-27')).toEqual([
      { date: '2024-10-27', count: 2 },
      { date: '2024-10-28', count: 1 },
      { date: '2024-10-29', count: 0 },
      { date: '2024-10-30', count: 0 },
      { date: '2024-10-31', count: 0 },
      { date: '2024-11-01', count: 0 },
      { date: '2024-11-02', count: 1 },
    ]);
  });

  it('honours the window length and crosses month ends', () => {
    const result = forecast([{ due: '2024-03-01' }], '2024-02-28', 3);
    expect(result).toEqual([
      { date: '2024-02-28', count: 0 },
      { date: '2024-02-29', count: 0 },
      { date: '2024-03-01', count: 1 },
    ]);
  });

  it('rejects a non-positive window', () => {
    expect(() => forecast([], '2024-10-27', 0)).toThrow(RangeError);
  });
});
