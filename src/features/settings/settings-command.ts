import { renderSettings } from '../../cards/settings-card';
import { settingsStrings } from '../../cards/strings/settings-strings';
import { nextPromptAt } from '../../domain/due-times';
import { formatWhen, OPEN_PAUSE } from './reschedule';
import { sendCard } from '../../teams/card-reply';
import type { CommandHandler } from '../turn';
import { toValues } from './settings-values';

/** `instellingen` / `settings`: the settings card, filled in, with when the next question comes. */
export const settingsCommand: CommandHandler = async (turn, _command, services) => {
  const person = turn.person;
  if (!person) return;
  const next = person.settings.pausedUntil === OPEN_PAUSE ? undefined : nextPromptAt(person.settings, services.now());
  const s = settingsStrings[turn.locale];
  const nextText = next ? s.next(formatWhen(next, person.settings.timeZone, turn.locale)) : s.noNext;
  await sendCard(turn.context, renderSettings(services.content, { locale: turn.locale, values: toValues(person.settings), nextText }));
};
