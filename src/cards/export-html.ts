import { DateTime, IANAZone, Info } from 'luxon';
import { findLens, findParadox, findRole } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import { isoWeekOf, weekEndOf, weekStartOfDate } from '../domain/iso-week';
import { NOT_PLAYED, roleOf } from '../domain/answer';
import type { Step } from '../domain/paradox-step';
import { reflectionStrings } from './strings/reflection-strings';
import { craftStrings } from './strings/craft-strings';
import { monthName } from './craft-reflection-card';
import type { PersonExportView } from './export-data';
import { EXPORT_CSS } from './export-style';
import { exportStrings, type ExportStrings } from './strings/export-strings';
import { paradoxTitle, positionText, stepScale } from './strings/position-strings';

export { EXPORT_HTML_CSP } from './export-style';

/** Everything from stored rows is text: the five characters that could start markup are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

type Answer = PersonExportView['answers'][number];

interface PageContext {
  s: ExportStrings;
  locale: Locale;
  zone: string;
  library: ContentLibrary;
  personKey: string;
  /** Display names of coaches and coachees by person key, when the caller knows them. */
  names: Readonly<Record<string, string>>;
}

/**
 * The readable export: a printable HTML page in the person's language, built from the same data
 * object as the JSON export. No script and no external resource; the only style is inline and
 * allowed by its hash (`EXPORT_HTML_CSP`).
 */
export function renderExportHtml(data: PersonExportView, library: ContentLibrary, names: Readonly<Record<string, string>> = {}): string {
  const locale = data.settings.locale;
  const zone = IANAZone.isValidZone(data.settings.timeZone) ? data.settings.timeZone : 'Europe/Amsterdam';
  const c: PageContext = { s: exportStrings[locale], locale, zone, library, personKey: data.profile.key, names };
  const s = c.s;
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(s.title)}</title><style>${EXPORT_CSS}</style></head>`,
    '<body><main>',
    `<h1>${escapeHtml(s.title)}</h1>`,
    `<p>${escapeHtml(s.intro(data.profile.name, instant(c, data.exportedAt)))}</p>`,
    `<p class="muted">${escapeHtml(s.jsonHint)}</p>`,
    section(s.settingsTitle, settingsList(c, data)),
    section(s.answersTitle, answersByWeek(c, data.answers)),
    section(s.notesTitle, notes(c, data.answers)),
    section(craftStrings[locale].exportTitle, craftNotes(c, data)),
    section(s.coachesTitle, coaches(c, data)),
    section(s.looksTitle, looks(c, data)),
    section(s.sendsTitle, sends(c, data)),
    section(s.checkinsTitle, `<p>${escapeHtml(s.checkinsSummary(data.teamCheckins.responses.length, data.teamCheckins.started.length))}</p>`),
    '</main></body></html>',
    '',
  ].join('\n');
}

function section(title: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>\n${body}</section>`;
}

function instant(c: PageContext, iso: string): string {
  const at = DateTime.fromISO(iso, { zone: c.zone });
  return at.isValid ? at.setLocale(c.locale).toFormat('d LLLL yyyy, HH:mm') : iso;
}

function localDay(c: PageContext, date: string, format = 'cccc d LLLL yyyy'): string {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  return day.isValid ? day.setLocale(c.locale).toFormat(format) : date;
}

function personName(c: PageContext, key: string): string {
  return c.names[key] ?? c.s.unknownPerson(key);
}

