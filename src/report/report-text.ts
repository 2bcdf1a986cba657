import type { Locale } from '../content/types';
import type { AdoptionReport, OrganisationFigures, WeekFigures } from './adoption-report';
import { reportStrings, type ReportStrings } from './report-strings';

const FIGURES = ['registered', 'active', 'answers', 'checkins'] as const;

/** The report as a readable table per organisation, with what each column means underneath. */
export function reportText(report: AdoptionReport, locale: Locale): string {
  const s = reportStrings(locale);
  const lines = [s.title, ''];
  if (report.organisations.length === 0) lines.push(s.noOrganisations, '');
  for (const organisation of report.organisations) lines.push(...organisationTable(organisation, s), '');
  lines.push(...s.explanation(report.rules.minGroup, report.rules.roundTo, report.rules.answersFromActive, report.timeZone));
  return `${lines.join('\n')}\n`;
}

function organisationTable(organisation: OrganisationFigures, s: ReportStrings): string[] {
  const heading = s.organisation(organisation.label) + (organisation.tenantId ? ` (${organisation.tenantId})` : '');
  const header = [s.columns.week, s.columns.dates, ...FIGURES.map((f) => s.columns[f])];
  const rows = organisation.weeks.map((week) => rowOf(week, s));
  // A folded row's phrase runs across the figure columns and does not widen the first of them.
  const widths = header.map((title, i) => Math.max(title.length, ...rows.filter((r) => i < 2 || r.length === header.length).map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [heading, line(header), ...rows.map(line)];
}

/** A week whose group is too small reads the phrase once, not in four columns. */
function rowOf(week: WeekFigures, s: ReportStrings): string[] {
  const start = [week.week, dateRange(week.from, week.to, s.months)];
  if (FIGURES.every((f) => week[f] === null)) return [...start, s.tooFew];
  return [...start, ...FIGURES.map((f) => (week[f] === null ? s.tooFew : String(week[f])))];
}

function dateRange(from: string, to: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return `${format.format(new Date(`${from}T00:00:00Z`))} – ${format.format(new Date(`${to}T00:00:00Z`))}`;
}
