import { scheduledSummaryWeek, summaryWeekStart } from '../../src/features/summary/build-summary';
import { KINDS_OF_WORK, LAYERS, type ContentLibrary, type Role } from '../../src/content/types';
import { NOT_PLAYED, type Answer } from '../../src/domain/answer';
import { addDays, addWeeks, isoWeekOf, weekStartOf } from '../../src/domain/iso-week';
import { computeWeeklySummary, isMixReminderWeek, shiftOf } from '../../src/domain/weekly-summary';
import type { WorkProfile } from '../../src/domain/content-fit';
import { wholePercents } from '../../src/domain/weekly-summary-figures';

const text = (nl: string): { nl: string; en: string } => ({ nl, en: nl });
const role = (id: string, words: string[]): Role => ({ id, name: text(id), description: text(id), words: { nl: words, en: [] } });
const fitsAll = { layers: [...LAYERS], work: [...KINDS_OF_WORK], needsTeam: false, conditional: false };
const library: ContentLibrary = {
  lenses: [
    { id: 'ideaaltypen', name: text('Ideaaltypen'), personal: true, roles: [role('bureaucraat', ['procedure']), role('ondernemer', ['resultaat']), role('verbinder', ['samen'])] },
    { id: 'rollen', name: text('Rollen'), personal: true, roles: [role('ambtelijk-professional', ['analyse']), role('maatschappelijk-partner', ['burger']), role('politiek-adviseur', ['wethouder'])] },
  ],
  paradoxes: [{ id: 'weten-besluiten', left: text('Niet-weten'), right: text('Besluiten'), why: text('') }],
  competencies: [],
  prompts: [
    { id: 'p-plain', paradoxId: 'weten-besluiten', text: text('vraag'), competencyIds: [], ...fitsAll },
    { id: 'p-ondernemer', paradoxId: 'weten-besluiten', text: text('vraag'), competencyIds: [], roleId: 'ondernemer', ...fitsAll },
    { id: 'p-verbinder-team', paradoxId: 'weten-besluiten', text: text('vraag'), competencyIds: [], roleId: 'verbinder', ...fitsAll, needsTeam: true },
    { id: 'p-bureaucraat-gemeente', paradoxId: 'weten-besluiten', text: text('vraag'), competencyIds: [], roleId: 'bureaucraat', ...fitsAll, layers: ['gemeente'] },
    { id: 'p-ap', paradoxId: 'weten-besluiten', text: text('vraag'), competencyIds: [], roleId: 'ambtelijk-professional', ...fitsAll },
    { id: 'p-mp', paradoxId: 'weten-besluiten', text: text('vraag'), competencyIds: [], roleId: 'maatschappelijk-partner', ...fitsAll },
    { id: 'p-pa', paradoxId: 'weten-besluiten', text: text('vraag'), competencyIds: [], roleId: 'politiek-adviseur', ...fitsAll },
  ],
  dilemmas: [],
  weeklyQuestions: [],
  nudges: [{ roleId: 'ondernemer', suggestions: [text('Probeer een klein experiment.')] }],
  tactics: [],
  recesses: [],
};
let counter = 0;
function answer(answeredAt: string, roleId: string, extra: Partial<Answer> = {}): Answer {
  counter += 1;
  return { deliveryId: `d${counter}`, promptId: 'p-plain', paradoxId: 'weten-besluiten', position: 3, lens: 'ideaaltypen', roleId, answeredAt, localDate: answeredAt.slice(0, 10), ...extra };
}

const WEEK = '2026-03-02'; // Monday of ISO week 10, before the switch to summer time
const WEEKDAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
const summarise = (answers: Answer[], weekStart = WEEK, profile?: WorkProfile, lensId = 'ideaaltypen') =>
  computeWeeklySummary({ answers, promptDates: WEEKDAYS, weekStart, lensId, library, ...(profile ? { profile } : {}) });
