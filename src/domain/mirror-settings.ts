import type { PersonSettings } from './person-settings';
import { DEFAULT_REMINDER, type ReminderSetting } from './reminder-setting';

/** The reminder as set, or the default (off) for a profile saved before the setting existed. */
export function reminderOf(settings: PersonSettings): ReminderSetting {
  return settings.reminder ?? DEFAULT_REMINDER;
}

/** Whether the quarter mirror comes with the summary; on unless the person switched it off. */
export function quarterMirrorOf(settings: PersonSettings): boolean {
  return settings.quarterMirror ?? true;
}
