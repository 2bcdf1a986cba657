import { expandTemplate, type AdaptiveCard } from './template-cache';

/**
 * What the setup card turns into for its starter (the answer to their click, which only they
 * see): the check-in is posted, with its close button; or a series is agreed, with its stop button.
 */
export interface CheckinStartedData {
  heading: string;
  text: string;
  detail?: string;
  /** The posted check-in (its close button); empty for a series. */
  checkinId?: string;
  closeLabel?: string;
  /** The agreed series (its stop button); empty for a one-off check-in. */
  seriesId?: string;
  stopLabel?: string;
}

export function renderCheckinStarted(data: CheckinStartedData): AdaptiveCard {
  return expandTemplate('checkin-started', { detail: '', checkinId: '', closeLabel: '', seriesId: '', stopLabel: '', ...data });
}
