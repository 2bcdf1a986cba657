import { z } from 'zod';
import { renderCheckinTrend, type TrendColumn } from '../../cards/checkin-trend-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import type { Locale } from '../../content/types';
import type { Checkin } from '../../store/checkins-repository';
import type { Services } from '../services';
import { defineCommand } from '../definitions';
import { checkinActor } from './checkin-context';
import { roleItems, topicView } from './checkin-topic';
import { formatMoment } from './checkin-views';

/** How many check-ins the trend shows side by side (Teams columns get narrow beyond this). */
const TREND_SIZE = 4;

const shares = z.array(z.object({ id: z.string(), count: z.number(), percent: z.number() }));
const storedResult = z.object({ distribution: shares, roleShares: shares });

/** `check-in trend`: the latest check-ins of this conversation that met their minimum, oldest left. */
export const checkinTrendCommand = defineCommand({
  kinds: ['checkinTrend'],
  scope: 'conversation',
  elsewhere: (locale) => checkinStrings[locale].personalOnly,
  handle: async (turn, _command, services) => {
    const s = checkinStrings[turn.locale];
    const { conversationKey } = checkinActor(turn, services);
    const recent = await services.checkins.store.listRecent(conversationKey, TREND_SIZE, (c) => c.status === 'closed' && c.result !== undefined);
    const columns = recent
      .reverse()
      .map((c) => trendColumn(services, c, turn.locale))
      .filter((c): c is TrendColumn => c !== undefined);
    await turn.reply(renderCheckinTrend({ title: s.trend.title, intro: s.trend.intro, none: s.trend.none, hasColumns: columns.length > 0, columns }));
  },
});

function trendColumn(services: Services, checkin: Checkin, locale: Locale): TrendColumn | undefined {
  const parsed = storedResult.safeParse(JSON.parse(checkin.result ?? 'null'));
  const topic = topicView(services.content, checkin, locale);
  if (!parsed.success || !topic) return undefined;
  const s = checkinStrings[locale];
  const top = [...parsed.data.distribution].sort((a, b) => b.count - a.count)[0];
  const roles = roleItems(services.content, checkin.lens, locale);
  return {
    date: formatMoment(checkin.closedAt ?? checkin.dueAt, locale, services.config.DEFAULT_TIME_ZONE),
    topic: topic.title,
    count: s.results.count(checkin.count ?? 0),
    top: top ? s.trend.top(topic.choices.find((c) => c.value === top.id)?.title ?? top.id, top.percent) : '',
    roles: parsed.data.roleShares.map((r) => ({ line: `${roles.find((x) => x.value === r.id)?.title ?? r.id} ${r.percent}%` })),
  };
}
