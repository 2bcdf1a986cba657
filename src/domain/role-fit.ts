import type { ContentLibrary, KindOfWork } from '../content/types';
import { fitsProfile, type WorkProfile } from './content-fit';

/**
 * The kinds of work whose daily practice holds a role; a role not named here belongs to every kind.
 * Advising elected leaders is part of preparing policy and law and of carrying them out; a
 * supervisor keeps its distance from politics by design, and running the organisation (finance,
 * HR, purchasing, IT) seldom meets a minister's choices.
 */
const ROLE_WORK: Readonly<Record<string, readonly KindOfWork[]>> = {
  'politiek-adviseur': ['beleid', 'wetgeving', 'uitvoering'],
};

/**
 * True when the summary may ask about a role: it belongs to one of the person's kinds of work, and
 * the library holds a question from its perspective that fits their layer, work and team (so the
 * "reflect as" button brings a question they can answer).
 */
export function roleFitsProfile(library: ContentLibrary, roleId: string, profile: WorkProfile): boolean {
  const kinds = ROLE_WORK[roleId];
  if (kinds && !profile.kindsOfWork.some((kind) => kinds.includes(kind))) return false;
  return library.prompts.some((prompt) => prompt.roleId === roleId && fitsProfile(prompt, profile));
}
