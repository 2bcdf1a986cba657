import { findNudge, findLens } from '../content/library-lookup';
import type { ContentLibrary, Localized } from '../content/types';
import type { Share } from './checkin-aggregation';
import { fnv1a } from './rotation';

/** An invitation under a team result: the least chosen role and one idea for it. */
interface TeamNudge {
  roleId: string;
  suggestion: Localized;
}

/**
 * For a check-in seen through a team lens (the leadership roles, which nobody picks for their
 * daily prompts): the role the team chose least, with one of its suggestions (seeded by the
 * check-in, so the card looks the same each time). None when every role was chosen equally:
 * then nothing stands out, and no role is the right one anyway.
 */
export function teamNudge(library: ContentLibrary, lensId: string, roleShares: readonly Share[], seed: string): TeamNudge | undefined {
  const lens = findLens(library, lensId);
  if (!lens || lens.personal || roleShares.length === 0) return undefined;
  const fewest = Math.min(...roleShares.map((s) => s.count));
  if (roleShares.every((s) => s.count === fewest)) return undefined;
  const least = roleShares.find((s) => s.count === fewest);
  const suggestions = least ? (findNudge(library, least.id)?.suggestions ?? []) : [];
  const suggestion = suggestions[fnv1a(seed) % Math.max(1, suggestions.length)];
  return least && suggestion ? { roleId: least.id, suggestion } : undefined;
}
