import type { ContentLibrary, Locale } from '../content/types';
import type { ShownShare } from '../domain/checkin-aggregation';
import { chartAltText, donutData } from './role-figures';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** One choice or role of a result, as text a screen reader reads as it stands: "60 %", "minder dan 3". */
export interface ResultLine {
  label: string;
  value: string;
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
  roleShares: ResultLine[];
  /** The same role shares as a donut in the roles' palette colours (`checkinRoleChart`); none: no chart. */
  roleChart?: { legend: string; value: number; color: string }[];
  /** Why there are no counts (below 10 answers); empty when there are. */
  countsNote?: string;
  notesTitle: string;
  hasNotes: boolean;
  notes: { text: string }[];
  /** Notes were allowed but held back below their threshold; empty otherwise. */
  notesLater?: string;
  reflection: string;
  /** Leadership lens only: the least chosen role as an invitation; empty for none. */
  teamNudge?: string;
}

export function renderCheckinResults(data: CheckinResultsData): AdaptiveCard {
  const chartTitle = chartAltText(data.rolesTitle, data.roleShares.map((r) => ({ title: r.label, value: r.value })));
  return expandTemplate('checkin-results', { ...data, chartTitle, teamNudge: data.teamNudge ?? '', countsNote: data.countsNote ?? '', notesLater: data.notesLater ?? '', roleChart: data.roleChart ?? [] });
}

/**
 * The role shares of a check-in as donut slices, each role in its colour from the palette. Only
 * when every role's share is shown: a donut without the "fewer than 3" roles would stretch the
 * others to a whole circle, and a slice for them would draw what the text withholds.
 */
export function checkinRoleChart(library: ContentLibrary, locale: Locale, shares: readonly ShownShare[]): { legend: string; value: number; color: string }[] {
  const visible = shares.flatMap((s) => (s.few ? [] : [{ roleId: s.id, count: s.percent, share: s.percent }]));
  if (visible.length !== shares.length) return [];
  return donutData(library, locale, visible);
}
