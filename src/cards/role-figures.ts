import { findRole } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import { roleColourIn } from './role-palette';

/** A role's part of a set of answers: what every role chart and its text beside it are drawn from. */
export interface RoleCount {
  roleId: string;
  count: number;
  /** Whole percent; the roles of one set add up to 100. */
  share: number;
}

/** "67 %" in Dutch (with a space, as Dutch writes it), "67%" in English. */
export function percent(value: number, locale: Locale): string {
  return locale === 'nl' ? `${value} %` : `${value}%`;
}

export function roleNameIn(library: ContentLibrary, locale: Locale): (roleId: string) => string {
  return (roleId) => findRole(library, roleId)?.name[locale] ?? roleId;
}

/** Largest share first; equal shares keep the order given (the lens order). */
export function largestFirst<T extends RoleCount>(roles: readonly T[]): T[] {
  return roles
    .map((role, i) => ({ role, i }))
    .sort((a, b) => b.role.count - a.role.count || a.i - b.i)
    .map(({ role }) => role);
}

/** The figures as text, one fact per role used: "Verbinder" · "67 % · 2×", largest first. */
export function roleFacts(library: ContentLibrary, locale: Locale, roles: readonly RoleCount[]): { title: string; value: string }[] {
  const name = roleNameIn(library, locale);
  return largestFirst(roles.filter((r) => r.count > 0)).map((r) => ({ title: name(r.roleId), value: `${percent(r.share, locale)} · ${r.count}×` }));
}

/** One line of the same figures: "Verbinder 67 % · Bureaucraat 33 %". */
export function roleLine(library: ContentLibrary, locale: Locale, roles: readonly RoleCount[]): string {
  const name = roleNameIn(library, locale);
  return largestFirst(roles.filter((r) => r.count > 0))
    .map((r) => `${name(r.roleId)} ${percent(r.share, locale)}`)
    .join(' · ');
}

/** Chart.Donut data: one slice per role used, in the role's own colour. */
export function donutData(library: ContentLibrary, locale: Locale, roles: readonly RoleCount[]): { legend: string; value: number; color: string }[] {
  const name = roleNameIn(library, locale);
  return largestFirst(roles.filter((r) => r.count > 0)).map((r) => ({ legend: name(r.roleId), value: r.share, color: roleColourIn(library, r.roleId).token }));
}

/** One bar of a stacked chart: a week (or a check-in) and the share of each role in it. */
export interface StackedColumn {
  label: string;
  /** Whole percent per role id; absent when nothing was answered then. */
  shares?: Readonly<Record<string, number>>;
}

/**
 * Chart.VerticalBar.Grouped data, stacked: one series per role (in the order given, at most four as
 * Teams allows), each in its role's colour. A column without answers is an empty bar, so a gap
 * shows as a gap; no role can hide behind another, as lines with equal values did.
 */
export function stackedSeries(
  library: ContentLibrary,
  locale: Locale,
  roleIds: readonly string[],
  columns: readonly StackedColumn[],
): { legend: string; color: string; values: { x: string; y: number }[] }[] {
  const name = roleNameIn(library, locale);
  return roleIds.slice(0, 4).map((roleId) => ({
    legend: name(roleId),
    color: roleColourIn(library, roleId).token,
    values: columns.map((c) => ({ x: c.label, y: c.shares?.[roleId] ?? 0 })),
  }));
}

/** "███████░░░": a share in whole tenths, for clients that draw no charts. */
export function textCells(share: number, cells = 10): string {
  const filled = Math.round((Math.max(0, Math.min(100, share)) / 100) * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

/**
 * A chart's title that states its figures ("Vanuit welke rol je werkte: Verbinder 67 % · 2×,
 * Bureaucraat 33 % · 1×"). Teams' renderer puts a chart's title before its own name ("Donut
 * chart") in the label a screen reader reads, and shows it on the chart only when asked to: the
 * figures are heard in the person's language, not "Vertical bar chart with 3 series".
 */
export function chartAltText(title: string, facts: readonly { title: string; value: string }[]): string {
  return facts.length > 0 ? `${title}: ${facts.map((f) => `${f.title} ${f.value}`).join('; ')}` : title;
}
