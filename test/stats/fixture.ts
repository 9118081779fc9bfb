/** A fixed stats input shared by the compute and render tests: Seoul, 2024-10-27 14:01. */
import type { StatsInput, StatsReview } from '../../src/stats/index.js';

/** 2024-10-27T14:01 in Asia/Seoul. */
export const NOW = new Date('2024-10-27T05:01:00Z');

/** A review at a Seoul local time (`2024-10-26T23:30`). */
export function at(local: string, grade: StatsReview['grade'], noteId = 'ns'): StatsReview {
  return { at: new Date(`${local}:00+09:00`), grade, noteId };
}

export const input: StatsInput = {
  tz: 'Asia/Seoul',
  now: NOW,
  days: 28,
  reviews: [
    at('2024-08-09T10:00', 3),
    at('2024-08-12T10:00', 1),
    at('2024-10-24T09:00', 3, 'fw'),
    at('2024-10-25T09:00', 4, 'fw'),
    at('2024-10-25T21:00', 2),
    at('2024-10-26T23:59', 1),
    at('2024-10-27T00:01', 3),
    at('2024-10-27T08:00', 3, 'fw'),
    at('2024-10-27T08:05', 4, 'fw'),
    at('2024-10-27T18:00', 3), // after now: ignored
  ],
  notes: [
    {
      noteId: 'ns',
      path: 'Linux/Linux 네트워크 네임스페이스.md',
      title: 'Linux 네트워크 네임스페이스',
      rateTenths: 6,
      stage: 'd14',
      due: '2024-10-24',
    },
    {
      noteId: 'fw',
      path: 'Linux/iptables.md',
      title: 'iptables 기초',
      rateTenths: 10,
      stage: 'long-term',
      due: '2024-11-05',
    },
    {
      noteId: 'new',
      path: 'Net/TCP handshake.md',
      title: 'TCP handshake 🤝',
      rateTenths: 0,
      stage: 'd1',
      due: '2024-10-27',
    },
    { noteId: 'idle', path: 'Net/idle.md', title: 'idle', rateTenths: 2, stage: 'd4', due: null },
  ],
};
