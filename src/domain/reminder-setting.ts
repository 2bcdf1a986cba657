/** A person's reminder setting: off unless they switch it on, and the local time it may come. */
export interface ReminderSetting {
  enabled: boolean;
  /** Local "HH:mm" in the person's zone. */
  time: string;
}

export const DEFAULT_REMINDER: ReminderSetting = { enabled: false, time: '19:00' };
