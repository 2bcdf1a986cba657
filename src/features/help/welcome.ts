import { renderWelcome, type WelcomeValues } from '../../cards/welcome-card';
import type { Locale } from '../../content/types';
import type { Understood } from '../definitions';
import { nextPromptAt } from '../../domain/due-times';
import type { Person } from '../../domain/person';
import type { Services } from '../services';
import { formatWhen, OPEN_PAUSE } from '../settings/reschedule';
import { toValues } from '../settings/settings-values';
import type { Turn } from '../turn';

/** The welcome's choices as the person's settings have them: the defaults on first contact. */
export function welcomeValues(person: Person): WelcomeValues {
  const { days, time, layer, kindsOfWork, leadsPeople, reminder, reminderTime } = toValues(person.settings);
  return { days, time, layer, kindsOfWork, leadsPeople, reminder, reminderTime };
}

/** When the next question comes with these settings, in words ("op maandag 24 november om 16:00"), if one comes. */
export function nextWhen(person: Person, locale: Locale, services: Pick<Services, 'now'>): string | undefined {
  const settings = person.settings;
  const next = settings.pausedUntil === OPEN_PAUSE ? undefined : nextPromptAt(settings, services.now());
  return next ? formatWhen(next, settings.timeZone, locale) : undefined;
}

/** The welcome card for this person, filled in with their settings (or with what they just sent). */
export function welcomeCard(person: Person, locale: Locale, services: Pick<Services, 'now'>, shown: { values?: WelcomeValues; errorText?: string } = {}) {
  const firstWhen = nextWhen(person, locale, services);
  return renderWelcome({ locale, values: shown.values ?? welcomeValues(person), ...(firstWhen ? { firstWhen } : {}), ...(shown.errorText ? { errorText: shown.errorText } : {}) });
}

/** The first card someone sees after installing Positie in their personal chat. */
export async function sendWelcome(turn: Turn, services: Pick<Services, 'now'>): Promise<void> {
  if (turn.person) await turn.reply(welcomeCard(turn.person, turn.locale, services));
}

/**
 * The first message of someone Positie does not know (their first contact, or their return after
 * erasing their data) also gets the welcome, so that nobody is signed up for questions without a
 * word: `instead` of the answer to a greeting, small talk or words it does not understand, and
 * `after` the answer to a command (what they asked for comes first). Undefined for everyone else.
 */
export function newcomerWelcome(turn: Turn, understood: Understood): 'instead' | 'after' | undefined {
  if (!turn.newcomer || turn.identity.conversationType !== 'personal') return undefined;
  return understood.type === 'command' ? 'after' : 'instead';
}
