import { DateTime } from 'luxon';
import { renderMessage } from '../../cards/message-card';
import { settingsStrings } from '../../cards/strings/settings-strings';
import { localDateOf } from '../../domain/due-times';
import { lastPausedDay } from '../../domain/relative-pause';
import { formatDate, formatWhen, OPEN_PAUSE, reschedulePerson } from './reschedule';
import { defineCommand } from '../definitions';

/** `pauze [tot datum]` / `pause [until date]`: no prompts or summaries until then. */
export const pauseCommand = defineCommand({
  kinds: ['pause'],
  scope: 'personal',
  handle: async ({ person, ...turn }, command, services) => {
    const s = settingsStrings[turn.locale];
    const today = localDateOf(services.now(), person.settings.timeZone);
    // "tot maandag", "2 weken": counted from the person's own today, in their time zone.
    const lastDay = command.relative ? lastPausedDay(command.relative, today) : command.until;
    if (lastDay && (!DateTime.fromISO(lastDay).isValid || lastDay < today)) {
      await turn.reply(renderMessage(s.badPauseDate));
      return;
    }
    const settings = { ...person.settings, pausedUntil: lastDay ?? OPEN_PAUSE };
    await services.people.saveSettings(person.key, settings);
    await reschedulePerson(services.due, person.key, settings, services.now());
    await turn.reply(renderMessage(lastDay ? s.paused(formatDate(lastDay, turn.locale)) : s.pausedOpen));
  },
});

/** `hervat` / `resume`: ends a pause and says when the next question comes. */
export const resumeCommand = defineCommand({
  kinds: ['resume'],
  scope: 'personal',
  handle: async ({ person, ...turn }, _command, services) => {
    const s = settingsStrings[turn.locale];
    const { pausedUntil: _ended, ...settings } = person.settings;
    await services.people.saveSettings(person.key, settings);
    const next = await reschedulePerson(services.due, person.key, settings, services.now());
    const nextText = next ? s.next(formatWhen(next, settings.timeZone, turn.locale)) : s.noNext;
    await turn.reply(renderMessage(`${s.resumed} ${nextText}`));
  },
});
