import { DateTime } from 'luxon';
import { renderCheckinCard } from '../../cards/checkin-card';
import { checkinRoleChart, renderCheckinResults, type ResultLine } from '../../cards/checkin-results-card';
import { renderMessage } from '../../cards/message-card';
import { percent } from '../../cards/role-figures';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import type { AdaptiveCard } from '../../cards/template-cache';
import type { Locale } from '../../content/types';
import { COUNTS_FROM, type CheckinAggregate, type CheckinResponse, type ShownShare } from '../../domain/checkin-aggregation';
import { teamNudge } from '../../domain/team-nudge';
import { findRole } from '../../content/library-lookup';
import { inSentence } from '../../cards/strings/in-sentence';
import type { Checkin } from '../../domain/checkin';
import type { Services } from '../services';
import { roleItems, topicView } from './checkin-topic';
import { effectiveMinimum, notesMinimum } from './checkin-minimums';

/** What rendering a check-in needs: the library and the settings (time zone, thresholds). */
type CardContext = Pick<Services, 'content' | 'config'>;

/** Extra parts of one person's view of an open check-in. */
export interface PersonalView {
  answer?: CheckinResponse;
  notice?: string;
  /** The starter's own view: no inputs, the close button. */
  starter?: boolean;
  /** The starter asked to close below the minimum: this many answers are still needed. */
  confirmNeed?: number;
}

/** The open check-in card: shared (no `personal`) or as one person sees it after acting. */
export function openCheckinCard(services: CardContext, checkin: Checkin, locale: Locale, count: number, personal: PersonalView = {}): AdaptiveCard {
  const s = checkinStrings[locale];
  const topic = topicView(services.content, checkin, locale);
  if (!topic) return renderMessage(s.gone, s.heading);
  const roles = roleItems(services.content, checkin.lens, locale);
  const answer = personal.starter ? undefined : personal.answer;
  const choiceTitle = topic.choices.find((c) => c.value === answer?.choice)?.title;
  const roleTitle = roles.find((r) => r.value === answer?.roleId)?.title;
  const privacy = [s.card.privacy(effectiveMinimum(services.config, checkin)), ...(checkin.notesAllowed ? [s.card.notesFrom(notesMinimum(services.config, checkin))] : [])].join(' ');
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
    noteToggle: s.card.noteToggle,
    aboutToggle: s.card.aboutToggle,
    noteLabel: s.card.note,
    notePlaceholder: s.card.notePlaceholder,
    noteValue: answer?.note ?? '',
    required: s.card.required,
    yourAnswer: choiceTitle && roleTitle ? s.card.yourAnswer(choiceTitle, roleTitle) : '',
    isStarter: personal.starter === true,
    starterText: s.card.starterView,
    notice: personal.notice ?? '',
    confirmClose: personal.confirmNeed !== undefined ? s.card.confirmClose(personal.confirmNeed) : '',
    closeAnywayLabel: s.card.closeAnyway,
    extendLabel: s.card.extend,
    counter: s.card.counter(count),
    due: s.card.due(formatMoment(checkin.dueAt, locale, services.config.DEFAULT_TIME_ZONE)),
    privacy,
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
  const shown = aggregate.tooFew ? undefined : aggregate;
  const lines = (items: { title: string; value: string }[], shares: readonly ShownShare[]): ResultLine[] =>
    shares.map((share) => ({ label: items.find((i) => i.value === share.id)?.title ?? share.id, value: shareText(share, locale) }));
  return renderCheckinResults({
    heading: s.heading,
    title: s.results.title,
    topic: topic?.title ?? '',
    closed: checkin.closedBy === 'deadline' ? s.results.closedAtDeadline : s.results.closedByStarter,
    count: s.results.count(aggregate.count),
    tooFew: shown === undefined,
    tooFewText: s.results.tooFew(aggregate.count, effectiveMinimum(services.config, checkin)),
    distributionTitle: s.results.distribution,
    distribution: lines(topic?.choices ?? [], shown?.distribution ?? []),
    rolesTitle: s.results.roles,
    roleShares: lines(roles, shown?.roleShares ?? []),
    roleChart: checkinRoleChart(services.content, locale, shown?.roleShares ?? []),
    countsNote: shown && shown.count < COUNTS_FROM ? s.results.countsFrom : '',
    notesTitle: s.results.notes,
    hasNotes: (shown?.notes.length ?? 0) > 0,
    notes: (shown?.notes ?? []).map((text) => ({ text })),
    notesLater: shown?.notesFrom !== undefined ? s.results.notesLater(shown.notesFrom) : '',
    reflection: s.results.reflection,
    teamNudge: teamNudgeText(services, checkin, locale, shown?.roleShares ?? []),
  });
}

/** "60 %", "60 % (6)" from 10 answers, or "minder dan 3" (also for a choice nobody made). */
function shareText(share: ShownShare, locale: Locale): string {
  const s = checkinStrings[locale].results;
  return share.few ? s.few : s.share(percent(share.percent, locale), share.count);
}

/**
 * Under a leadership-lens result: the least chosen role, as an invitation (its nudges are seen
 * nowhere else). It sees only what the card shows: every "fewer than 3" role weighs the same, so
 * the nudge cannot tell a lone answer from none either.
 */
function teamNudgeText(services: CardContext, checkin: Checkin, locale: Locale, roleShares: readonly ShownShare[]): string {
  const asShown = roleShares.map((r) => ({ id: r.id, count: r.few ? 0 : r.percent, percent: r.few ? 0 : r.percent }));
  const nudge = teamNudge(services.content, checkin.lens, asShown, checkin.id);
  const role = nudge ? findRole(services.content, nudge.roleId) : undefined;
  return nudge && role ? checkinStrings[locale].results.teamNudge(inSentence(role.name[locale]), nudge.suggestion[locale]) : '';
}

/** "vrijdag 14 maart 10:00" in the organisation's time zone (the card is shared, so one zone). */
export function formatMoment(iso: string, locale: Locale, zone: string): string {
  return DateTime.fromISO(iso, { zone }).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB').toFormat('cccc d LLLL HH:mm');
}
