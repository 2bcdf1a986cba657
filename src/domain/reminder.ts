import { DateTime } from 'luxon';
import { isValidLocalTime, isValidTimeZone } from './due-times';
import type { ReminderSetting } from './reminder-setting';

/** A reminder never follows its prompt sooner than this: a nudge an hour later, not a second ping. */
export const MIN_MINUTES_AFTER_PROMPT = 60;
/** No reminder at or after this local hour: a late evening message is worse than none. */
export const LAST_HOUR = 22;

/** Today's prompt as the person's day stands; `skipped` and `paused` days never get a reminder. */
export type PromptToday =
  | { state: 'none' }
  | { state: 'paused' }
  | { state: 'skipped' }
  | { state: 'answered' }
  /** Sent and not answered yet; `deliveredAt` is the last send (a snoozed prompt's resend counts). */
  | { state: 'delivered'; deliveredAt: string };

export interface ReminderDay {
  prompt: PromptToday;
  /** True once today's reminder was claimed or sent: one a day at most. */
  reminded: boolean;
}

type ReminderPlan =
  | { due: true; at: Date }
  | { due: false; reason: 'off' | 'no-prompt' | 'paused' | 'skipped' | 'answered' | 'already-reminded' | 'too-late' | 'invalid' };

/**
 * Whether today's single reminder is due, and from when: at the chosen local time, but at least an
 * hour after the prompt arrived, and not at or after 22:00 on the person's clock. The caller sends
 * it once `now >= at` and the prompt is still unanswered, claiming it like every other send.
 */
export function reminderPlan(setting: ReminderSetting, day: ReminderDay, timeZone: string): ReminderPlan {
  if (!setting.enabled) return { due: false, reason: 'off' };
  if (!isValidLocalTime(setting.time) || !isValidTimeZone(timeZone)) return { due: false, reason: 'invalid' };
  const { prompt } = day;
  if (prompt.state === 'none') return { due: false, reason: 'no-prompt' };
  if (prompt.state !== 'delivered') return { due: false, reason: prompt.state };
  if (day.reminded) return { due: false, reason: 'already-reminded' };
  const delivered = DateTime.fromISO(prompt.deliveredAt, { zone: timeZone });
  if (!delivered.isValid) return { due: false, reason: 'invalid' };
  const [hour, minute] = setting.time.split(':').map(Number);
  const chosen = delivered.set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 });
  const earliest = delivered.plus({ minutes: MIN_MINUTES_AFTER_PROMPT });
  const at = chosen < earliest ? earliest : chosen;
  if (!at.hasSame(delivered, 'day') || at.hour >= LAST_HOUR) return { due: false, reason: 'too-late' };
  return { due: true, at: at.toJSDate() };
}