function settingsList(c: PageContext, data: PersonExportView): string {
  const { s } = c;
  const set = data.settings;
  const weekday = (d: number): string => Info.weekdays('long', { locale: c.locale })[d - 1] ?? String(d);
  const rows: [string, string][] = [
    [s.name, data.profile.name],
    [s.since, instant(c, data.profile.createdAt)],
    [s.promptDays, set.days.map(weekday).join(', ')],
    [s.promptTime, set.time],
    [s.timeZone, set.timeZone],
    [s.language, s.languages[set.locale]],
    [s.lens, findLens(c.library, set.lens)?.name[c.locale] ?? set.lens],
    [s.summary, s.summaryAt(weekday(set.summaryDay), set.summaryTime)],
    [s.holidays, s.holidaysSkipped(set.skipHolidays)],
    [s.pausedUntil, set.pausedUntil ? localDay(c, set.pausedUntil) : s.notPaused],
  ];
  return `<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

function answersByWeek(c: PageContext, answers: readonly Answer[]): string {
  const { s } = c;
  if (answers.length === 0) return `<p>${escapeHtml(s.noAnswers)}</p>`;
  const weeks = new Map<string, Answer[]>();
  for (const a of [...answers].sort((x, y) => x.localDate.localeCompare(y.localDate) || x.answeredAt.localeCompare(y.answeredAt))) {
    const week = safeWeekStart(a.localDate);
    weeks.set(week, [...(weeks.get(week) ?? []), a]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([weekStart, list]) => {
      const { week, year } = isoWeekOf(weekStart);
      const heading = s.weekHeading(week, year, localDay(c, weekStart, 'd LLL'), localDay(c, weekEndOf(weekStart), 'd LLL'), list.length);
      const columns = [s.date, s.paradox, s.position, s.role, s.tactic];
      const head = columns.map((h) => `<th scope="col" role="columnheader">${escapeHtml(h)}</th>`).join('');
      // data-label: the column's name before each value when a phone shows a row as lines (export-style.ts).
      const cell = (v: string, i: number) => `<td role="cell" data-label="${escapeHtml(columns[i] ?? '')}">${escapeHtml(v)}</td>`;
      const rows = list.map((a) => `<tr role="row">${[localDay(c, a.localDate, 'ccc d LLL'), ...answerCells(c, a)].map(cell).join('')}</tr>`);
      return `<h3>${escapeHtml(heading)}</h3>\n<table role="table"><thead role="rowgroup"><tr role="row">${head}</tr></thead><tbody role="rowgroup">\n${rows.join('\n')}\n</tbody></table>`;
    })
    .join('\n');
}

/** A malformed stored date still gets a week (the first one), rather than breaking the page. */
function safeWeekStart(localDate: string): string {
  try {
    return weekStartOfDate(localDate);
  } catch {
    return '1970-01-05';
  }
}

function answerCells(c: PageContext, a: Answer): [string, string, string, string] {
  const paradox = findParadox(c.library, a.paradoxId);
  const step = Number.isInteger(a.position) && a.position >= 1 && a.position <= 5 ? (a.position as Step) : undefined;
  // Position 0 is "speelde vandaag niet" (src/domain/answer.ts): said in words, not as a place on the scale.
  const notPlayed = a.position === NOT_PLAYED ? reflectionStrings[c.locale].notPlayed : String(a.position);
  const position = paradox && step ? `${stepScale(step)} ${positionText(paradox, step, c.locale)}` : notPlayed;
  const tactic = a.tacticId ? (c.library.tactics.find((t) => t.id === a.tacticId)?.name[c.locale] ?? a.tacticId) : '—';
  return [paradox ? paradoxTitle(paradox, c.locale) : a.paradoxId, position, roleCell(c, a), tactic];
}

/** "Speelde vandaag niet" was acted from no role, also on rows from before that stored one. */
function roleCell(c: PageContext, a: Answer): string {
  const roleId = roleOf(a);
  return roleId ? (findRole(c.library, roleId)?.name[c.locale] ?? roleId) : '—';
}

function notes(c: PageContext, answers: readonly Answer[]): string {
  const withNotes = answers.filter((a) => (a.note ?? '').trim() !== '').sort((x, y) => y.answeredAt.localeCompare(x.answeredAt));
  if (withNotes.length === 0) return `<p>${escapeHtml(c.s.noNotes)}</p>`;
  return withNotes
    .map((a) => {
      const [paradox, , role] = answerCells(c, a);
      const meta = [localDay(c, a.localDate), paradox, role].join(' · ');
      return `<div class="note"><p class="muted">${escapeHtml(meta)}</p>${escapeHtml(a.note ?? '')}</div>`;
    })
    .join('\n');
}

/** The monthly craft reflections, newest first: printable material for the person's annual conversation. */
function craftNotes(c: PageContext, data: PersonExportView): string {
  const k = craftStrings[c.locale];
  if (data.craftNotes.length === 0) return `<p>${escapeHtml(k.exportNone)}</p>`;
  return [...data.craftNotes]
    .sort((x, y) => y.month.localeCompare(x.month))
    .map((n) => {
      const question = c.library.weeklyQuestions.find((q) => q.id === n.questionId)?.text[c.locale] ?? '';
      return `<div class="note"><p class="muted">${escapeHtml(monthName(n.month, c.locale))}</p><p>${escapeHtml(question)}</p>${escapeHtml(n.note)}</div>`;
    })
    .join('\n');
}

function coaches(c: PageContext, data: PersonExportView): string {
  const { s } = c;
  const consents = data.coaching.consents;
  if (consents.length === 0) return `<p>${escapeHtml(s.noCoaches)}</p>`;
  const items = consents.map((consent) => {
    const who = consent.side === 'coachee' ? s.sharesWith(personName(c, consent.coachKey)) : s.sharesWithYou(personName(c, consent.coacheeKey));
    const scope = consent.paradoxPositions ? s.scopeRolesAndParadoxes : s.scopeRoles;
    const when = [s.grantedAt(instant(c, consent.grantedAt)), ...(consent.revokedAt ? [s.revokedAt(instant(c, consent.revokedAt))] : [])].join(', ');
    return `<li>${escapeHtml(`${who} (${scope}), ${when}.`)}</li>`;
  });
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

function looks(c: PageContext, data: PersonExportView): string {
  const views = [...data.coaching.views].sort((a, b) => b.viewedAt.localeCompare(a.viewedAt));
  if (views.length === 0) return `<p>${escapeHtml(c.s.noLooks)}</p>`;
  const items = views.map((v) =>
    v.coacheeKey === c.personKey ? c.s.looked(personName(c, v.coachKey), instant(c, v.viewedAt)) : c.s.youLooked(personName(c, v.coacheeKey), instant(c, v.viewedAt)),
  );
  return `<ul>\n${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`;
}

function sends(c: PageContext, data: PersonExportView): string {
  // A slot held for a question asked in the chat is no question of its own (src/domain/delivery.ts).
  const prompts = data.deliveries.filter((d) => d.kind !== 'summary' && d.state !== 'held');
  const skipped = prompts.filter((d) => d.skipped === true || d.state === 'skipped').length;
  const summaries = data.deliveries.length - prompts.length;
  const pending = data.pendingSends.map((p) => `<li>${escapeHtml(c.s.pending(c.s.sendKinds[p.kind] ?? p.kind, instant(c, p.dueAt)))}</li>`);
  return `<p>${escapeHtml(c.s.sendsSummary(prompts.length, skipped, summaries))}</p>${pending.length > 0 ? `\n<ul>\n${pending.join('\n')}\n</ul>` : ''}`;
}
