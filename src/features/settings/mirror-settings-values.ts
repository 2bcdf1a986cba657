import type { SettingsValues } from '../../cards/settings-card';
import { settingsStrings } from '../../cards/strings/settings-strings';
import type { Locale } from '../../content/types';
import { isValidLocalTime } from '../../domain/due-times';
import { quarterMirrorOf, reminderOf } from '../../domain/mirror-settings';
import type { PersonSettings } from '../../domain/person-settings';

type MirrorFields = Required<Pick<PersonSettings, 'reminder' | 'quarterMirror'>>;

/**
 * The reminder and quarter-mirror switches of the settings card. An empty value (a card sent
 * before these existed) keeps what is stored.
 */
export function parseMirrorSettings(values: SettingsValues, current: PersonSettings, locale: Locale): { settings: MirrorFields } | { error: string } {
  const s = settingsStrings[locale];
  const switchOf = (raw: string, stored: boolean): boolean | undefined => (raw === '' ? stored : raw === 'true' ? true : raw === 'false' ? false : undefined);
  const reminder = reminderOf(current);
  const enabled = switchOf(values.reminder, reminder.enabled);
  const quarterMirror = switchOf(values.quarterMirror, quarterMirrorOf(current));
  if (enabled === undefined || quarterMirror === undefined) return { error: s.badChoice };
  const rawTime = values.reminderTime.trim();
  const time = rawTime === '' ? reminder.time : rawTime.slice(0, 5);
  if (!isValidLocalTime(time) || rawTime.length > 8) return { error: s.badTime(values.reminderTime) };
  return { settings: { reminder: { enabled, time }, quarterMirror } };
}
