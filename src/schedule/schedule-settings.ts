/**
 * The two numbers of the long-term phase a vault's config may change: FSRS's desired retention
 * and the stability every card needs for the long-term flag. The schedule takes them as values.
 */
export interface ScheduleSettings {
  /** Desired probability of recall when a card comes due (ts-fsrs `request_retention`). */
  retention: number;
  /** Days of stability every card of a note needs for `🧠장기기억` to turn true. */
  longTermStability: number;
}

export const DEFAULT_SCHEDULE: Readonly<ScheduleSettings> = { retention: 0.9, longTermStability: 30 };
