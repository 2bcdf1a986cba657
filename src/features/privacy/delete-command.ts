import type { PrivacyDeps } from './privacy-deps';
import { renderDeleteConfirm } from '../../cards/privacy-delete-card';
import { privacyStrings } from '../../cards/strings/privacy-strings';
import { defineCommand } from '../definitions';
import { signDeleteToken } from './privacy-tokens';

/**
 * `verwijder mijn gegevens` / `delete my data`: a confirmation card that names what will go.
 * Nothing is deleted (or written) until the person confirms on that card.
 */
export const deleteCommand = defineCommand({
  kind: 'delete',
  neverSuggested: true,
  words: { nl: 'verwijder mijn gegevens', en: 'delete my data' },
  phrases: ['wis mijn gegevens', 'gegevens wissen', 'gegevens verwijderen', 'verwijder alles', 'delete everything', 'erase my data'],
  help: { nl: 'Al je gegevens wissen', en: 'Erase all your data' },
  menu: {
    personal: { nl: 'Al je gegevens wissen', en: 'Erase all your data' },
  },
  scope: 'personal',
  elsewhere: (locale) => privacyStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, _command, services: PrivacyDeps) => {
    const checkinPerson = { secret: services.checkins.secret, tenantId: person.tenantId, aadObjectId: person.aadObjectId };
    const [answers, checkins] = await Promise.all([
      services.answers.listBetween(person.key, '0000-01-01', '9999-12-31'),
      services.privacy.personRows.checkinRowsOf(checkinPerson),
    ]);
    const token = signDeleteToken(services.privacy.secret, person.key, services.now().getTime());
    await turn.reply(renderDeleteConfirm(turn.locale, { answers: answers.length, checkinAnswers: checkins.responses.length }, token));
  },
});
