import { loadContent } from '../../src/content/load-content';
import { CALENDAR_MOMENTS, type Prompt } from '../../src/content/types';
import { DEFAULT_PROFILE, fitsProfile, type WorkProfile } from '../../src/domain/content-fit';
import { windowAt, windowOf } from '../../src/domain/political-calendar';
import { fittingPrompts } from '../../src/domain/rotation';
import { simulateYear, SINGLE_KIND_PROFILES, yearFigures, type DayPick } from '../../src/domain/rotation-year';

const library = loadContent();
const LENSES = library.lenses.filter((lens) => lens.personal).map((lens) => lens.id);
const DAY_MS = 86_400_000;
// Held out: content:stats reports 2026 from 1 January; these figures are measured on another
// year and other people, so the content is not tuned to one seed.
const START = '2027-03-01';
const LAST = '2028-02-28';

const labelOf = (profile: WorkProfile): string => `${profile.layer}/${profile.kindsOfWork.join('+')}/${profile.leadsPeople ? 'leads' : 'no team'}`;
const simulated = new Map<string, DayPick[]>();
/** The held-out year of a profile and lens, simulated once per test file (two tests read each). */
function heldOutYear(profile: WorkProfile, lens: string, options: { demissionair?: boolean; everyDay?: boolean } = {}): DayPick[] {
  const key = JSON.stringify([profile, lens, options]);
  const picks = simulated.get(key) ?? simulateYear(library, profile, { lens, start: START, personKey: `held-out|${labelOf(profile)}|${lens}`, ...options });
  simulated.set(key, picks);
  return picks;
}

/** Every fitting calendar prompt, with each of its windows that lies wholly inside the simulated year. */
function windowsInYear(profile: WorkProfile, lens: string): { prompt: Prompt; start: string; end: string }[] {
  const seasonal = fittingPrompts(library, lens, profile).filter((prompt) => prompt.calendar !== undefined);
  return CALENDAR_MOMENTS.flatMap((moment) =>
    [2027, 2028]
      .map((year) => windowOf(moment, year, library.recesses))
      .filter((window) => window.start >= START && window.end <= LAST)
      .flatMap((window) => seasonal.filter((prompt) => prompt.calendar === moment).map((prompt) => ({ prompt, ...window }))),
  );
}

const MIXED: WorkProfile = { layer: 'gemeente', kindsOfWork: ['beleid', 'uitvoering'], leadsPeople: true };

