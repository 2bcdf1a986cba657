import { BUILT_IN_FILES, checkLibrary, findLens, findRole, loadContent, rolesOf } from '../../src/content/load-content';

const library = loadContent();
const countBy = <T>(items: readonly T[], key: (item: T) => string | undefined): Map<string | undefined, number> => {
  const counts = new Map<string | undefined, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('the built-in content library', () => {
  it('when checked, then it has no validation problems', () => {
    expect(checkLibrary([{ origin: '', files: { ...BUILT_IN_FILES }, complete: true }]).problems).toEqual([]);
  });

  it('then it has the three lenses with the roles of the seeds', () => {
    expect(rolesOf(library, 'ideaaltypen').map((role) => role.id)).toEqual(['bureaucraat', 'ondernemer', 'verbinder']);
    expect(rolesOf(library, 'rollen').map((role) => role.id)).toEqual([
      'ambtelijk-professional',
      'maatschappelijk-partner',
      'politiek-adviseur',
    ]);
    expect(rolesOf(library, 'leiderschap').map((role) => role.id)).toEqual([
      'catalysator',
      'netwerkarchitect',
      'bemiddelaar',
      'bestendiger',
    ]);
    expect(library.lenses.map((lens) => [lens.id, lens.personal])).toEqual([
      ['ideaaltypen', true],
      ['rollen', true],
      ['leiderschap', false],
    ]);
  });

  it('then every role has 12 to 30 distinct lowercase signal words per language', () => {
    for (const role of library.lenses.flatMap((lens) => lens.roles)) {
      for (const words of [role.words.nl, role.words.en]) {
        expect(words.length).toBeGreaterThanOrEqual(12);
        expect(words.length).toBeLessThanOrEqual(30);
        expect(new Set(words).size).toBe(words.length);
        expect(words.every((word) => word === word.toLowerCase())).toBe(true);
      }
    }
  });

  it('then it has the seven paradoxes (kaders-ruimte merged into ruimte-control), the seven competencies and tactics for every kind of work', () => {
    expect(library.paradoxes.map((paradox) => paradox.id)).toEqual([
      'maakbaar-open',
      'weten-besluiten',
      'waarden-opdracht',
      'kwaliteit-tempo',
      'hectiek-rust',
      'ruimte-control',
      'vak-baas',
    ]);
    expect(library.competencies).toHaveLength(7);
    expect(library.tactics.map((tactic) => tactic.id)).toEqual(expect.arrayContaining(['tegenspraak', 'signaleren', 'afstemmen', 'afwachten', 'hoofdlijnen', 'loslaten', 'kaders', 'intervenieren']));
  });

  it('then every paradox has at least six prompts, and at least five for a person of each personal lens', () => {
    const perParadox = countBy(library.prompts, (prompt) => prompt.paradoxId);
    for (const paradox of library.paradoxes) expect(perParadox.get(paradox.id)).toBeGreaterThanOrEqual(6);
    for (const lens of library.lenses.filter((each) => each.personal)) {
      const roleIds = new Set(lens.roles.map((role) => role.id));
      const visible = library.prompts.filter((prompt) => prompt.roleId === undefined || roleIds.has(prompt.roleId));
      const visiblePerParadox = countBy(visible, (prompt) => prompt.paradoxId);
      // Five per paradox keeps 30 days free of repeats even with a prompt every calendar day.
      for (const paradox of library.paradoxes) expect(visiblePerParadox.get(paradox.id)).toBeGreaterThanOrEqual(5);
    }
  });

  it('then every role of the personal lenses has a prompt from its perspective in every paradox', () => {
    const personalRoles = library.lenses.filter((lens) => lens.personal).flatMap((lens) => lens.roles);
    for (const role of personalRoles) {
      const paradoxIds = new Set(library.prompts.filter((prompt) => prompt.roleId === role.id).map((prompt) => prompt.paradoxId));
      expect(paradoxIds.size).toBe(library.paradoxes.length);
    }
  });

  it('then every prompt ends in a question in both languages, and the forms vary: "vandaag", "deze week", scenes and one-sentence prompts', () => {
    const { prompts } = library;
    for (const prompt of prompts) {
      expect(prompt.text.nl.trim().endsWith('?')).toBe(true);
      expect(prompt.text.en.trim().endsWith('?')).toBe(true);
    }
    const share = (test: (text: string) => boolean): number => prompts.filter((prompt) => test(prompt.text.nl)).length / prompts.length;
    expect(share((text) => /\bvandaag\b/i.test(text))).toBeLessThanOrEqual(0.6);
    expect(prompts.filter((prompt) => prompt.conditional).length / prompts.length).toBeLessThanOrEqual(0.45);
    expect(share((text) => /\bdeze week\b/i.test(text))).toBeGreaterThanOrEqual(0.2);
    expect(share((text) => /^Stel: /.test(text))).toBeGreaterThanOrEqual(0.1);
    expect(share((text) => (text.match(/[.?!:] +[A-Z"]/g) ?? []).length === 0)).toBeGreaterThanOrEqual(0.25);
  });

  it('then it has enough dilemmas, weekly questions and nudges', () => {
    expect(library.dilemmas.length).toBeGreaterThanOrEqual(6);
    expect(library.weeklyQuestions.length).toBeGreaterThanOrEqual(8);
    for (const role of library.lenses.flatMap((lens) => lens.roles)) {
      const nudge = library.nudges.find((each) => each.roleId === role.id);
      expect(nudge?.suggestions.length).toBeGreaterThanOrEqual(2);
      expect(nudge?.suggestions.length).toBeLessThanOrEqual(3);
    }
  });

  it('when a role is looked up by id, then it is found in whichever lens holds it', () => {
    expect(findRole(library, 'verbinder')?.name).toEqual({ nl: 'Verbinder', en: 'Connector' });
    expect(findRole(library, 'bestendiger')?.name.nl).toBe('Bestendiger');
    expect(findRole(library, 'onbekend')).toBeUndefined();
    expect(findLens(library, 'onbekend')).toBeUndefined();
    expect(rolesOf(library, 'onbekend')).toEqual([]);
  });
});
