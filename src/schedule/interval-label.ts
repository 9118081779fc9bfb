/**
 * Short labels for an interval in days, as Anki prints them on its answer buttons: `1d`, `25d`,
 * `1.5mo`, `2y`. Months are 30 days and years 365, one decimal, a trailing `.0` dropped.
 */

const MONTH = 30;
const YEAR = 365;

/** Label for a whole number of days (≥ 0). */
export function intervalLabel(days: number): string {
  if (!Number.isFinite(days) || days < 0)
    throw new RangeError(`interval must be a non-negative number of days, got ${days}`);
  if (days < MONTH) return `${Math.round(days)}d`;
  if (days < YEAR) return `${oneDecimal(days / MONTH)}mo`;
  return `${oneDecimal(days / YEAR)}y`;
}

/** Label of each grade's interval, for the review card's grade keys. */
export function intervalLabels(days: Readonly<Record<1 | 2 | 3 | 4, number>>): Record<1 | 2 | 3 | 4, string> {
  return {
    1: intervalLabel(days[1]),
    2: intervalLabel(days[2]),
    3: intervalLabel(days[3]),
    4: intervalLabel(days[4]),
  };
}

function oneDecimal(n: number): string {
  const tenths = Math.round(n * 10);
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
