import type { Answer } from '../../src/domain/answer';
import { HISTORY_CARD_WEEKS, historyFigures } from '../../src/domain/history-figures';
import { notesPage } from '../../src/domain/notes-page';
import { stepOf } from '../../src/domain/paradox-step';

const NOW = new Date('2026-12-01T12:00:00Z'); // Tuesday of ISO week 49
const ZONE = 'Europe/Amsterdam';
const ROLES = ['bureaucraat', 'ondernemer', 'verbinder'];

function answer(localDate: string, roleId: string, paradoxId: string, position: Answer['position'], extra: Partial<Answer> = {}): Answer {
  return { deliveryId: `${localDate}_prompt`, promptId: 'p', paradoxId, position, lens: 'ideaaltypen', roleId, answeredAt: `${localDate}T15:00:00Z`, localDate, ...extra };
}

const figures = (answers: Answer[]) => historyFigures({ answers, now: NOW, timeZone: ZONE, roleIds: ROLES, lensId: 'ideaaltypen' });

describe('history figures', () => {
  it('when a person answered in two weeks, then each week has its own role mix and answered days, oldest first', () => {
    const result = figures([
      answer('2026-11-30', 'verbinder', 'weten-besluiten', 2),
      answer('2026-11-30', 'verbinder', 'kwaliteit-tempo', 3, { deliveryId: 'extra' }),
      answer('2026-12-01', 'bureaucraat', 'weten-besluiten', 3),
      answer('2026-11-18', 'ondernemer', 'weten-besluiten', 5),
    ]);
    expect(result.weeks).toHaveLength(HISTORY_CARD_WEEKS);
    expect(result.weeks[0]?.weekStart).toBe('2026-09-14');
    const last = result.weeks.at(-1);
    expect(last).toMatchObject({ weekStart: '2026-11-30', week: { year: 2026, week: 49 }, answers: 3, answeredDays: 2 });
    expect(last?.roles).toEqual([
      { roleId: 'bureaucraat', count: 1, share: 33 },
      { roleId: 'ondernemer', count: 0, share: 0 },
      { roleId: 'verbinder', count: 2, share: 67 },
    ]);
    expect(result.weeks.at(-3)).toMatchObject({ weekStart: '2026-11-16', answers: 1, answeredDays: 1 });
    expect(result.weeks.at(-3)?.roles.find((r) => r.roleId === 'ondernemer')?.share).toBe(100);
    expect(result.weeks.at(-2)).toMatchObject({ answers: 0, answeredDays: 0 });
    expect(result).toMatchObject({ answers: 4, answeredDays: 3 });
    expect(result.roles.map((r) => r.share)).toEqual([25, 25, 50]);
  });

  it('when answers lie before the twelve weeks or were given in another lens, then they count neither in the weeks nor in the mix', () => {
    const result = figures([
      answer('2026-09-13', 'verbinder', 'weten-besluiten', 1),
      answer('2026-11-30', 'ambtelijk-professional', 'weten-besluiten', 1, { lens: 'rollen' }),
      answer('2026-12-01', 'verbinder', 'weten-besluiten', 1),
    ]);
    expect(result.answers).toBe(2);
    expect(result.weeks.at(-1)?.roles.find((r) => r.roleId === 'verbinder')).toEqual({ roleId: 'verbinder', count: 1, share: 100 });
  });

  it('when a submit falls late on Sunday on the person\'s clock, then it belongs to that week', () => {
    const result = figures([answer('2026-11-29', 'verbinder', 'weten-besluiten', 3, { answeredAt: '2026-11-29T22:30:00Z' })]);
    expect(result.weeks.at(-2)?.answers).toBe(1);
    expect(result.weeks.at(-1)?.answers).toBe(0);
  });

  it('when a paradox was answered in the first and in the last four weeks, then the shift gives where the person stood in each', () => {
    const result = figures([
      answer('2026-09-15', 'verbinder', 'weten-besluiten', 4),
      answer('2026-09-22', 'verbinder', 'weten-besluiten', 5),
      answer('2026-10-12', 'verbinder', 'weten-besluiten', 1), // week 5: in neither part
      answer('2026-11-24', 'verbinder', 'weten-besluiten', 3),
      answer('2026-12-01', 'verbinder', 'weten-besluiten', 3),
      answer('2026-09-16', 'verbinder', 'kwaliteit-tempo', 1),
      answer('2026-11-25', 'verbinder', 'kwaliteit-tempo', 2),
      answer('2026-11-26', 'verbinder', 'hectiek-rust', 5),
    ]);
    expect(result.shifts).toEqual([
      { paradoxId: 'weten-besluiten', first: { answers: 2, average: 4.5, step: 4, spread: [0, 0, 0, 1, 1] }, last: { answers: 2, average: 3, step: 3, spread: [0, 0, 2, 0, 0] } },
      { paradoxId: 'kwaliteit-tempo', first: { answers: 1, average: 1, step: 1, spread: [1, 0, 0, 0, 0] }, last: { answers: 1, average: 2, step: 2, spread: [0, 1, 0, 0, 0] } },
    ]);
  });
});

describe('notes paging', () => {
  const notes = Array.from({ length: 12 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    return answer(`2026-11-${day}`, i % 2 ? 'verbinder' : 'bureaucraat', 'weten-besluiten', 3, { note: `notitie ${i + 1}` });
  });

  it('when there are twelve notes, then the first page holds the five newest, with date, paradox and role', () => {
    const page = notesPage([...notes, answer('2026-11-20', 'verbinder', 'weten-besluiten', 3, { note: '  ' })], 1);
    expect(page).toMatchObject({ page: 1, pages: 3, total: 12, first: 1 });
    expect(page.notes.map((n) => n.text)).toEqual(['notitie 12', 'notitie 11', 'notitie 10', 'notitie 9', 'notitie 8']);
    expect(page.notes[0]).toEqual({ localDate: '2026-11-12', paradoxId: 'weten-besluiten', roleId: 'verbinder', text: 'notitie 12' });
  });

  it('when the last page or a page beyond it is asked, then it shows the oldest notes; page 0 or a fraction shows the first', () => {
    expect(notesPage(notes, 3).notes.map((n) => n.text)).toEqual(['notitie 2', 'notitie 1']);
    expect(notesPage(notes, 99)).toMatchObject({ page: 3, first: 11 });
    expect(notesPage(notes, 0).page).toBe(1);
    expect(notesPage(notes, 1.5).page).toBe(1);
  });

  it('when there are no notes, then there is one empty page', () => {
    expect(notesPage([], 1)).toEqual({ notes: [], page: 1, pages: 1, total: 0, first: 1 });
  });
});

describe('steps of a mean position', () => {
  it('when a mean lies half-way between an inner and an outer step, then it is the inner step; only beyond half-way is it all the way', () => {
    expect([stepOf(1, 'left'), stepOf(1.4, 'left'), stepOf(1.5, 'left'), stepOf(2.5, 'left')]).toEqual([1, 1, 2, 2]);
    expect([stepOf(3.5, 'right'), stepOf(4.5, 'right'), stepOf(4.6, 'right'), stepOf(5, 'right')]).toEqual([4, 4, 5, 5]);
    expect(stepOf(3.4, 'middle')).toBe(3);
  });
});
