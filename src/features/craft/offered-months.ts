import { DateTime } from 'luxon';
import { CRAFT_OFFER_LAST_DAY, isMonth } from '../../domain/craft-reflection';

/** What decides which months were offered to a person: today, the day they joined, and how long notes are kept. */
interface OfferContext {
  /** Today on the person's calendar, yyyy-mm-dd. */
  today: string;
  /** The day the person's profile was made, on their calendar. */
  joinedOn: string;
  retentionDays: number;
}

/**
 * Whether the reflection on `month` was offered to this person: it is offered with the first
 * weekly summary of the month after (day 1 to 7), so only a month whose next month has begun, and
 * whose offer came while the person was there. A month older than the notes are kept is not
 * offered any more either: retention would remove what was written. Anything else ("1999-01", the
 * current month, a month before they joined) is refused, whatever a card sends.
 */
export function isOfferedMonth(month: string, context: OfferContext): boolean {
  if (!isMonth(month)) return false;
  const next = nextMonth(month);
  if (next > context.today.slice(0, 7)) return false;
  if (context.joinedOn > `${next}-${String(CRAFT_OFFER_LAST_DAY).padStart(2, '0')}`) return false;
  const oldestKept = DateTime.fromISO(context.today).minus({ days: context.retentionDays }).toISODate() ?? context.today;
  return `${month}-31` >= oldestKept;
}

function nextMonth(month: string): string {
  return DateTime.fromISO(`${month}-01`).plus({ months: 1 }).toFormat('yyyy-MM');
}
