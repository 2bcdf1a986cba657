import type { CheckinDeps } from './checkins-deps';
import { renderCheckinStart } from '../../cards/checkin-start-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { hasWorkProfile, workProfileOf } from '../../domain/person-settings';
import { signStartToken } from '../../domain/pseudonym';
import { defineCommand } from '../definitions';
import { checkinActor } from './checkin-context';
import { DEADLINE_HOURS, DEFAULT_DEADLINE_HOURS, minimumChoices } from './checkin-payloads';
import { CHECKIN_LENSES, startTopics } from './checkin-topic';
import { notesMinimum } from './checkin-minimums';
import { describeSeries, seriesTopicLine } from './series-views';

/**
 * `check-in` in a channel or group chat: a setup card for the person who asked. Everyone in a
 * channel can see it, so it carries a token that only that person's click passes. It lists the
 * conversation's recurring check-ins, with a stop button on those the asker set up.
 */
export const checkinCommand = defineCommand({
  kind: 'checkin',
  words: { nl: 'check-in', en: 'check-in' },
  phrases: ['checkin', 'check in', 'teamcheck-in', 'teamcheckin', 'team check-in', 'team checkin', 'start check-in', 'start een check-in'],
  help: { nl: 'In een teamkanaal of groepschat: een anonieme teamcheck-in starten. Met check-in trend zie je de eerdere.', en: 'In a team channel or group chat: start an anonymous team check-in. Check-in trend shows the earlier ones.' },
  channelHelp: { nl: 'Start een anonieme teamcheck-in over een spanning in jullie werk', en: 'Start an anonymous team check-in about a tension in your work' },
  menu: {
    team: { nl: 'Een anonieme teamcheck-in starten', en: 'Start an anonymous team check-in' },
    groupChat: { nl: 'Een anonieme check-in in deze chat starten', en: 'Start an anonymous check-in in this chat' },
  },
  scope: 'conversation',
  elsewhere: (locale) => checkinStrings[locale].personalOnly,
  handle: async (turn, _command, services: CheckinDeps) => {
    // The starter's own language and time zone (their settings, when they have a profile), else their client's and the default.
    const starter = await services.people.find(turn.identity.tenantId, turn.identity.aadObjectId);
    const locale = starter?.settings.locale ?? turn.locale;
    const zone = starter?.settings.timeZone ?? services.config.DEFAULT_TIME_ZONE;
    const s = checkinStrings[locale];
    const actor = checkinActor(turn, services);
    const topics = startTopics(services.content, locale, starter && hasWorkProfile(starter.settings) ? workProfileOf(starter.settings) : undefined);
    const minimums = minimumChoices(services.config.CHECKIN_MIN_RESPONSES);
    const minimum = minimums[0] ?? services.config.CHECKIN_MIN_RESPONSES;
    const lens = (id: string) => services.content.lenses.find((l) => l.id === id)?.name[locale] ?? id;
    const series = await services.checkins.series.listIn(actor.conversationKey);
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
        minimumValue: String(minimum),
        notesLabel: s.start.notes,
        languageLabel: s.start.language,
        languages: [
          { title: 'Nederlands', value: 'nl' },
          { title: 'English', value: 'en' },
        ],
        languageValue: locale,
        limits: s.start.limits(minimum, notesMinimum(services.config, { minimum })),
        residualRisk: s.start.residualRisk,
        repeatToggleLabel: s.start.repeatToggle,
        repeatLabel: s.start.repeat,
        repeats: [
          { title: s.start.repeatOnce, value: 'once' },
          { title: s.start.repeatWeekly, value: 'weekly' },
          { title: s.start.repeatBiweekly, value: 'biweekly' },
        ],
        weekdayLabel: s.start.weekday,
        weekdays: s.series.weekdays.map((day, i) => ({ title: day, value: String(i + 1) })),
        weekdayValue: '1',
        timeLabel: s.start.time(zone),
        timeValue: '09:00',
        rotateLabel: s.start.rotate,
        seriesTitle: s.series.listTitle,
        series: series.map((one) => ({
          line: s.series.line(describeSeries(one, locale), s.start.hours(one.hours)),
          topic: seriesTopicLine(services, one, locale),
          seriesId: one.id,
          stopLabel: s.series.stop,
          canStop: one.owner === actor.seriesOwnerKey(one.id),
        })),
        submitLabel: s.start.submit,
        required: s.card.required,
        token: signStartToken(services.checkins.secret, actor.startSubject, actor.conversationKey, services.now().getTime()),
      }),
    );
  },
});
