import { loadContent } from '../../src/content/load-content';
import { KINDS_OF_WORK, LAYERS, type ContentLibrary, type Prompt } from '../../src/content/types';
import { estimatedRecessOf, pickPrompt, REPEAT_FREE_DAYS, writtenForOwnWork, type PromptSeen } from '../../src/domain/rotation';
import { DEFAULT_PROFILE, type WorkProfile } from '../../src/domain/content-fit';

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
  profile?: WorkProfile;
}

function simulate({ personKey, lens, dates, preferRoleOn, content = library, profile }: Simulation): { date: string; prompt: Prompt }[] {
  const history: PromptSeen[] = [];
  return dates.map((date, index) => {
    const preferRoleId = preferRoleOn?.(date, index);
    const prompt = pickPrompt(content, { personKey, date, history, lens, ...(preferRoleId ? { preferRoleId } : {}), ...(profile ? { profile } : {}) });
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
  ])(`when a person with lens %s gets half a year of prompts on %s, then no prompt repeats within ${REPEAT_FREE_DAYS} days`, (lens, _label, dates) => {
    const lastShown = new Map<string, string>();
    for (const { date, prompt } of simulate({ personKey: 'person-a', lens, dates })) {
      const earlier = lastShown.get(prompt.id);
      if (earlier !== undefined) expect(daysBetween(earlier, date)).toBeGreaterThanOrEqual(REPEAT_FREE_DAYS);
      lastShown.set(prompt.id, date);
    }
  });

  it.each(['ideaaltypen', 'rollen'])('when a person with lens %s gets 17 cycles of prompts, then every paradox comes round once in each cycle, bar the odd extra for a closing calendar window', (lens) => {
    const picks = simulate({ personKey: `person-b-${lens}`, lens, dates: workingDays });
    let visited = new Set<string>();
    let cycles = 0;
    let extras = 0;
    for (const { prompt } of picks) {
      if (visited.has(prompt.paradoxId)) extras += 1;
      visited.add(prompt.paradoxId);
      if (visited.size === cycleLength) {
        cycles += 1;
        visited = new Set();
      }
    }
    expect(extras).toBeLessThanOrEqual(4);
    expect(cycles).toBeGreaterThanOrEqual(16);
  });

  it('when a person is a policy officer, then the first cycle brings a prompt written for policy work in every paradox', () => {
    const picks = simulate({ personKey: 'person-own', lens: 'ideaaltypen', dates: workingDays.slice(0, cycleLength), profile: DEFAULT_PROFILE });
    expect(picks.map(({ prompt }) => writtenForOwnWork(prompt, DEFAULT_PROFILE))).toEqual(Array.from({ length: cycleLength }, () => true));
  });

  it('when a paradox has run out of fresh prompts, then a fresh one from another paradox comes, not a repeat', () => {
    const [scarce, ...plenty] = library.prompts.filter((prompt) => prompt.roleId === undefined && prompt.calendar === undefined && prompt.demissionair !== true && !prompt.needsTeam);
    if (scarce === undefined || plenty.length < 40) throw new Error('library needs plain prompts');
    const two: ContentLibrary = {
      ...library,
      prompts: [scarce, ...plenty.slice(0, 40)].map((prompt, index) => ({ ...prompt, paradoxId: index === 0 ? 'maakbaar-open' : 'vak-baas', layers: [...LAYERS], work: [...KINDS_OF_WORK] })),
    };
    const picks = simulate({ personKey: 'person-scarce', lens: 'ideaaltypen', dates: schedule('2025-01-06', 30, true), content: two });
    expect(picks.filter(({ prompt }) => prompt.id === scarce.id)).toHaveLength(1);
    expect(new Set(picks.map(({ prompt }) => prompt.id)).size).toBe(picks.length);
  });

  it('when a moment has more texts than its paradox turns in a short window, then they still all come before it closes', () => {
    const plain = library.prompts.filter((prompt) => prompt.calendar === undefined && prompt.demissionair !== true && prompt.roleId === undefined && !prompt.needsTeam);
    const moment = library.prompts.filter((prompt) => prompt.calendar === 'verantwoordingsdag').slice(0, 4).map((prompt) => ({ ...prompt, paradoxId: 'ruimte-control', layers: [...prompt.layers, 'rijk' as const], work: ['beleid' as const] }));
    expect(moment).toHaveLength(4);
    const content: ContentLibrary = { ...library, prompts: [...plain, ...moment] };
    // Verantwoordingsdag 2026 is 20 May: its window runs from 13 to 22 May, eight working days.
    const dates = schedule('2026-05-13', 8);
    const shown = simulate({ personKey: 'person-closing', lens: 'ideaaltypen', dates, content, profile: DEFAULT_PROFILE }).map(({ prompt }) => prompt.id);
    for (const prompt of moment) expect({ id: prompt.id, shown: shown.includes(prompt.id) }).toEqual({ id: prompt.id, shown: true });
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

  it(`when a weekly nudge asks for a role outside the lens, then every nudge day gets that role and ${REPEAT_FREE_DAYS} days stay repeat-free`, () => {
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

  it(`when every prompt was shown within ${REPEAT_FREE_DAYS} days, then the least recently shown one comes back`, () => {
    const [first, second] = library.prompts.filter((prompt) => prompt.roleId === undefined);
    if (first === undefined || second === undefined) throw new Error('library needs two prompts');
    const tiny: ContentLibrary = { ...library, prompts: [first, { ...second, paradoxId: first.paradoxId }] };
    const picks = simulate({ personKey: 'person-j', lens: 'ideaaltypen', dates: schedule('2025-01-06', 5, true), content: tiny });
    const ids = picks.map(({ prompt }) => prompt.id);
    expect(new Set(ids.slice(0, 2)).size).toBe(2);
    expect(ids.slice(2)).toEqual(ids.slice(0, 3));
  });

  it('when a recess prompt is picked in a year the content lacks, then the pick says its window was estimated, so the caller can log it', () => {
    const christmas = library.prompts.find((prompt) => prompt.calendar === 'kerstreces');
    const summer = library.prompts.find((prompt) => prompt.calendar === 'zomerreces');
    const spring = library.prompts.find((prompt) => prompt.calendar === 'voorjaarsnota');
    if (!christmas || !summer || !spring) throw new Error('library needs calendar prompts');
    expect(estimatedRecessOf(library, christmas, '2027-12-27')).toEqual({ moment: 'kerstreces', year: '2027' });
    expect(estimatedRecessOf(library, christmas, '2025-12-22')).toBeUndefined();
    expect(estimatedRecessOf(library, summer, '2024-07-15')).toBeUndefined();
    expect(estimatedRecessOf(library, spring, '2027-04-15')).toBeUndefined();
    expect(estimatedRecessOf(library, summer, '2027-10-15')).toBeUndefined();
  });

  it('when the date is not yyyy-mm-dd, then the pick is refused', () => {
    expect(() => pickPrompt(library, { personKey: 'x', date: '3-2-2025', history: [], lens: 'ideaaltypen' })).toThrow(RangeError);
  });
});

describe('another question the same day (an extra question)', () => {
  const input = { personKey: 'tenant_extra', date: '2026-11-24', history: [], lens: 'ideaaltypen' };

  it('when the day\'s prompt is to be skipped, then another prompt comes, and the pick stays the same for that day', () => {
    const day = pickPrompt(library, input);
    const extra = pickPrompt(library, { ...input, skip: [day.id] });
    expect(extra.id).not.toBe(day.id);
    expect(pickPrompt(library, { ...input, skip: [day.id] }).id).toBe(extra.id);
    expect(pickPrompt(library, { ...input, skip: [] }).id).toBe(day.id);
  });

  it('when every prompt that fits is to be skipped, then one of them comes all the same', () => {
    const only = library.prompts.find((prompt) => prompt.roleId === undefined && prompt.calendar === undefined && prompt.demissionair !== true);
    if (!only) throw new Error('no plain prompt in the content');
    const content = { ...library, prompts: [only] };
    expect(pickPrompt(content, { ...input, skip: [only.id] }).id).toBe(only.id);
  });
});
