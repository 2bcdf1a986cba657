import { loadContent } from '../../src/content/load-content';
import type { ContentLibrary, Prompt } from '../../src/content/types';
import { pickPrompt, REPEAT_FREE_DAYS, type PromptSeen } from '../../src/domain/rotation';

const library = loadContent();
const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

/** The next `count` dates from `start`, Monday to Friday only unless `everyDay`. */
function schedule(start: string, count: number, everyDay = false): string[] {
  const dates: string[] = [];
  for (let date = start; dates.length < count; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (everyDay || (weekday !== 0 && weekday !== 6)) dates.push(date);
  }
  return dates;
}

interface Simulation {
  personKey: string;
  lens: string;
  dates: string[];
  preferRoleOn?: (date: string, index: number) => string | undefined;
  content?: ContentLibrary;
}

function simulate({ personKey, lens, dates, preferRoleOn, content = library }: Simulation): { date: string; prompt: Prompt }[] {
  const history: PromptSeen[] = [];
  return dates.map((date, index) => {
    const preferRoleId = preferRoleOn?.(date, index);
    const prompt = pickPrompt(content, { personKey, date, history, lens, ...(preferRoleId ? { preferRoleId } : {}) });
    history.push({ promptId: prompt.id, localDate: date });
    return { date, prompt };
  });
}

const cycleLength = library.paradoxes.length;
/** About half a year of working days, a whole number of cycles. */
const workingDays = schedule('2025-01-06', 17 * cycleLength);

