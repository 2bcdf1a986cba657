import { renderQuarterMirror } from '../../cards/quarter-card';
import type { AdaptiveCard } from '../../cards/template-cache';
import { rolesOf } from '../../content/library-lookup';
import { localDateOf } from '../../domain/due-times';
import { addWeeks, weekEndOf } from '../../domain/iso-week';
import { quarterMirrorOf } from '../../domain/mirror-settings';
import { QUARTER_WEEKS, quarterEndingIn, quarterFigures } from '../../domain/quarter-figures';
import { zoneOrDefault } from '../../domain/time-zone-of';
import type { Person } from '../../domain/person';
import type { Services } from '../services';

/** What the quarter mirror reads (a part of what the summary reads, so the summary passes its own). */
type QuarterServices = Pick<Services, 'answers' | 'content' | 'config'>;

/**
 * The quarter mirror for the summary of the week starting `weekStart`, or undefined when that
 * week ends no quarter of use (counted from the profile's first day) or the person switched it
 * off. It reads the quarter's answers only when one is due.
 */
export async function quarterMirrorFor(services: QuarterServices, person: Person, weekStart: string): Promise<AdaptiveCard | undefined> {
  if (!quarterMirrorOf(person.settings)) return undefined;
  const timeZone = zoneOrDefault(person.settings.timeZone, services.config.DEFAULT_TIME_ZONE);
  const firstUseDate = localDateOf(new Date(person.createdAt), timeZone);
  if (quarterEndingIn(firstUseDate, weekStart) === undefined) return undefined;
  // An answer's week is its question's date: the quarter's dates are all there is to read.
  const answers = await services.answers.listBetween(person.key, addWeeks(weekStart, -(QUARTER_WEEKS - 1)), weekEndOf(weekStart));
  const { lens, locale } = person.settings;
  const roleIds = rolesOf(services.content, lens).map((r) => r.id);
  const figures = quarterFigures({ answers, firstUseDate, weekStart, roleIds, lensId: lens });
  return figures ? renderQuarterMirror(figures, locale, services.content) : undefined;
}

/** The summary with the quarter mirror below it, in one message (so one claim covers both). */
export function withQuarterMirror(summary: AdaptiveCard, mirror: AdaptiveCard | undefined): AdaptiveCard {
  if (!mirror) return summary;
  const body = (card: AdaptiveCard): unknown[] => (Array.isArray(card.body) ? (card.body as unknown[]) : []);
  return { ...summary, body: [...body(summary), { type: 'Container', separator: true, spacing: 'ExtraLarge', items: body(mirror) }] };
}
