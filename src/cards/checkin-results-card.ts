import type { ContentLibrary, Locale } from '../content/types';
import type { Share } from '../domain/checkin-aggregation';
import { donutData } from './role-figures';
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
  /** The same role shares as a donut in the roles' palette colours (`checkinRoleChart`); none: no chart. */
  roleChart?: { legend: string; value: number; color: string }[];
  notesTitle: string;
  hasNotes: boolean;
  notes: { text: string }[];
  reflection: string;
  /** Leadership lens only: the least chosen role as an invitation; empty for none. */
  teamNudge?: string;
}

export function renderCheckinResults(data: CheckinResultsData): AdaptiveCard {
  const roleChart = data.roleChart ?? [];
  return expandTemplate('checkin-results', { ...data, teamNudge: data.teamNudge ?? '', roleChart, roleChartFallback: roleChart.map((r) => ({ text: `${cells(r.value)} ${r.legend}` })) });
}

/** The role shares of a check-in as donut slices, each role in its colour from the palette. */
export function checkinRoleChart(library: ContentLibrary, locale: Locale, shares: readonly Share[]): { legend: string; value: number; color: string }[] {
  return donutData(library, locale, shares.map((s) => ({ roleId: s.id, count: s.count, share: s.percent })));
}

const BAR_WIDTH = 10;

/** A fixed-width text bar, readable in every Teams client (charts are not). */
export function textBar(percent: number, count: number): string {
  return `${cells(percent)} ${percent}% (${count})`;
}

function cells(percent: number): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * BAR_WIDTH);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}
