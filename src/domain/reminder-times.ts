import { nextPromptAt } from './due-times';
import { reminderOf } from './mirror-settings';
import type { PersonSettings } from './person-settings';
import { LAST_HOUR, MIN_MINUTES_AFTER_PROMPT } from './reminder';

const minutesOf = (time: string): number => {
  const [hour, minute] = time.split(':').map(Number);
  return (hour ?? 0) * 60 + (minute ?? 0);
};
const timeOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * When the due index should next look at the person's reminder: on the next prompt day (so never
 * on a paused day or a skipped holiday), at the chosen time but not before an hour after the
 * prompt's time. Undefined when the reminder is off or could only come at or after 22:00. Whether
 * it is sent is decided then (reminderPlan): a snoozed, answered or skipped prompt changes it.
 */
export function nextReminderAt(settings: PersonSettings, after: Date): Date | undefined {
  const reminder = reminderOf(settings);
  if (!reminder.enabled) return undefined;
  const at = Math.max(minutesOf(reminder.time), minutesOf(settings.time) + MIN_MINUTES_AFTER_PROMPT);
  if (at >= LAST_HOUR * 60) return undefined;
  return nextPromptAt({ ...settings, time: timeOf(at) }, after);
}
