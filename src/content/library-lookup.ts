import type { ContentLibrary, Dilemma, Lens, Paradox, Prompt, Role, RoleNudge } from './types';

/** Lookups by id; `undefined` when the id is unknown (e.g. content an operator removed). */

export function findLens(library: ContentLibrary, lensId: string): Lens | undefined {
  return library.lenses.find((lens) => lens.id === lensId);
}

/** Role ids are unique across lenses, so a role id alone is enough. */
export function findRole(library: ContentLibrary, roleId: string): Role | undefined {
  for (const lens of library.lenses) {
    const role = lens.roles.find((candidate) => candidate.id === roleId);
    if (role !== undefined) return role;
  }
  return undefined;
}

export function findLensOfRole(library: ContentLibrary, roleId: string): Lens | undefined {
  return library.lenses.find((lens) => lens.roles.some((role) => role.id === roleId));
}

/** The roles of a lens; empty for an unknown lens. */
export function rolesOf(library: ContentLibrary, lensId: string): Role[] {
  return findLens(library, lensId)?.roles ?? [];
}

export function findParadox(library: ContentLibrary, paradoxId: string): Paradox | undefined {
  return library.paradoxes.find((paradox) => paradox.id === paradoxId);
}

export function findPrompt(library: ContentLibrary, promptId: string): Prompt | undefined {
  return library.prompts.find((prompt) => prompt.id === promptId);
}

export function findDilemma(library: ContentLibrary, dilemmaId: string): Dilemma | undefined {
  return library.dilemmas.find((dilemma) => dilemma.id === dilemmaId);
}

export function findNudge(library: ContentLibrary, roleId: string): RoleNudge | undefined {
  return library.nudges.find((nudge) => nudge.roleId === roleId);
}