describe('a year of prompts for every profile (layer × kind of work × leads or not), Monday to Friday without holidays', () => {
  it.each([...SINGLE_KIND_PROFILES, MIXED].flatMap((profile) => LENSES.map((lens) => [labelOf(profile), lens, profile] as const)))(
    'when %s (lens %s) gets a year of prompts, then 45 %% are written for their work, none repeats within 120 days, at most 45 %% are conditional and 60 %% say "vandaag"',
    (_label, lens, profile) => {
      const picks = heldOutYear(profile, lens);
      const figures = yearFigures(picks, profile);
      expect(figures.days).toBeGreaterThan(240);
      expect({ own: figures.ownWorkShare >= 0.45, repeats: figures.repeatsWithin120 }).toEqual({ own: true, repeats: 0 });
      expect({ conditional: figures.conditionalShare <= 0.45, today: figures.todayShare <= 0.6 }).toEqual({ conditional: true, today: true });
      // Every paradox comes round about as often: some 36 days each, give or take a few.
      expect(figures.paradoxSpread).toBeLessThanOrEqual(5);
      for (const { date, prompt } of picks) {
        expect(fitsProfile(prompt, profile)).toBe(true);
        if (prompt.calendar !== undefined) expect(windowAt(prompt.calendar, date, library.recesses)).toBeDefined();
        expect(prompt.demissionair).not.toBe(true);
      }
    },
  );

  it.each(SINGLE_KIND_PROFILES.flatMap((profile) => LENSES.map((lens) => [labelOf(profile), lens, profile] as const)))(
    'when %s (lens %s) goes through a year, then every fitting text of a moment is shown once in each of its windows',
    (_label, lens, profile) => {
      const picks = heldOutYear(profile, lens);
      const missing = windowsInYear(profile, lens)
        .filter(({ prompt, start, end }) => picks.filter((pick) => pick.prompt.id === prompt.id && start <= pick.date && pick.date <= end).length !== 1)
        .map(({ prompt, start }) => `${prompt.id} in the window from ${start}`);
      expect(missing).toEqual([]);
    },
  );

  it.each(SINGLE_KIND_PROFILES.filter((profile) => profile.layer === 'rijk' || profile.layer === 'uitvoeringsorganisatie').map((profile) => [labelOf(profile), profile] as const))(
    'when the cabinet is demissionair for a whole year, then %s sees each demissionair text, none within 120 days of the last time',
    (_label, profile) => {
      const picks = heldOutYear(profile, 'ideaaltypen', { demissionair: true });
      expect(yearFigures(picks, profile).repeatsWithin120).toBe(0);
      const demissionair = fittingPrompts(library, 'ideaaltypen', profile).filter((prompt) => prompt.demissionair === true);
      expect(demissionair.length).toBeGreaterThan(0);
      for (const prompt of demissionair) expect({ id: prompt.id, shown: picks.some((pick) => pick.prompt.id === prompt.id) }).toEqual({ id: prompt.id, shown: true });
    },
  );

  it.each(SINGLE_KIND_PROFILES.filter((profile) => !profile.leadsPeople).map((profile, index) => [labelOf(profile), LENSES[index % LENSES.length] ?? 'ideaaltypen', profile] as const))(
    'when %s (lens %s) asks for a prompt every day of the week, then none repeats within 90 days',
    (_label, lens, profile) => {
      expect(yearFigures(heldOutYear(profile, lens, { everyDay: true }), profile).repeatsWithin90).toBe(0);
    },
  );
});

describe('rotation per profile', () => {
  it('when no profile is given, then the defaults (Rijk, beleid, no team) apply, so existing call sites keep working', () => {
    const picks = simulateYear(library, DEFAULT_PROFILE, { lens: 'rollen', start: START });
    for (const { prompt } of picks) expect(fitsProfile(prompt, DEFAULT_PROFILE)).toBe(true);
    expect(picks.some(({ prompt }) => prompt.needsTeam)).toBe(false);
  });

  it('when the cabinet is not demissionair, then no demissionair text comes round', () => {
    const picks = heldOutYear({ layer: 'rijk', kindsOfWork: ['beleid'], leadsPeople: false }, 'ideaaltypen');
    expect(picks.some(({ prompt }) => prompt.demissionair === true)).toBe(false);
  });

  it('when a profile is a municipality, then no prompt about the Kamer or a minister is shown in Rijk words', () => {
    const picks = heldOutYear({ layer: 'gemeente', kindsOfWork: ['beleid'], leadsPeople: false }, 'rollen');
    for (const { prompt } of picks) expect(prompt.layers).toContain('gemeente');
    expect(picks.some(({ prompt }) => prompt.layerText?.gemeente !== undefined)).toBe(true);
  });

  it('when a year is over, then most fitting prompts were shown, not a favourite few', () => {
    for (const profile of [DEFAULT_PROFILE, { layer: 'waterschap', kindsOfWork: ['bedrijfsvoering'], leadsPeople: false } as const]) {
      const timeless = fittingPrompts(library, 'ideaaltypen', profile).filter((prompt) => prompt.calendar === undefined && prompt.demissionair !== true);
      const shown = new Set(heldOutYear(profile, 'ideaaltypen').map(({ prompt }) => prompt.id));
      expect(timeless.filter((prompt) => shown.has(prompt.id)).length).toBeGreaterThanOrEqual(0.9 * timeless.length);
    }
  });

  it('when the held-out year is simulated, then it spans a year of working days', () => {
    const picks = heldOutYear(DEFAULT_PROFILE, 'ideaaltypen');
    const first = picks[0]?.date ?? '';
    const last = picks[picks.length - 1]?.date ?? '';
    expect(first).toBe(START);
    expect((Date.parse(last) - Date.parse(first)) / DAY_MS).toBeGreaterThan(360);
  });
});