const at = (localDate: string): string => `${localDate}T15:00:00Z`;

describe('weekly summary', () => {
  it('when a person chose Verbinder twice and Bureaucraat once, then they leaned on Verbinder with 67% and Bureaucraat has 33%', () => {
    const s = summarise([answer('2026-03-02T15:00:00Z', 'verbinder'), answer('2026-03-03T15:00:00Z', 'verbinder'), answer('2026-03-04T15:00:00Z', 'bureaucraat')]);
    expect(s.answers).toBe(3);
    expect(s.questions).toBe(5);
    expect(s.roles.map((r) => [r.roleId, r.count, r.share])).toEqual([['bureaucraat', 1, 33], ['ondernemer', 0, 0], ['verbinder', 2, 67]]);
    expect(s.leaning).toEqual({ kind: 'role', roleId: 'verbinder' });
  });

  it('when two roles were chosen equally often, then the summary names a tie, not one role', () => {
    const s = summarise([answer('2026-03-02T15:00:00Z', 'verbinder'), answer('2026-03-03T15:00:00Z', 'bureaucraat')]);
    expect(s.leaning).toEqual({ kind: 'tie', roleIds: ['bureaucraat', 'verbinder'] });
    expect(s.roles.map((r) => r.share)).toEqual([50, 0, 50]);
  });

  it('when shares do not divide evenly, then the whole percents still add up to 100', () => {
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercents([2, 1])).toEqual([67, 33]);
    expect(wholePercents([0, 0])).toEqual([0, 0]);
  });

  it('when the week has no answers, then there is no leaning, no notes, no comparison and no language signal', () => {
    const s = summarise([answer('2026-02-24T15:00:00Z', 'verbinder')]);
    expect(s.answers).toBe(0);
    expect(s.leaning).toEqual({ kind: 'none' });
    expect(s.notes).toEqual([]);
    expect(s.roles.every((r) => r.count === 0 && r.share === 0 && r.shift === undefined)).toBe(true);
    expect(s.streakWeeks).toBe(0);
    expect(s.language).toBeUndefined();
  });

  it('when "speelde vandaag niet" was chosen (with or without a stored role), then it counts as an answer but never as a role or a position', () => {
    const s = summarise([
      answer(at('2026-03-02'), 'verbinder', { position: 2 }),
      answer(at('2026-03-03'), 'ondernemer', { position: 4 }),
      // A row from before: the card asked for a role with "speelde vandaag niet", and it was stored.
      answer(at('2026-03-04'), 'bureaucraat', { position: NOT_PLAYED }),
      answer(at('2026-03-05'), '', { position: NOT_PLAYED }),
    ]);
    expect(s.answers).toBe(4);
    expect(s.notPlayed).toBe(2);
    expect(s.roles.map((r) => [r.roleId, r.count, r.share])).toEqual([['bureaucraat', 0, 0], ['ondernemer', 1, 50], ['verbinder', 1, 50]]);
    expect(s.paradoxes).toEqual([{ paradoxId: 'weten-besluiten', answers: 2, spread: [0, 1, 0, 1, 0], average: 3, pole: 'middle' }]);
    expect(s.trend.at(-1)?.shares).toEqual({ bureaucraat: 0, ondernemer: 50, verbinder: 50 });
  });

  it("when Tuesday 22 December's prompt is answered on Monday 28 December, then it counts in week 52 (its question's week), not in week 53", () => {
    const late = answer('2026-12-28T08:00:00Z', 'ondernemer', { localDate: '2026-12-22' });
    const before = answer(at('2026-12-21'), 'verbinder');
    const week52 = computeWeeklySummary({ answers: [before, late], promptDates: ['2026-12-21', '2026-12-22'], weekStart: '2026-12-21', lensId: 'ideaaltypen', library });
    const week53 = computeWeeklySummary({ answers: [before, late], promptDates: [], weekStart: '2026-12-28', lensId: 'ideaaltypen', library });
    expect([week52.answers, week52.questions]).toEqual([2, 2]);
    expect(week52.roles.find((r) => r.roleId === 'ondernemer')?.count).toBe(1);
    expect([week53.answers, week53.questions]).toEqual([0, 0]);
    expect(week53.trend.at(-1)?.shares).toBeUndefined();
  });

  it("when every evening's prompt is answered the next morning, then each week reads 7 answers to 7 questions, Sunday's included once", () => {
    const days = Array.from({ length: 14 }, (_, i) => `2026-03-${String(2 + i).padStart(2, '0')}`);
    const answers = days.map((d, i) => answer(`2026-03-${String(3 + i).padStart(2, '0')}T07:00:00Z`, 'verbinder', { localDate: d }));
    for (const weekStart of ['2026-03-02', '2026-03-09']) {
      const promptDates = days.filter((d) => d >= weekStart && d <= addDays(weekStart, 6));
      const s = computeWeeklySummary({ answers, promptDates, weekStart, lensId: 'ideaaltypen', library });
      expect([s.answers, s.questions]).toEqual([7, 7]);
    }
  });

  it('when an earlier week leaned elsewhere with enough answers, then the roles chosen clearly more and less often are named', () => {
    const earlier = [
      answer(at('2026-02-23'), 'verbinder'),
      answer(at('2026-02-24'), 'verbinder'),
      answer(at('2026-02-25'), 'verbinder'),
      answer(at('2026-02-16'), 'bureaucraat'),
    ];
    const s = summarise([...earlier, answer(at('2026-03-02'), 'ondernemer'), answer(at('2026-03-03'), 'ondernemer'), answer(at('2026-03-04'), 'verbinder')]);
    // weeks before: Verbinder 3 of 4, Bureaucraat 1 of 4; this week Ondernemer 2 of 3, Verbinder 1 of 3
    expect(s.roles.map((r) => [r.roleId, r.shift])).toEqual([['bureaucraat', undefined], ['ondernemer', 'more'], ['verbinder', 'less']]);
  });

  it('when either period has fewer than three answers with a role, then nothing is compared', () => {
    const oneMonday = summarise([answer(at('2026-02-23'), 'verbinder'), answer(at('2026-02-24'), 'verbinder'), answer(at('2026-02-25'), 'verbinder'), answer(at('2026-03-02'), 'ondernemer')]);
    expect(oneMonday.roles.map((r) => r.shift)).toEqual([undefined, undefined, undefined]);
    const thinBase = summarise([answer(at('2026-02-23'), 'verbinder'), answer(at('2026-02-16'), 'verbinder'), ...['2026-03-02', '2026-03-03', '2026-03-04'].map((d) => answer(at(d), 'ondernemer'))]);
    expect(thinBase.roles.map((r) => r.shift)).toEqual([undefined, undefined, undefined]);
  });

  it('when the difference is less than one whole answer of this week, then the role is not named as more or less', () => {
    // 7 answers this week, 3 of a role, against 4 of 10 before: 3 − 2.8 is no whole answer.
    expect(shiftOf(3, 7, 4, 10)).toBeUndefined();
    expect(shiftOf(4, 7, 4, 10)).toBe('more');
    expect(shiftOf(1, 7, 4, 10)).toBe('less');
    expect(shiftOf(1, 3, 0, 3)).toBe('more');
    expect(shiftOf(3, 3, 0, 2)).toBeUndefined();
  });

  it("when Sunday's question is answered at Monday 00:30, then it belongs to Sunday's week; Monday's question to the next", () => {
    const sunday = answer('2026-03-08T23:30:00Z', 'verbinder', { localDate: '2026-03-08' });
    const monday = answer('2026-03-09T08:00:00Z', 'bureaucraat', { localDate: '2026-03-09' });
    expect(summarise([sunday, monday]).roles.find((r) => r.roleId === 'verbinder')?.count).toBe(1);
    expect(summarise([sunday, monday]).answers).toBe(1);
    const next = summarise([sunday, monday], '2026-03-09');
    expect(next.answers).toBe(1);
    expect(next.leaning).toEqual({ kind: 'role', roleId: 'bureaucraat' });
  });

  it('when answers came three weeks in a row after a gap, then the streak is three', () => {
    const s = summarise([answer('2026-03-03T15:00:00Z', 'verbinder'), answer('2026-02-26T15:00:00Z', 'verbinder'), answer('2026-02-17T15:00:00Z', 'ondernemer'), answer('2026-02-03T15:00:00Z', 'ondernemer')]);
    expect(s.streakWeeks).toBe(3);
    expect(s.streakIsOpenEnded).toBe(false);
  });

  it('when answers swung from one side to the other, then the spread holds both sides, not a middle', () => {
    const on = (position: Answer['position'], paradoxId: string) => answer('2026-03-03T15:00:00Z', 'verbinder', { position, paradoxId });
    const s = summarise([on(2, 'a'), on(4, 'a'), on(3, 'b'), on(4, 'b'), on(4, 'c'), on(5, 'c')]);
    expect(s.paradoxes.map((p) => [p.paradoxId, p.spread])).toEqual([
      ['a', [0, 1, 0, 1, 0]],
      ['b', [0, 0, 1, 1, 0]],
      ['c', [0, 0, 0, 1, 1]],
    ]);
    expect(s.paradoxes.map((p) => p.pole)).toEqual(['middle', 'right', 'right']);
  });

  it('when an answer was given in another lens, then it counts in the total but not in the role shares', () => {
    const s = summarise([answer('2026-03-02T15:00:00Z', 'verbinder'), answer('2026-03-03T15:00:00Z', 'politiek-adviseur', { lens: 'rollen' })]);
    expect(s.answers).toBe(2);
    expect(s.roles.map((r) => r.share)).toEqual([0, 0, 100]);
  });

  it('when a role that fits did not come up in a week of three answers, then the nudge asks about it, with a suggestion and a prompt from its perspective', () => {
    const s = summarise([answer(at('2026-03-02'), 'verbinder'), answer(at('2026-03-03'), 'bureaucraat'), answer(at('2026-03-04'), 'verbinder')]);
    expect(s.nudge).toEqual({ roleId: 'ondernemer', suggestion: text('Probeer een klein experiment.'), promptId: 'p-ondernemer' });
  });

  it('when the week has fewer than three answers with a role, then there is no nudge', () => {
    expect(summarise([answer(at('2026-03-02'), 'verbinder'), answer(at('2026-03-03'), 'bureaucraat')]).nudge).toBeUndefined();
    expect(summarise([answer(at('2026-03-02'), 'verbinder'), answer(at('2026-03-03'), 'bureaucraat'), answer(at('2026-03-04'), '', { position: NOT_PLAYED })]).nudge).toBeUndefined();
  });

  it("when a role's only prompts need a team or another layer, then it is asked about only for people it fits", () => {
    const week = [answer(at('2026-03-02'), 'ondernemer'), answer(at('2026-03-03'), 'ondernemer'), answer(at('2026-03-04'), 'ondernemer')];
    const rijk = { layer: 'rijk', kindsOfWork: ['beleid'], leadsPeople: false } as const;
    expect(summarise(week, WEEK, rijk).nudge).toBeUndefined();
    expect(summarise(week, WEEK, { ...rijk, leadsPeople: true }).nudge?.roleId).toBe('verbinder');
    expect(summarise(week, WEEK, { ...rijk, layer: 'gemeente' }).nudge?.roleId).toBe('bureaucraat');
  });

  it('when someone works only in bedrijfsvoering or toezicht, then the political adviser is never suggested; in beleid it is', () => {
    const week = ['2026-03-02', '2026-03-03', '2026-03-04'].map((d) => answer(at(d), 'ambtelijk-professional', { lens: 'rollen' }));
    const profile = (kinds: WorkProfile['kindsOfWork']): WorkProfile => ({ layer: 'rijk', kindsOfWork: kinds, leadsPeople: false });
    const asked = (kinds: WorkProfile['kindsOfWork']) => summarise(week, WEEK, profile(kinds), 'rollen').nudge?.roleId;
    const withoutPartner = (kinds: WorkProfile['kindsOfWork']) =>
      summarise([...week, answer(at('2026-03-05'), 'maatschappelijk-partner', { lens: 'rollen' })], WEEK, profile(kinds), 'rollen').nudge?.roleId;
    expect(withoutPartner(['bedrijfsvoering'])).toBeUndefined();
    expect(withoutPartner(['toezicht'])).toBeUndefined();
    expect(withoutPartner(['beleid'])).toBe('politiek-adviseur');
    expect(withoutPartner(['bedrijfsvoering', 'uitvoering'])).toBe('politiek-adviseur');
    expect(asked(['bedrijfsvoering'])).toBe('maatschappelijk-partner');
  });

  it('when notes were written, then they are kept with the date of their question', () => {
    const s = summarise([answer('2026-03-03T07:30:00Z', 'verbinder', { note: 'Samen gepraat', localDate: '2026-03-02' }), answer('2026-03-04T10:00:00Z', 'verbinder')]);
    expect(s.notes).toEqual([{ localDate: '2026-03-02', text: 'Samen gepraat' }]);
  });

  it('when weeks follow each other, then the mix reminder falls in exactly one week a month: the week of its first Sunday', () => {
    const mondays = Array.from({ length: 52 }, (_, i) => addWeeks('2026-12-28', i));
    const months = mondays.filter(isMixReminderWeek).map((monday) => addDays(monday, 6).slice(0, 7));
    expect(months).toEqual(Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`));
    expect(isMixReminderWeek('2026-02-23')).toBe(true); // its Sunday is 1 March
    expect(isMixReminderWeek('2026-03-02')).toBe(false);
  });

  it('when the trend is drawn, then it covers eight weeks, oldest first, with no shares for weeks without answers', () => {
    const s = summarise([answer('2026-02-24T15:00:00Z', 'bureaucraat'), answer('2026-03-02T15:00:00Z', 'verbinder')]);
    expect(s.trend).toHaveLength(8);
    expect(s.trend[0]?.weekStart).toBe('2026-01-12');
    expect(s.trend[6]?.shares).toEqual({ bureaucraat: 100, ondernemer: 0, verbinder: 0 });
    expect(s.trend[7]?.week).toEqual({ year: 2026, week: 10 });
    expect(s.trend[5]?.shares).toBeUndefined();
  });
});

describe('ISO weeks', () => {
  it('when new year falls on a Friday, then its first days belong to week 53 of the year before', () => {
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(weekStartOf(new Date('2027-01-01T12:00:00Z'), 'Europe/Amsterdam')).toBe('2026-12-28');
  });

  it('when the clocks go forward, then the week still starts on Monday and earlier weeks step back by seven days', () => {
    expect(weekStartOf(new Date('2026-03-29T12:00:00Z'), 'Europe/Amsterdam')).toBe('2026-03-23');
    expect([addWeeks('2026-03-30', -1), addWeeks('2026-03-30', -2)]).toEqual(['2026-03-23', '2026-03-16']);
  });

  it('when the summary is scheduled on Friday, then it sums up this week; on Monday, the whole week before', () => {
    const mondayMorning = new Date('2026-03-09T07:00:00Z');
    expect(summaryWeekStart(mondayMorning, 'Europe/Amsterdam', scheduledSummaryWeek(1))).toBe('2026-03-02');
    expect(summaryWeekStart(new Date('2026-03-06T15:30:00Z'), 'Europe/Amsterdam', scheduledSummaryWeek(5))).toBe('2026-03-02');
  });
});
