import { renderCheckinStart } from '../../cards/checkin-start-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { hasWorkProfile, workProfileOf } from '../../domain/person-settings';
import { signStartToken } from '../../domain/pseudonym';
import { defineCommand } from '../definitions';
import { checkinActor } from './checkin-context';
import { DEADLINE_HOURS, DEFAULT_DEADLINE_HOURS, minimumChoices } from './checkin-payloads';
import { CHECKIN_LENSES, startTopics } from './checkin-topic';

/**
 * `check-in` in a channel or group chat: a setup card for the person who asked. Everyone in a
 * channel can see it, so it carries a token that only that person's click passes.
 */
export const checkinCommand = defineCommand({
  kinds: ['checkin'],
  scope: 'conversation',
  elsewhere: (locale) => checkinStrings[locale].personalOnly,
  handle: async (turn, _command, services) => {
    // The starter's own language (their settings, when they have a profile), else their client's.
    const starter = await services.people.find(turn.identity.tenantId, turn.identity.aadObjectId);
    const locale = starter?.settings.locale ?? turn.locale;
    const s = checkinStrings[locale];
    const actor = checkinActor(turn, services);
    const topics = startTopics(services.content, locale, starter && hasWorkProfile(starter.settings) ? workProfileOf(starter.settings) : undefined);
    const minimums = minimumChoices(services.config.CHECKIN_MIN_RESPONSES);
    const lens = (id: string) => services.content.lenses.find((l) => l.id === id)?.name[locale] ?? id;
    await turn.reply(
      renderCheckinStart({
        title: s.start.title,
        setupNote: s.start.setupNote,
        topicLabel: s.start.topic,
        topics,
        topicValue: topics[0]?.value ?? '',
        lensLabel: s.start.lens,
        lenses: CHECKIN_LENSES.map((id) => ({ title: lens(id), value: id })),
        lensValue: 'ideaaltypen',
        deadlineLabel: s.start.deadline,
        deadlines: DEADLINE_HOURS.map((h) => ({ title: s.start.hours(h), value: String(h) })),
        hoursValue: String(DEFAULT_DEADLINE_HOURS),
        minimumLabel: s.start.minimum,
        minimums: minimums.map((n) => ({ title: s.start.answers(n), value: String(n) })),
        minimumValue: String(minimums[0] ?? services.config.CHECKIN_MIN_RESPONSES),
        notesLabel: s.start.notes,
        languageLabel: s.start.language,
        languages: [
          { title: 'Nederlands', value: 'nl' },
          { title: 'English', value: 'en' },
        ],
        languageValue: locale,
        submitLabel: s.start.submit,
        required: s.card.required,
        token: signStartToken(services.checkins.secret, actor.startSubject, actor.conversationKey, services.now().getTime()),
      }),
    );
  },
});
