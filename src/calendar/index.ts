/** The public entry point of calendar/: what the rest of bokseup and the tests use from it. */
export { buildCalendar, eventUid } from './build-calendar.js';
export { exportCalendar, recordExport } from './export-calendar.js';
export type { CalendarExport } from './export-calendar.js';
export { reviewDates } from './review-dates.js';
export type { DueEvent } from './build-calendar.js';
export { escapeText } from './escape-text.js';
export { foldLine } from './fold-line.js';
