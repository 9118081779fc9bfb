/**
 * Small text helpers of the review TUI: the elapsed timer, bars and percentages. Pure.
 */

/** `mm:ss` of a duration (hours roll into minutes: 75:03). Negative durations read 00:00. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const mm = String(Math.floor(total / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/** A bar of `width` cells, `fraction` (clamped to 0..1) of them full: `████░░░░`. */
export function bar(fraction: number, width: number): { full: string; empty: string } {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const n = Math.round(f * width);
  return { full: '█'.repeat(n), empty: '░'.repeat(width - n) };
}

/** A learning rate in tenths as a percentage: 6 → `60%`. */
export function ratePercent(tenths: number): string {
  return `${tenths * 10}%`;
}

const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** One block character for `count` on a scale to `max`; a dot for zero. */
export function sparkBlock(count: number, max: number): string {
  if (count <= 0 || max <= 0) return '·';
  const i = Math.ceil((count / max) * LEVELS.length) - 1;
  return LEVELS[Math.min(LEVELS.length - 1, Math.max(0, i))] ?? '█';
}
