import { DateTime } from 'luxon';
import { renderCheckinCard } from '../../cards/checkin-card';
import { checkinRoleChart, renderCheckinResults, textBar } from '../../cards/checkin-results-card';
import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import type { AdaptiveCard } from '../../cards/template-cache';
import type { Locale } from '../../content/types';
import type { CheckinAggregate, CheckinResponse, Share } from '../../domain/checkin-aggregation';
import { teamNudge } from '../../domain/team-nudge';
import { findRole } from '../../content/library-lookup';
import { inSentence } from '../../cards/strings/in-sentence';
import type { Checkin } from '../../domain/checkin';
import type { Services } from '../services';
import { roleItems, topicView } from './checkin-topic';

/** What rendering a check-in needs: the library and the time zone setting. */
export type CardContext = Pick<Services, 'content' | 'config'>;

/** Extra parts of one person's view of an open check-in. */
export interface PersonalView {
  answer?: CheckinResponse;
  notice?: string;
}

/** The open check-in card: shared (no `personal`) or as one person sees it after acting. */
export function openCheckinCard(services: CardContext, checkin: Checkin, locale: Locale, count: number, personal: PersonalView = {}): AdaptiveCard {
  const s = checkinStrings[locale];
  const topic = topicView(services.content, checkin, locale);
  if (!topic) return renderMessage(s.gone, s.heading);
  const roles = roleItems(services.content, checkin.lens, locale);
  const answer = personal.answer;
  const choiceTitle = topic.choices.find((c) => c.value === answer?.choice)?.title;
  const roleTitle = roles.find((r) => r.value === answer?.roleId)?.title;
  return renderCheckinCard({
    checkinId: checkin.id,
    heading: s.heading,
    title: topic.title,
    intro: topic.intro,
    question: topic.question,
    choiceLabel: topic.choiceLabel,
    choices: topic.choices,
    choiceValue: answer?.choice ?? '',
    roleLabel: s.card.role,
    roles,
    roleValue: answer?.roleId ?? '',
    notesAllowed: checkin.notesAllowed,
    noteLabel: s.card.note,
    notePlaceholder: s.card.notePlaceholder,
    noteValue: answer?.note ?? '',
    required: s.card.required,
    yourAnswer: choiceTitle && roleTitle ? s.card.yourAnswer(choiceTitle, roleTitle) : '',
    notice: personal.notice ?? '',
    counter: s.card.counter(count),
    due: s.card.due(formatMoment(checkin.dueAt, locale, services.config.DEFAULT_TIME_ZONE)),
    privacy: s.card.privacy(checkin.minimum),
    answerLabel: answer ? s.card.change : s.card.answer,
    closeLabel: s.card.close,
    refreshLabel: s.card.refresh,
  });
}

/** The results of a closed check-in; below its minimum only the count and "too few". */
export function resultsCard(services: CardContext, checkin: Checkin, locale: Locale, aggregate: CheckinAggregate): AdaptiveCard {
  const s = checkinStrings[locale];
  const topic = topicView(services.content, checkin, locale);
  const roles = roleItems(services.content, checkin.lens, locale);
  const labelOf = (items: { title: string; value: string }[], id: string): string => items.find((i) => i.value === id)?.title ?? id;
  const shown = aggregate.tooFew ? undefined : aggregate;
  return renderCheckinResults({
    heading: s.heading,
    title: s.results.title,
    topic: topic?.title ?? '',
    closed: checkin.closedBy === 'deadline' ? s.results.closedAtDeadline : s.results.closedByStarter,
    count: s.results.count(aggregate.count),
    tooFew: shown === undefined,
    tooFewText: s.results.tooFew(aggregate.count, checkin.minimum),
    distributionTitle: s.results.distribution,
    distribution: (shown?.distribution ?? []).map((d) => ({ label: labelOf(topic?.choices ?? [], d.id), bar: textBar(d.percent, d.count) })),
    rolesTitle: s.results.roles,
    roleShares: (shown?.roleShares ?? []).map((r) => ({ label: labelOf(roles, r.id), value: `${r.percent}% (${r.count})` })),
    roleChart: checkinRoleChart(services.content, locale, shown?.roleShares ?? []),
    notesTitle: s.results.notes,
    hasNotes: (shown?.notes.length ?? 0) > 0,
    notes: (shown?.notes ?? []).map((text) => ({ text })),
    reflection: s.results.reflection,
    teamNudge: teamNudgeText(services, checkin, locale, shown?.roleShares ?? []),
  });
}

/** Under a leadership-lens result: the least chosen role, as an invitation (its nudges are seen nowhere else). */
function teamNudgeText(services: CardContext, checkin: Checkin, locale: Locale, roleShares: readonly Share[]): string {
  const nudge = teamNudge(services.content, checkin.lens, roleShares, checkin.id);
  const role = nudge ? findRole(services.content, nudge.roleId) : undefined;
  return nudge && role ? checkinStrings[locale].results.teamNudge(inSentence(role.name[locale]), nudge.suggestion[locale]) : '';
}

/** "vrijdag 14 maart 10:00" in the organisation's time zone (the card is shared, so one zone). */
export function formatMoment(iso: string, locale: Locale, zone: string): string {
  return DateTime.fromISO(iso, { zone }).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB').toFormat('cccc d LLLL HH:mm');
}
