import type { SettingsDeps } from './settings-deps';
import { DateTime } from 'luxon';
import { renderMessage } from '../../cards/message-card';
import { settingsStrings } from '../../cards/strings/settings-strings';
import { summaryStrings } from '../../cards/strings/summary-strings';
import { localDateOf, nextSummaryAt } from '../../domain/due-times';
import type { PersonSettings } from '../../domain/person-settings';
import { toIsoDate } from '../../domain/phrase-matching';
import { lastPausedDay, relativePauseOf, type RelativePause } from '../../domain/relative-pause';
import type { Person } from '../../domain/person';
import { summaryWanted } from '../summary/summary-card-source';
import type { Services } from '../services';
import { formatDate, formatWhen, OPEN_PAUSE, reschedulePerson } from './reschedule';
import { defineCommand } from '../definitions';

/**
 * `pauze [tot datum]` / `pause [until date]`: no prompts or reminders until then. The summary of
 * the week already answered still comes, and the reply says when.
 */
export const pauseCommand = defineCommand({
  kind: 'pause',
  words: { nl: 'pauze', en: 'pause' },
  phrases: ['pauzeer', 'pauzeren', 'even pauze', 'even geen vragen', 'pause questions', 'take a break'],
  help: { nl: 'Even geen vragen (ook: pauze tot maandag, pauze 2 weken, pauze tot 31-12-2026)', en: 'No questions for a while (pause until 2026-12-31 works too)' },
  parse: pauseArguments,
  menu: {
    personal: { nl: 'Even geen vragen (of: pauze tot 31-12-2026)', en: 'No questions for a while (or: pause until 2026-12-31)' },
  },
  scope: 'personal',
  handle: async ({ person, ...turn }, command, services: SettingsDeps) => {
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
    const paused = lastDay ? s.paused(formatDate(lastDay, turn.locale)) : s.pausedOpen;
    const summary = await summaryInPause(services, { ...person, settings });
    await turn.reply(renderMessage(summary ? `${paused} ${summaryStrings[turn.locale].stillComes(formatWhen(summary, settings.timeZone, turn.locale))}` : paused));
  },
});

/** `pauze tot 31-12-2026`, `pause until 2026-12-31`, `pauze tot maandag`, `pauze 2 weken`: the last paused day or a period. */
function pauseArguments(text: string): { until?: string; relative?: RelativePause } | undefined {
  const pause = /^(?:pauze|pause|pauzeer)(?: (?:tot|until|tot en met))? (\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})$/.exec(text);
  if (pause?.[1]) return { until: toIsoDate(pause[1]) };
  const relative = relativePauseOf(text);
  return relative ? { relative } : undefined;
}

/** The next summary, when it falls in the pause and will still come (its week has answers). */
async function summaryInPause(services: Pick<Services, 'answers' | 'now'>, person: Person & { settings: PersonSettings & { pausedUntil: string } }): Promise<Date | undefined> {
  const next = nextSummaryAt(person.settings, services.now());
  if (!next || localDateOf(next, person.settings.timeZone) > person.settings.pausedUntil) return undefined;
  return (await summaryWanted(services, person, next)) ? next : undefined;
}

/** `hervat` / `resume`: ends a pause and says when the next question comes. */
export const resumeCommand = defineCommand({
  kind: 'resume',
  words: { nl: 'hervat', en: 'resume' },
  phrases: ['hervatten', 'verder', 'ga verder', 'doorgaan', 'weer beginnen', 'continue', 'start again'],
  help: { nl: 'Weer vragen krijgen', en: 'Receive questions again' },
  menu: {
    personal: { nl: 'Weer dagelijkse vragen ontvangen', en: 'Receive daily questions again' },
  },
  scope: 'personal',
  handle: async ({ person, ...turn }, _command, services: SettingsDeps) => {
    const s = settingsStrings[turn.locale];
    const { pausedUntil: _ended, ...settings } = person.settings;
    await services.people.saveSettings(person.key, settings);
    const next = await reschedulePerson(services.due, person.key, settings, services.now());
    const nextText = next ? s.next(formatWhen(next, settings.timeZone, turn.locale)) : s.noNext;
    await turn.reply(renderMessage(`${s.resumed} ${nextText}`));
  },
});
