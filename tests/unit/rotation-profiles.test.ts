import { loadContent } from '../../src/content/load-content';
import { KINDS_OF_WORK, LAYERS, type Prompt } from '../../src/content/types';
import { DEFAULT_PROFILE, fitsProfile, type WorkProfile } from '../../src/domain/content-fit';
import { isInWindow } from '../../src/domain/political-calendar';
import { fittingPrompts, pickPrompt, REPEAT_FREE_DAYS, type PromptSeen } from '../../src/domain/rotation';

const library = loadContent();
const DAY_MS = 86_400_000;

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A year of daily prompts for one person. */
function year(profile: WorkProfile | undefined, lens: string, options: { demissionair?: boolean; start?: string } = {}): { date: string; prompt: Prompt }[] {
  const history: PromptSeen[] = [];
  const picks: { date: string; prompt: Prompt }[] = [];
  for (let day = 0; day < 365; day += 1) {
    const date = dateAfter(options.start ?? '2026-01-01', day);
    const prompt = pickPrompt(library, {
      personKey: `person-${profile?.layer ?? 'default'}-${profile?.kindsOfWork.join('+') ?? ''}`,
      date,
      history,
      lens,
      ...(profile ? { profile } : {}),
      ...(options.demissionair ? { demissionair: true } : {}),
    });
    history.push({ promptId: prompt.id, localDate: date });
    picks.push({ date, prompt });
  }
  return picks;
}

/** One profile per layer and kind of work, with and without staff, plus a mixed one. */
const PROFILES: WorkProfile[] = [
  ...LAYERS.flatMap((layer) => KINDS_OF_WORK.map((kind) => ({ layer, kindsOfWork: [kind], leadsPeople: kind === 'uitvoering' }))),
  { layer: 'gemeente', kindsOfWork: ['beleid', 'uitvoering'], leadsPeople: true },
];

describe('rotation per profile over a year', () => {
  it.each(PROFILES.map((profile) => [`${profile.layer}/${profile.kindsOfWork.join('+')}/${profile.leadsPeople ? 'leads' : 'no team'}`, profile] as const))(
    'when %s gets a prompt every day, then every prompt fits, calendar prompts fall in their window, nothing repeats within 30 days and every paradox comes round evenly',
    (_label, profile) => {
      const picks = year(profile, 'ideaaltypen');
      const lastShown = new Map<string, string>();
      const perParadox = new Map<string, number>();
      for (const { date, prompt } of picks) {
        expect(fitsProfile(prompt, profile)).toBe(true);
        if (prompt.calendar !== undefined) expect(isInWindow(prompt.calendar, date)).toBe(true);
        expect(prompt.demissionair).not.toBe(true);
        const earlier = lastShown.get(prompt.id);
        if (earlier !== undefined) expect((Date.parse(date) - Date.parse(earlier)) / DAY_MS).toBeGreaterThanOrEqual(REPEAT_FREE_DAYS);
        lastShown.set(prompt.id, date);
        perParadox.set(prompt.paradoxId, (perParadox.get(prompt.paradoxId) ?? 0) + 1);
      }
      // Fair: each of the seven paradoxes comes round 365 / 7 ≈ 52 times, give or take a cycle.
      expect(perParadox.size).toBe(library.paradoxes.length);
      const counts = [...perParadox.values()];
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      // Fair within the fitting prompts too: a year shows most of them, not a favourite few.
      const timeless = fittingPrompts(library, 'ideaaltypen', profile).filter((prompt) => prompt.calendar === undefined && prompt.demissionair !== true);
      expect(new Set(picks.map(({ prompt }) => prompt.id)).size).toBeGreaterThanOrEqual(0.9 * timeless.length);
    },
  );

  it('when no profile is given, then the defaults (Rijk, beleid, no team) apply, so existing call sites keep working', () => {
    const picks = year(undefined, 'rollen');
    for (const { prompt } of picks) expect(fitsProfile(prompt, DEFAULT_PROFILE)).toBe(true);
    expect(picks.some(({ prompt }) => prompt.needsTeam)).toBe(false);
  });

  it('when a calendar window is open, then its prompts are preferred: each fitting one is shown inside its window', () => {
    const profile: WorkProfile = { layer: 'rijk', kindsOfWork: ['beleid'], leadsPeople: false };
    const picks = year(profile, 'ideaaltypen');
    const seasonal = fittingPrompts(library, 'ideaaltypen', profile).filter((prompt) => prompt.calendar !== undefined);
    expect(seasonal.length).toBeGreaterThanOrEqual(8);
    const shown = new Set(picks.map(({ prompt }) => prompt.id));
    for (const prompt of seasonal) expect({ id: prompt.id, shown: shown.has(prompt.id) }).toEqual({ id: prompt.id, shown: true });
  });

  it('when the cabinet is demissionair, then the prompts written for that period come round; otherwise never', () => {
    const profile: WorkProfile = { layer: 'rijk', kindsOfWork: ['beleid'], leadsPeople: false };
    const demissionair = library.prompts.filter((prompt) => prompt.demissionair === true && fitsProfile(prompt, profile));
    expect(demissionair.length).toBeGreaterThan(0);
    const firstMonth = year(profile, 'ideaaltypen', { demissionair: true }).slice(0, 14);
    for (const prompt of demissionair) expect(firstMonth.some((pick) => pick.prompt.id === prompt.id)).toBe(true);
    expect(year(profile, 'ideaaltypen').some(({ prompt }) => prompt.demissionair === true)).toBe(false);
  });

  it('when a profile is a municipality, then no prompt about the Kamer or a minister is shown in Rijk words', () => {
    const picks = year({ layer: 'gemeente', kindsOfWork: ['beleid'], leadsPeople: false }, 'rollen');
    for (const { prompt } of picks) expect(prompt.layers).toContain('gemeente');
    expect(picks.some(({ prompt }) => prompt.layerText?.gemeente !== undefined)).toBe(true);
  });
});
