/** The public entry point of time/: what the rest of bokseup and the tests use from it. */
export {
  DateOutOfRangeError,
  LAST_DATE,
  UTC_NAMES,
  addDays,
  daysBetween,
  isTimeZone,
  localDateOf,
  parseNow,
  startOfLocalDay,
  today,
} from './clock.js';
export type { Clock } from './clock.js';
export { machineZoneName, zoneOfLocaltimeLink } from './host-zone.js';
export { fromLocalMs, offsetMinutes, toLocalMs } from './zone-offset.js';
