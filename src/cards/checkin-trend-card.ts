import { expandTemplate, type AdaptiveCard } from './template-cache';

/** One closed check-in that met its minimum, as a column of the team trend. */
export interface TrendColumn {
  date: string;
  topic: string;
  count: string;
  top: string;
  roles: { line: string }[];
}

export interface CheckinTrendData {
  title: string;
  intro: string;
  none: string;
  hasColumns: boolean;
  columns: TrendColumn[];
}

export function renderCheckinTrend(data: CheckinTrendData): AdaptiveCard {
  return expandTemplate('checkin-trend', data);
}