describe('daily prompt rotation', () => {
  it.each([
    ['ideaaltypen', 'working days', workingDays],
    ['rollen', 'working days', workingDays],
    ['ideaaltypen', 'every day', schedule('2025-03-01', 120, true)],
  ])('when a person with lens %s gets half a year of prompts on %s, then no prompt repeats within 30 days', (lens, _label, dates) => {
    const lastShown = new Map<string, string>();
    for (const { date, prompt } of simulate({ personKey: 'person-a', lens, dates })) {
      const earlier = lastShown.get(prompt.id);
      if (earlier !== undefined) expect(daysBetween(earlier, date)).toBeGreaterThanOrEqual(REPEAT_FREE_DAYS);
      lastShown.set(prompt.id, date);
    }
  });

  it.each(['ideaaltypen', 'rollen'])('when a person with lens %s gets 17 cycles of prompts, then every paradox comes round once in each cycle', (lens) => {
    const picks = simulate({ personKey: `person-b-${lens}`, lens, dates: workingDays });
    for (let start = 0; start < picks.length; start += cycleLength) {
      const cycle = picks.slice(start, start + cycleLength).map(({ prompt }) => prompt.paradoxId);
      expect(new Set(cycle).size).toBe(cycle.length);
    }
    expect(picks.length % cycleLength).toBe(0);
  });

  it('when the same person, date and history are given twice, then the same prompts are picked', () => {
    const first = simulate({ personKey: 'person-c', lens: 'rollen', dates: workingDays });
    const second = simulate({ personKey: 'person-c', lens: 'rollen', dates: workingDays });
    expect(second).toEqual(first);
  });

  it('when two people start on the same day, then they get their own order', () => {
    const order = (personKey: string) =>
      simulate({ personKey, lens: 'ideaaltypen', dates: workingDays.slice(0, 16) }).map(({ prompt }) => prompt.id);
    expect(order('person-d')).not.toEqual(order('person-e'));
  });

  it('when the history comes in another order or already holds today, then the pick is the same', () => {
    const picks = simulate({ personKey: 'person-f', lens: 'ideaaltypen', dates: workingDays.slice(0, 40) });
    const history = picks.map(({ date, prompt }) => ({ promptId: prompt.id, localDate: date }));
    const today = workingDays[40] ?? '';
    const expected = pickPrompt(library, { personKey: 'person-f', date: today, history, lens: 'ideaaltypen' });
    const shuffled = [...history].reverse();
    expect(pickPrompt(library, { personKey: 'person-f', date: today, history: shuffled, lens: 'ideaaltypen' })).toBe(expected);
    const alreadySent = [...history, { promptId: expected.id, localDate: today }];
    expect(pickPrompt(library, { personKey: 'person-f', date: today, history: alreadySent, lens: 'ideaaltypen' })).toBe(expected);
  });

  it('when no role is asked for, then role prompts come only from the roles of the person’s lens', () => {
    const lensRoles = new Set(['ambtelijk-professional', 'maatschappelijk-partner', 'politiek-adviseur']);
    const picks = simulate({ personKey: 'person-g', lens: 'rollen', dates: workingDays });
    for (const { prompt } of picks) if (prompt.roleId !== undefined) expect(lensRoles.has(prompt.roleId)).toBe(true);
    expect(picks.some(({ prompt }) => prompt.roleId !== undefined)).toBe(true);
  });

  it.each(['bureaucraat', 'ondernemer', 'verbinder', 'ambtelijk-professional', 'maatschappelijk-partner', 'politiek-adviseur'])(
    'when a rollen person is nudged toward %s, then the prompt takes that role’s perspective',
    (roleId) => {
      const prompt = pickPrompt(library, { personKey: 'person-h', date: '2025-02-03', history: [], lens: 'rollen', preferRoleId: roleId });
      expect(prompt.roleId).toBe(roleId);
    },
  );

  it('when a weekly nudge asks for a role outside the lens, then every nudge day gets that role and 30 days stay repeat-free', () => {
    const nudged = ['ambtelijk-professional', 'maatschappelijk-partner', 'politiek-adviseur'];
    const roleOn = (date: string, index: number) =>
      new Date(`${date}T00:00:00Z`).getUTCDay() === 5 ? nudged[Math.floor(index / 5) % nudged.length] : undefined;
    const picks = simulate({ personKey: 'person-i', lens: 'ideaaltypen', dates: workingDays, preferRoleOn: roleOn });
    const lastShown = new Map<string, string>();
    picks.forEach(({ date, prompt }, index) => {
      const asked = roleOn(date, index);
      if (asked !== undefined) expect(prompt.roleId).toBe(asked);
      else if (prompt.roleId !== undefined) expect(['bureaucraat', 'ondernemer', 'verbinder']).toContain(prompt.roleId);
      const earlier = lastShown.get(prompt.id);
      if (earlier !== undefined) expect(daysBetween(earlier, date)).toBeGreaterThanOrEqual(REPEAT_FREE_DAYS);
      lastShown.set(prompt.id, date);
    });
    // At most four nudge extras fit in 20 working days, leaving two full cycles of regular picks.
    for (let start = 0; start + 20 <= picks.length; start += 1) {
      const window = new Set(picks.slice(start, start + 20).map(({ prompt }) => prompt.paradoxId));
      expect(window.size).toBe(cycleLength);
    }
  });

  it('when every prompt was shown within 30 days, then the least recently shown one comes back', () => {
    const [first, second] = library.prompts.filter((prompt) => prompt.roleId === undefined);
    if (first === undefined || second === undefined) throw new Error('library needs two prompts');
    const tiny: ContentLibrary = { ...library, prompts: [first, { ...second, paradoxId: first.paradoxId }] };
    const picks = simulate({ personKey: 'person-j', lens: 'ideaaltypen', dates: schedule('2025-01-06', 5, true), content: tiny });
    const ids = picks.map(({ prompt }) => prompt.id);
    expect(new Set(ids.slice(0, 2)).size).toBe(2);
    expect(ids.slice(2)).toEqual(ids.slice(0, 3));
  });

  it('when the date is not yyyy-mm-dd, then the pick is refused', () => {
    expect(() => pickPrompt(library, { personKey: 'x', date: '3-2-2025', history: [], lens: 'ideaaltypen' })).toThrow(RangeError);
  });
});
