import type { CheckinDeps } from './checkins-deps';
import { renderCheckinTrend, type TrendColumn } from '../../cards/checkin-trend-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { percent } from '../../cards/role-figures';
import type { Locale } from '../../content/types';
import type { Checkin } from '../../domain/checkin';
import { defineCommand } from '../definitions';
import { checkinActor } from './checkin-context';
import { roleItems, topicView } from './checkin-topic';
import { formatMoment } from './checkin-views';
import { resultOf } from './close-checkin';

/** How many check-ins the trend shows side by side (Teams columns get narrow beyond this). */
const TREND_SIZE = 4;

/** `check-in trend`: the latest check-ins of this conversation that met their minimum, oldest left. */
export const checkinTrendCommand = defineCommand({
  kind: 'checkinTrend',
  words: { nl: 'check-in trend', en: 'check-in trend' },
  phrases: ['checkin trend', 'check in trend', 'check-in trends', 'trend'],
  channelHelp: { nl: 'Hoe de afgesloten check-ins van dit team verliepen', en: "How this team's closed check-ins went" },
  menu: {
    team: { nl: 'De trend van eerdere check-ins van dit team', en: "The trend of this team's earlier check-ins" },
    groupChat: { nl: 'De trend van eerdere check-ins in deze chat', en: 'The trend of earlier check-ins in this chat' },
  },
  scope: 'conversation',
  elsewhere: (locale) => checkinStrings[locale].personalOnly,
  handle: async (turn, _command, services: CheckinDeps) => {
    const s = checkinStrings[turn.locale];
    const { conversationKey } = checkinActor(turn, services);
    const recent = await services.checkins.checkins.listRecent(conversationKey, TREND_SIZE, (c) => c.status === 'closed' && !resultOf(c).tooFew);
    const columns = recent
      .reverse()
      .map((c) => trendColumn(services, c, turn.locale))
      .filter((c): c is TrendColumn => c !== undefined);
    await turn.reply(renderCheckinTrend({ title: s.trend.title, intro: s.trend.intro, none: s.trend.none, hasColumns: columns.length > 0, columns }));
  },
});

function trendColumn(services: CheckinDeps, checkin: Checkin, locale: Locale): TrendColumn | undefined {
  // The result frozen at closing, the same figures the results card shows.
  const result = resultOf(checkin);
  const topic = topicView(services.content, checkin, locale);
  if (result.tooFew || !topic) return undefined;
  const s = checkinStrings[locale];
  // The most chosen among the shares a result shows; "fewer than 3" never stands out.
  const top = result.distribution.flatMap((d) => (d.few ? [] : [d])).sort((a, b) => b.percent - a.percent)[0];
  const roles = roleItems(services.content, checkin.lens, locale);
  return {
    date: formatMoment(checkin.closedAt ?? checkin.dueAt, locale, services.config.DEFAULT_TIME_ZONE),
    topic: topic.title,
    count: s.results.count(result.count),
    top: top ? s.trend.top(topic.choices.find((c) => c.value === top.id)?.title ?? top.id, percent(top.percent, locale)) : '',
    roles: result.roleShares.map((r) => ({ line: `${roles.find((x) => x.value === r.id)?.title ?? r.id} ${r.few ? s.results.few : percent(r.percent, locale)}` })),
  };
}
