import type { HelpDeps } from './help-deps';
import { z } from 'zod';
import { renderMessage } from '../../cards/message-card';
import { stringsFor } from '../../cards/strings';
import { settingsStrings } from '../../cards/strings/settings-strings';
import { welcomeStrings } from '../../cards/strings/welcome-strings';
import { renderTalk } from '../../cards/talk-card';
import type { WelcomeValues } from '../../cards/welcome-card';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import { reflectNow } from '../reflection/reflect-now';
import { saveSettingsValues } from '../settings';
import { toValues } from '../settings/settings-values';
import type { PersonalTurn } from '../turn';
import { nextWhen, welcomeCard, welcomeValues } from './welcome';

/**
 * The welcome card's inputs as Teams sends them (strings), checked further by the settings
 * card's own rules. The card always sends them (no days ticked may come as nothing: no days), so
 * data without them is no welcome card's and saves nothing.
 */
const welcomePayloadSchema = z.object({
  days: z.string().max(40).optional().default(''),
  time: z.string().max(20),
  layer: z.string().max(40),
  kindsOfWork: z.string().max(120),
  leadsPeople: z.string().max(5),
  reminder: z.string().max(5),
});

type WelcomePayload = z.infer<typeof welcomePayloadSchema>;

/**
 * "Opslaan en eerste vraag": saves the three choices through the settings feature (the same
 * checks, the same rescheduling; the language keeps following Teams), then asks the first
 * question below. The welcome card becomes a short confirmation that says where to change it.
 */
export const welcomeSaveAction = defineAction({ verb: VERBS.welcomeSave, scope: 'personal', schema: welcomePayloadSchema, handle: saveWelcome });

async function saveWelcome(turn: PersonalTurn, payload: WelcomePayload, services: HelpDeps): Promise<ActionReply> {
  const { person, locale } = turn;
  const result = await saveSettingsValues(person, { ...toValues(person.settings), ...payload }, locale, services, { keepLanguageChoice: true });
  if (!('saved' in result)) {
    const values: WelcomeValues = { ...welcomeValues(person), ...payload };
    const errorText = 'error' in result ? result.error : stringsFor(locale).error.storage;
    return welcomeCard(person, locale, services, { values, errorText });
  }
  services.logger.info({ event: 'welcome.saved' }, 'welcome choices saved');
  await reflectNow({ ...turn, person: { ...person, settings: result.saved } }, services);
  return renderMessage(welcomeStrings[locale].saved(result.nextText));
}

/** "Later": the defaults stay (nothing is written); the card says when the question comes and where to change it. */
export const welcomeLaterAction = defineAction({
  verb: VERBS.welcomeLater,
  scope: 'personal',
  schema: z.unknown(),
  handle: async ({ person, locale }, _input, services: HelpDeps) => {
    const when = nextWhen(person, locale, services);
    const next = when ? settingsStrings[locale].next(when) : settingsStrings[locale].noNext;
    const w = welcomeStrings[locale];
    return renderTalk(w.kept(next), [{ kind: 'reflect', label: w.firstQuestion }]);
  },
});
