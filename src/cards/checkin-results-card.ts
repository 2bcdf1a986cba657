import { expandTemplate, type AdaptiveCard } from './template-cache';

export interface ResultLine {
  label: string;
  /** A text bar with percentage and count, e.g. `████░░░░░░ 40% (2)`. */
  bar: string;
}

/** The closed check-in: either "too few answers" or the aggregate, never who answered what. */
export interface CheckinResultsData {
  heading: string;
  title: string;
  topic: string;
  closed: string;
  count: string;
  tooFew: boolean;
  tooFewText: string;
  distributionTitle: string;
  distribution: ResultLine[];
  rolesTitle: string;
  roleShares: { label: string; value: string }[];
  notesTitle: string;
  hasNotes: boolean;
  notes: { text: string }[];
  reflection: string;
}

export function renderCheckinResults(data: CheckinResultsData): AdaptiveCard {
  return expandTemplate('checkin-results', data);
}

const BAR_WIDTH = 10;

/** A fixed-width text bar, readable in every Teams client (charts are not). */
export function textBar(percent: number, count: number): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * BAR_WIDTH);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${percent}% (${count})`;
}
