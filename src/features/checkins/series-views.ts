import { checkinStrings } from '../../cards/strings/checkin-strings';
import type { Locale } from '../../content/types';
import type { CheckinSeries } from '../../domain/checkin-series';
import type { Services } from '../services';
import type { Turn } from '../turn';
import { topicView } from './checkin-topic';

/** How many series one conversation may run at once: a channel is not a survey feed. */
export const MAX_SERIES_PER_CONVERSATION = 5;

/** "elke maandag om 09:00 (Europe/Amsterdam)". */
export function describeSeries(series: Pick<CheckinSeries, 'everyWeeks' | 'weekday' | 'time' | 'zone'>, locale: Locale): string {
  const s = checkinStrings[locale].series;
  return s.when(series.everyWeeks, s.weekdays[series.weekday - 1] ?? '', series.time, series.zone);
}

/** "Onderwerp: …" or "Elke keer een ander onderwerp, te beginnen met: …". */
export function seriesTopicLine(services: Pick<Services, 'content'>, series: Pick<CheckinSeries, 'topicKind' | 'topicId' | 'rotate'>, locale: Locale): string {
  const s = checkinStrings[locale].series;
  const title = topicView(services.content, series, locale)?.title ?? series.topicId;
  return series.rotate ? s.topicRotating(title) : s.topicFixed(title);
}

/**
 * The time zone of a series: the starter's own (their Positie profile: the zone their Teams client
 * gave at first contact, or the one they chose in settings); without a profile, DEFAULT_TIME_ZONE.
 * A channel has no zone of its own, and the person who picks "09:00" means their 09:00.
 */
export async function starterZone(turn: Turn, services: Pick<Services, 'people' | 'config'>): Promise<string> {
  const starter = await services.people.find(turn.identity.tenantId, turn.identity.aadObjectId);
  return starter?.settings.timeZone ?? services.config.DEFAULT_TIME_ZONE;
}
