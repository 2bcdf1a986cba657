import type { ContentKind } from './content-schema';
import type { ContentLibrary } from './types';

/** Names the file an item came from, for messages. */
type FileOf = (item: object) => string;

/**
 * Checks what one file cannot check alone: references between kinds, role ids that must be
 * unique across lenses, and coverage the bot relies on (a nudge for every role, prompts for
 * every paradox). Kinds in `broken` already failed their own validation: references to them are
 * not checked, so one bad item does not bury the real message under dozens of follow-up errors.
 */
export function checkReferences(library: ContentLibrary, fileOf: FileOf, broken: ReadonlySet<ContentKind>): string[] {
  const problems: string[] = [];
  const roleFiles = new Map<string, string>();
  for (const lens of library.lenses) {
    for (const role of lens.roles) {
      const at = `${fileOf(lens)}: lens "${lens.id}": role "${role.id}"`;
      const earlier = roleFiles.get(role.id);
      if (earlier === undefined) roleFiles.set(role.id, fileOf(lens));
      else problems.push(earlier === fileOf(lens) ? `${at}: id is used twice` : `${at}: id clashes with one in ${earlier}`);
    }
  }
  const known = {
    paradoxId: new Set(library.paradoxes.map((paradox) => paradox.id)),
    competencyIds: new Set(library.competencies.map((competency) => competency.id)),
    roleId: new Set(roleFiles.keys()),
  };
  const targetKind = { paradoxId: 'paradoxes', competencyIds: 'competencies', roleId: 'lenses' } as const;
  const expect = (at: string, field: keyof typeof known, value: string): void => {
    if (!broken.has(targetKind[field]) && !known[field].has(value)) problems.push(`${at}: ${field} "${value}" does not exist`);
  };

  for (const prompt of library.prompts) {
    const at = `${fileOf(prompt)}: prompt "${prompt.id}"`;
    expect(at, 'paradoxId', prompt.paradoxId);
    for (const competencyId of prompt.competencyIds) expect(at, 'competencyIds', competencyId);
    if (prompt.roleId !== undefined) expect(at, 'roleId', prompt.roleId);
  }
  for (const dilemma of library.dilemmas) expect(`${fileOf(dilemma)}: dilemma "${dilemma.id}"`, 'paradoxId', dilemma.paradoxId);
  for (const nudge of library.nudges) expect(`${fileOf(nudge)}: nudge "${nudge.roleId}"`, 'roleId', nudge.roleId);

  const nudgedRoles = new Set(library.nudges.map((nudge) => nudge.roleId));
  for (const lens of broken.has('nudges') ? [] : library.lenses) {
    for (const role of lens.roles) {
      if (!nudgedRoles.has(role.id)) problems.push(`${fileOf(lens)}: lens "${lens.id}": role "${role.id}": has no nudge in nudges.json`);
    }
  }
  const promptedParadoxes = new Set(library.prompts.map((prompt) => prompt.paradoxId));
  for (const paradox of broken.has('prompts') ? [] : library.paradoxes) {
    if (!promptedParadoxes.has(paradox.id)) problems.push(`${fileOf(paradox)}: paradox "${paradox.id}": has no prompts`);
  }
  return problems;
}
