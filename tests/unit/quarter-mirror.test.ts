import { renderQuarterMirror } from '../../src/cards/quarter-card';
import { quarterStrings } from '../../src/cards/strings/quarter-strings';
import { loadContent } from '../../src/content/load-content';
import { LOCALES } from '../../src/content/types';
import type { Answer } from '../../src/domain/answer';
import { addDays } from '../../src/domain/iso-week';
import { quarterEndingIn, quarterFigures, type QuarterInput } from '../../src/domain/quarter-figures';
import { cardProblems } from '../support/card-validation';

const library = loadContent();
const FIRST_USE = '2026-09-09'; // a Wednesday: week 1 of use starts Monday 7 September
const QUARTER_END = '2026-11-30'; // Monday of week 13 of use

function answer(localDate: string, roleId: string, paradoxId: string, position: Answer['position'], note?: string): Answer {
  return { deliveryId: `${localDate}_prompt`, promptId: 'p', paradoxId, position, lens: 'ideaaltypen', roleId, answeredAt: `${localDate}T15:00:00Z`, localDate, ...(note ? { note } : {}) };
}

/** Thirteen weeks: Bureaucraat early, Verbinder late; weten-besluiten answered most, from the right pole to the middle. */
function quarter(): Answer[] {
  const answers: Answer[] = [];
  for (let week = 0; week < 13; week += 1) {
    const monday = addDays('2026-09-07', week * 7);
    answers.push(answer(monday, week < 6 ? 'bureaucraat' : 'verbinder', 'weten-besluiten', week < 6 ? 5 : 3, week % 4 === 0 ? `notitie ${week}` : undefined));
    if (week % 3 === 0) answers.push(answer(addDays(monday, 1), 'ondernemer', 'kwaliteit-tempo', 2));
  }
  return answers;
}

const input = (over: Partial<QuarterInput> = {}): QuarterInput => ({
  answers: quarter(),
  firstUseDate: FIRST_USE,
  weekStart: QUARTER_END,
  roleIds: ['bureaucraat', 'ondernemer', 'verbinder'],
  lensId: 'ideaaltypen',
  ...over,
});

describe('quarter mirror', () => {
  it('when a week is the 13th, 26th or 39th of use, then it ends a quarter; other weeks end none', () => {
    expect(quarterEndingIn(FIRST_USE, '2026-11-30')).toBe(1);
    expect(quarterEndingIn(FIRST_USE, '2026-11-23')).toBeUndefined();
    expect(quarterEndingIn(FIRST_USE, '2026-12-07')).toBeUndefined();
    expect(quarterEndingIn(FIRST_USE, '2027-03-01')).toBe(2);
    expect(quarterEndingIn(FIRST_USE, '2027-05-31')).toBe(3);
    expect(quarterEndingIn(FIRST_USE, '2026-09-07')).toBeUndefined();
    expect(quarterFigures(input({ weekStart: '2026-11-23' }))).toBeUndefined();
  });

  it('when a quarter ends, then the figures show the role mix of its first and last six weeks, the paradox met most and the notes', () => {
    const figures = quarterFigures(input());
    expect(figures).toMatchObject({ quarter: 1, firstWeekStart: '2026-09-07', lastWeekStart: '2026-11-30', answers: 18, notes: 4 });
    expect(figures?.rolesFirst.map((r) => [r.roleId, r.count, r.share])).toEqual([
      ['bureaucraat', 6, 75],
      ['ondernemer', 2, 25],
      ['verbinder', 0, 0],
    ]);
    expect(figures?.rolesLast.map((r) => [r.roleId, r.count, r.share])).toEqual([
      ['bureaucraat', 0, 0],
      ['ondernemer', 2, 25],
      ['verbinder', 6, 75],
    ]);
    expect(figures?.paradox).toEqual({ paradoxId: 'weten-besluiten', answers: 13, from: { answers: 6, average: 5, step: 5, spread: [0, 0, 0, 0, 6] }, to: { answers: 6, average: 3, step: 3, spread: [0, 0, 6, 0, 0] } });
    expect(figures?.leastUsedRoleId).toBe('ondernemer');
  });

  it('when the quarter mirror is rendered, then it says how the roles shifted, where the person moved, and asks one question (nl)', () => {
    const figures = quarterFigures(input());
    if (!figures) throw new Error('no quarter');
    const text = JSON.stringify(renderQuarterMirror(figures, 'nl', library));
    expect(text).toContain('"title":"Verbinder","value":"0 % → 75 %"');
    expect(text).toContain('"title":"Bureaucraat","value":"75 % → 0 %"');
    expect(text).toContain('Twijfel openhouden ↔ Knopen doorhakken (13×): je schoof van ‘helemaal knopen doorhakken’ naar ‘ergens in het midden’.');
    expect(text).toContain('18 antwoorden · 4 notities');
    expect(text).toContain('Bij welke klus had de Ondernemer je dit kwartaal verder kunnen helpen');
  });

  it('when the answers on the paradox met most swung from side to side, then the mirror says how often, not a middle', () => {
    const swing = [answer('2026-09-08', 'verbinder', 'weten-besluiten', 1), answer('2026-09-15', 'verbinder', 'weten-besluiten', 5), answer('2026-11-24', 'verbinder', 'weten-besluiten', 2), answer('2026-11-25', 'verbinder', 'weten-besluiten', 4)];
    const figures = quarterFigures(input({ answers: swing }));
    if (!figures) throw new Error('no quarter');
    const text = JSON.stringify(renderQuarterMirror(figures, 'nl', library));
    expect(text).toContain('Twijfel openhouden ↔ Knopen doorhakken (4×): eerst 1× helemaal twijfel openhouden, 1× helemaal knopen doorhakken; later 1× vooral twijfel openhouden, 1× vooral knopen doorhakken.');
    expect(text).not.toContain('in het midden');
  });

  it('when quarters follow each other, then the question changes deterministically and every question exists in both languages', () => {
    const asked = [1, 2, 3, 4, 5, 6, 7].map((q) => {
      const figures = quarterFigures(input());
      if (!figures) throw new Error('no quarter');
      return JSON.stringify(renderQuarterMirror({ ...figures, quarter: q }, 'nl', library));
    });
    expect(new Set(asked.slice(0, 6)).size).toBe(6);
    expect(asked[6]).toBe(asked[0]?.replace('Je kwartaalspiegel', 'Je kwartaalspiegel (7e kwartaal)'));
    expect(quarterStrings.nl.questions.map((q) => q.needs)).toEqual(quarterStrings.en.questions.map((q) => q.needs));
  });

  it.each(LOCALES)('when rendered in %s, with and without answers, then the card is valid and its chart keeps a fallback', (locale) => {
    const figures = quarterFigures(input());
    const empty = quarterFigures(input({ answers: [] }));
    if (!figures || !empty) throw new Error('no quarter');
    expect(cardProblems(renderQuarterMirror(figures, locale, library))).toEqual([]);
    const emptyCard = renderQuarterMirror(empty, locale, library);
    expect(cardProblems(emptyCard)).toEqual([]);
    expect(JSON.stringify(emptyCard)).toContain(quarterStrings[locale].empty);
  });
});
