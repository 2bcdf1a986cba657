import type { ContentLibrary } from '../content/types';
import type { WorkProfile } from './content-fit';
import { cycleEnds, REPEAT_FREE_DAYS, type PromptSeen } from './rotation';

/**
 * Picks remembered on a person's profile. Enough for the 120-day rule and the current cycle with
 * room to spare (daily prompts plus the odd one asked for), small enough for one table property
 * (240 entries of about 30 characters: some 7 KB of the 64 KB a property holds).
 */
export const HISTORY_KEEP = 2 * REPEAT_FREE_DAYS;

/**
 * Adds a pick to the history (once: the same pick on the same day is not added again) and drops
 * the oldest whole cycles while more than `keep` entries remain, so the rotation counts the
 * same cycles from the kept history as from the whole one.
 */
export function rememberPick(
  library: ContentLibrary,
  history: readonly PromptSeen[],
  pick: PromptSeen,
  lens: string,
  keep = HISTORY_KEEP,
  profile?: WorkProfile,
): PromptSeen[] {
  const known = history.some((seen) => seen.promptId === pick.promptId && seen.localDate === pick.localDate);
  const { ordered, ends } = cycleEnds(library, known ? history : [...history, pick], lens, profile);
  if (ordered.length <= keep) return ordered;
  const cut = ends.find((end) => ordered.length - end <= keep);
  return cut === undefined ? ordered : ordered.slice(cut);
}
