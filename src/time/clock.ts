/**
 * Time as data. Only `main.ts` reads the real clock; everything else receives a `Clock`
 * (an instant plus the user's IANA time zone) and works with calendar dates (`yyyy-MM-dd`).
 */
import { UserError } from '../text/user-error.js';
import { fromLocalMs, toLocalMs } from './zone-offset.js';

/** A calendar date without time or zone, `yyyy-MM-dd`. */
export type LocalDate = string;

export interface Clock {
  /** The current instant. */
  now: Date;
  /** IANA zone, e.g. `Asia/Seoul`. */
  tz: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date in `yyyy-MM-dd` form (2024-02-30 is not). */
export function isLocalDate(s: string): s is LocalDate {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Year, month (1-12) and day of a `yyyy-MM-dd` date; a RangeError for other text. */
export function dateParts(d: LocalDate): [number, number, number] {
  const m = DATE_RE.exec(d);
  if (!m) throw new RangeError(`not a yyyy-MM-dd date: ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Days since 1970-01-01 of a calendar date (zone-free arithmetic). */
function epochDay(d: LocalDate): number {
  const cached = epochDays.get(d);
  if (cached !== undefined) return cached;
  const [y, mo, day] = dateParts(d);
  const n = Date.UTC(y, mo - 1, day) / 86_400_000;
  if (epochDays.size > 50_000) epochDays.clear();
  epochDays.set(d, n);
  return n;
}

/** Vaults repeat the same few hundred dates thousands of times: parse each once. */
const epochDays = new Map<string, number>();

/** The last calendar date that `yyyy-MM-dd` can write. */
export const LAST_DATE: LocalDate = '9999-12-31';

/** Day numbers of 0001-01-01 and 9999-12-31: the dates `yyyy-MM-dd` can write. */
const FIRST_EPOCH_DAY = -719_162;
const LAST_EPOCH_DAY = 2_932_896;

/**
 * Date arithmetic left the years 1–9999 (e.g. `--days` far ahead, or a review scheduled after
 * 9999-12-31): a usage error with one line, never a crash.
 */
export class DateOutOfRangeError extends UserError {
  override name = 'DateOutOfRangeError';
  constructor(days: number) {
    super(`a date ${days} days after 1970-01-01 is outside the years 1 to 9999`, 'usage');
  }
}

/** `yyyy-MM-dd` of a day count since 1970-01-01 (Hinnant's civil-from-days, no Date allocation). */
function fromEpochDay(n: number): LocalDate {
  if (!(n >= FIRST_EPOCH_DAY && n <= LAST_EPOCH_DAY)) throw new DateOutOfRangeError(n);
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(d: LocalDate, n: number): LocalDate {
  return fromEpochDay(epochDay(d) + n);
}

/** Calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return epochDay(b) - epochDay(a);
}

/** The calendar date of the clock's instant in its zone. */
export function today(clock: Clock): LocalDate {
  const cached = todayOf.get(clock);
  if (cached !== undefined && cached.ms === clock.now.getTime() && cached.tz === clock.tz) return cached.day;
  const day = localDateOf(clock.now, clock.tz);
  todayOf.set(clock, { ms: clock.now.getTime(), tz: clock.tz, day });
  return day;
}

/** The calendar date of any instant in `tz` (no per-clock cache: for many different instants). */
export function localDateOf(instant: Date, tz: string): LocalDate {
  return fromEpochDay(Math.floor(toLocalMs(tz, instant.getTime()) / 86_400_000));
}

/** A command asks the same clock for its day once per note: answer from a per-clock cache. */
const todayOf = new WeakMap<Clock, { ms: number; tz: string; day: LocalDate }>();

/** The instant at which a calendar date begins in a zone. */
export function startOfLocalDay(d: LocalDate, tz: string): Date {
  return new Date(fromLocalMs(tz, epochDay(d) * 86_400_000));
}

const LOCAL_ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parse `--now`: ISO-8601 local time in `tz` (`2024-10-27T14:01`), or with an explicit offset/`Z`.
 * Returns null when the text is not such a time.
 */
export function parseNow(text: string, tz: string): Date | null {
  const m = LOCAL_ISO.exec(text.trim());
  if (!m) return null;
  if (m[7]) {
    const t = new Date(text.trim());
    return Number.isNaN(t.getTime()) ? null : t;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isLocalDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  return new Date(fromLocalMs(tz, Date.UTC(y, mo - 1, d, h, mi, s)));
}

let canonicalZones: ReadonlySet<string> | undefined;

/**
 * Names of UTC. Node 20's `Intl.supportedValuesOf('timeZone')` lists none of them, yet `Etc/UTC`
 * is what /etc/localtime names on many servers and containers.
 */
export const UTC_NAMES: readonly string[] = ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT'];

/**
 * True when `tz` is a zone this runtime knows. The canonical names come from a list (~3 ms); only
 * other spellings (`Asia/Calcutta`, `US/Pacific`) are tried on a DateTimeFormat, whose first
 * construction loads ICU's locale data (~27 ms).
 */
export function isTimeZone(tz: string): boolean {
  canonicalZones ??= new Set([...Intl.supportedValuesOf('timeZone'), ...UTC_NAMES]);
  if (canonicalZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
