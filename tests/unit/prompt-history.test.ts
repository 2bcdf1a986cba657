import { loadContent } from '../../src/content/load-content';
import { HISTORY_KEEP, rememberPick } from '../../src/domain/prompt-history';
import { pickPrompt, REPEAT_FREE_DAYS, type PromptSeen } from '../../src/domain/rotation';

const library = loadContent();
const DAY_MS = 86_400_000;
const cycleLength = library.paradoxes.length;
const paradoxOf = new Map(library.prompts.map((prompt) => [prompt.id, prompt.paradoxId]));

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A year of daily prompts, the history kept as the profile keeps it (trimmed) or whole. */
function simulate(lens: string, trimmed: boolean, nudgeOn?: (day: number) => string | undefined): { picks: PromptSeen[]; longest: number } {
  let history: PromptSeen[] = [];
  const picks: PromptSeen[] = [];
  let longest = 0;
  for (let day = 0; day < 365; day += 1) {
    const date = dateAfter('2026-01-01', day);
    const preferRoleId = nudgeOn?.(day);
    const prompt = pickPrompt(library, { personKey: 'person-h', date, history, lens, ...(preferRoleId ? { preferRoleId } : {}) });
    const seen = { promptId: prompt.id, localDate: date };
    picks.push(seen);
    history = trimmed ? rememberPick(library, history, seen, lens) : [...history, seen];
    longest = Math.max(longest, history.length);
  }
  return { picks, longest };
}

function expectRepeatFree(picks: readonly PromptSeen[]): void {
  const lastShown = new Map<string, string>();
  for (const seen of picks) {
    const earlier = lastShown.get(seen.promptId);
    if (earlier !== undefined) expect((Date.parse(seen.localDate) - Date.parse(earlier)) / DAY_MS).toBeGreaterThanOrEqual(REPEAT_FREE_DAYS);
    lastShown.set(seen.promptId, seen.localDate);
  }
}

/**
 * Picks of a paradox the current cycle already visited (a calendar text whose window closes, or
 * a fresh prompt while the open paradoxes have none left); every other pick completes the cycles.
 */
function extraPicks(picks: readonly PromptSeen[]): number {
  let visited = new Set<string | undefined>();
  let extras = 0;
  for (const seen of picks) {
    const paradoxId = paradoxOf.get(seen.promptId);
    if (visited.has(paradoxId)) extras += 1;
    visited.add(paradoxId);
    if (visited.size === cycleLength) visited = new Set();
  }
  return extras;
}

describe('prompt history on the profile', () => {
  it.each(['ideaaltypen', 'rollen'])('when a person with lens %s gets a year of daily prompts, then the kept history stays small and the rotation holds', (lens) => {
    const trimmed = simulate(lens, true);
    expect(trimmed.longest).toBeLessThanOrEqual(HISTORY_KEEP + cycleLength);
    // Until the first trim the picks are exactly those of the whole history.
    expect(trimmed.picks.slice(0, HISTORY_KEEP)).toEqual(simulate(lens, false).picks.slice(0, HISTORY_KEEP));
    // With a prompt every calendar day (not the default Monday to Friday) some paradoxes run out of
    // fresh prompts within 120 days; a fresh one elsewhere then beats a repeat, as an extra pick.
    expect(extraPicks(trimmed.picks)).toBeLessThanOrEqual(0.12 * trimmed.picks.length);
    expectRepeatFree(trimmed.picks);
  });

  it(`when weekly nudges add role prompts outside the cycle, then a trimmed history keeps every paradox coming round and ${REPEAT_FREE_DAYS} days repeat-free`, () => {
    const nudged = ['ambtelijk-professional', 'maatschappelijk-partner', 'politiek-adviseur'];
    const { picks, longest } = simulate('ideaaltypen', true, (day) => (day % 7 === 4 ? nudged[Math.floor(day / 7) % nudged.length] : undefined));
    expect(longest).toBeLessThanOrEqual(HISTORY_KEEP + 2 * cycleLength);
    for (let start = 0; start + 20 <= picks.length; start += 1) {
      expect(new Set(picks.slice(start, start + 20).map((seen) => paradoxOf.get(seen.promptId))).size).toBe(cycleLength);
    }
    expectRepeatFree(picks);
  });

  it('when the same pick is remembered twice, then it is kept once', () => {
    const seen = { promptId: library.prompts[0]?.id ?? '', localDate: '2026-03-02' };
    const once = rememberPick(library, [], seen, 'ideaaltypen');
    expect(rememberPick(library, once, seen, 'ideaaltypen')).toEqual([seen]);
  });
});
