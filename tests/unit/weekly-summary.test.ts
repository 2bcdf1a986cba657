import { scheduledSummaryWeek, summaryWeekStart } from '../../src/features/summary/build-summary';
import { KINDS_OF_WORK, LAYERS, type ContentLibrary, type Role } from '../../src/content/types';
import type { Answer } from '../../src/domain/answer';
import { addWeeks, isoWeekOf, weekStartOf } from '../../src/domain/iso-week';
import { computeWeeklySummary } from '../../src/domain/weekly-summary';
import { wholePercents } from '../../src/domain/weekly-summary-figures';

const text = (nl: string): { nl: string; en: string } => ({ nl, en: nl });
const role = (id: string, words: string[]): Role => ({ id, name: text(id), description: text(id), words: { nl: words, en: [] } });
const fitsAll = { layers: [...LAYERS], work: [...KINDS_OF_WORK], needsTeam: false, conditional: false };
const library: ContentLibrary = {
  lenses: [
    { id: 'ideaaltypen', name: text('Ideaaltypen'), personal: true, roles: [role('bureaucraat', ['procedure']), role('ondernemer', ['resultaat']), role('verbinder', ['samen'])] },
    { id: 'rollen', name: text('Rollen'), personal: true, roles: [role('politiek-adviseur', ['wethouder'])] },
  ],
  paradoxes: [{ id: 'weten-besluiten', left: text('Niet-weten'), right: text('Besluiten'), why: text('') }],
  competencies: [],
  prompts: [
    { id: 'p-plain', paradoxId: 'weten-besluiten', text: text('vraag'), competencyIds: [], ...fitsAll },
    { id: 'p-ondernemer', paradoxId: 'weten-besluiten', text: text('vraag'), competencyIds: [], roleId: 'ondernemer', ...fitsAll },
  ],
  dilemmas: [],
  weeklyQuestions: [],
  nudges: [{ roleId: 'ondernemer', suggestions: [text('Probeer een klein experiment.')] }],
  tactics: [],
};
let counter = 0;
function answer(answeredAt: string, roleId: string, extra: Partial<Answer> = {}): Answer {
  counter += 1;
  return { deliveryId: `d${counter}`, promptId: 'p-plain', paradoxId: 'weten-besluiten', position: 3, lens: 'ideaaltypen', roleId, answeredAt, localDate: answeredAt.slice(0, 10), ...extra };
}

const WEEK = '2026-03-02'; // Monday of ISO week 10, before the switch to summer time
const WEEKDAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
const summarise = (answers: Answer[], weekStart = WEEK) =>
  computeWeeklySummary({ answers, promptDates: WEEKDAYS, weekStart, timeZone: 'Europe/Amsterdam', lensId: 'ideaaltypen', library });

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

  it('when the week has no answers, then there is no leaning, no notes, no shift and no language signal', () => {
    const s = summarise([answer('2026-02-24T15:00:00Z', 'verbinder')]);
    expect(s.answers).toBe(0);
    expect(s.leaning).toEqual({ kind: 'none' });
    expect(s.notes).toEqual([]);
    expect(s.roles.every((r) => r.count === 0 && r.share === 0 && r.shiftPp === undefined)).toBe(true);
    expect(s.streakWeeks).toBe(0);
    expect(s.language).toBeUndefined();
  });

  it('when earlier weeks leaned elsewhere, then each role shifts by the difference from its mean share of the four latest weeks with answers', () => {
    const earlier = [
      answer('2026-02-24T15:00:00Z', 'bureaucraat'), // week 9: Bureaucraat 100%
      answer('2026-02-10T15:00:00Z', 'verbinder'), // week 7 (week 8 empty, skipped): Verbinder 100%
      answer('2026-02-03T15:00:00Z', 'verbinder'), // week 6
      answer('2026-01-27T15:00:00Z', 'verbinder'), // week 5
      answer('2026-01-20T15:00:00Z', 'ondernemer'), // week 4: a fifth week with answers, outside the base
    ];
    const s = summarise([...earlier, answer('2026-03-02T15:00:00Z', 'verbinder'), answer('2026-03-03T15:00:00Z', 'verbinder'), answer('2026-03-04T15:00:00Z', 'bureaucraat')]);
    // base means: Bureaucraat 25%, Ondernemer 0%, Verbinder 75%; this week 33 / 0 / 67
    expect(s.roles.map((r) => [r.roleId, r.shiftPp])).toEqual([['bureaucraat', 8], ['ondernemer', 0], ['verbinder', -8]]);
  });

  it('when an answer is given Sunday 23:30 in Amsterdam, then it belongs to that week, and one at Monday 00:30 to the next', () => {
    const sunday = answer('2026-03-08T22:30:00Z', 'verbinder');
    const monday = answer('2026-03-08T23:30:00Z', 'bureaucraat', { localDate: '2026-03-08' });
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

  it('when positions average below, around and above the middle, then the pole is left, middle and right', () => {
    const at = (position: Answer['position'], paradoxId: string) => answer('2026-03-03T15:00:00Z', 'verbinder', { position, paradoxId });
    const s = summarise([at(1, 'a'), at(4, 'a'), at(3, 'b'), at(4, 'b'), at(4, 'c'), at(5, 'c')]);
    expect(s.paradoxes).toEqual([
      { paradoxId: 'a', answers: 2, average: 2.5, pole: 'left' },
      { paradoxId: 'b', answers: 2, average: 3.5, pole: 'right' },
      { paradoxId: 'c', answers: 2, average: 4.5, pole: 'right' },
    ]);
    expect(summarise([at(2, 'd'), at(4, 'd'), at(3, 'd')]).paradoxes[0]?.pole).toBe('middle');
  });

  it('when an answer was given in another lens, then it counts in the total but not in the role shares', () => {
    const s = summarise([answer('2026-03-02T15:00:00Z', 'verbinder'), answer('2026-03-03T15:00:00Z', 'politiek-adviseur', { lens: 'rollen' })]);
    expect(s.answers).toBe(2);
    expect(s.roles.map((r) => r.share)).toEqual([0, 0, 100]);
  });

  it('when a role was used least, then the nudge points to it with a suggestion and a prompt from its perspective', () => {
    const s = summarise([answer('2026-03-02T15:00:00Z', 'verbinder'), answer('2026-03-03T15:00:00Z', 'bureaucraat')]);
    expect(s.nudge).toEqual({ roleId: 'ondernemer', suggestion: text('Probeer een klein experiment.'), promptId: 'p-ondernemer' });
  });

  it('when notes were written, then they are kept with the local date they were written', () => {
    const s = summarise([answer('2026-03-02T23:30:00Z', 'verbinder', { note: 'Samen gepraat', localDate: '2026-03-02' }), answer('2026-03-04T10:00:00Z', 'verbinder')]);
    expect(s.notes).toEqual([{ localDate: '2026-03-03', text: 'Samen gepraat' }]);
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
