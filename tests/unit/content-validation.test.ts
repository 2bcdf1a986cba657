import { BUILT_IN_FILES, ContentError, loadSources } from '../../src/content/load-content';

const validateLibrary = (files: Record<string, unknown>) => loadSources([{ origin: '', files, complete: true }]);

type Item = Record<string, unknown>;

/** A deep copy of the built-in files with one file changed by `change`. */
function filesWith(file: string, change: (items: Item[]) => void): Record<string, unknown> {
  const files = structuredClone({ ...BUILT_IN_FILES });
  change(files[file] as Item[]);
  return files;
}

function itemWithId(items: Item[], id: string): Item {
  const item = items.find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`test fixture lacks ${id}`);
  return item;
}

function problemsOf(files: Record<string, unknown>): readonly string[] {
  try {
    validateLibrary(files);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('content validation', () => {
  it('when the built-in files are given unchanged, then they validate', () => {
    expect(problemsOf(structuredClone({ ...BUILT_IN_FILES }))).toEqual([]);
  });

  it('when a prompt lacks English, then validation names the file, id and field', () => {
    const files = filesWith('prompts.json', (prompts) => {
      delete (itemWithId(prompts, 'p-wb-1').text as Item).en;
    });
    expect(() => validateLibrary(files)).toThrow('prompts.json: prompt "p-wb-1": text.en is missing');
  });

  it('when a Dutch text is only spaces, then validation calls it empty', () => {
    const files = filesWith('paradoxes.json', (paradoxes) => {
      (itemWithId(paradoxes, 'vak-baas').why as Item).nl = '   ';
    });
    expect(problemsOf(files)).toEqual(['paradoxes.json: paradox "vak-baas": why.nl is empty']);
  });

  it('when a prompt points at a paradox that does not exist, then validation names the dangling reference', () => {
    const files = filesWith('prompts.json', (prompts) => {
      itemWithId(prompts, 'p-mo-1').paradoxId = 'onbekend';
    });
    expect(problemsOf(files)).toContain('prompts.json: prompt "p-mo-1": paradoxId "onbekend" does not exist');
  });

  it('when a prompt, dilemma or nudge names an unknown competency, paradox or role, then each is reported', () => {
    let files = filesWith('prompts.json', (prompts) => {
      itemWithId(prompts, 'p-kt-1').competencyIds = ['geduld'];
      itemWithId(prompts, 'p-kt-2').roleId = 'tovenaar';
    });
    files = { ...files, 'dilemmas.json': filesWith('dilemmas.json', (dilemmas) => {
      itemWithId(dilemmas, 'buurttuin').paradoxId = 'nergens';
    })['dilemmas.json'] };
    const nudges = files['nudges.json'] as Item[];
    files['nudges.json'] = [...nudges, { roleId: 'tovenaar', suggestions: nudges[0]?.suggestions }];
    expect(problemsOf(files)).toEqual([
      'prompts.json: prompt "p-kt-1": competencyIds "geduld" does not exist',
      'prompts.json: prompt "p-kt-2": roleId "tovenaar" does not exist',
      'dilemmas.json: dilemma "buurttuin": paradoxId "nergens" does not exist',
      'nudges.json: nudge "tovenaar": roleId "tovenaar" does not exist',
    ]);
  });

  it('when two prompts share an id, then validation reports the duplicate', () => {
    const files = filesWith('prompts.json', (prompts) => {
      itemWithId(prompts, 'p-hr-2').id = 'p-hr-1';
    });
    expect(problemsOf(files)).toEqual(['prompts.json: prompt "p-hr-1": id is used twice']);
  });

  it('when two lenses hold the same role id, then validation reports the duplicate role', () => {
    const files = filesWith('lenses.json', (lenses) => {
      const roles = itemWithId(lenses, 'rollen').roles as Item[];
      const first = roles[0];
      if (first !== undefined) first.id = 'verbinder';
    });
    expect(problemsOf(files)).toContain('lenses.json: lens "rollen": role "verbinder": id is used twice');
  });

  it('when texts are longer than a card allows, then validation gives the field and both lengths', () => {
    let files = filesWith('prompts.json', (prompts) => {
      (itemWithId(prompts, 'p-rc-3').text as Item).nl = 'a'.repeat(241);
    });
    files = { ...files, 'paradoxes.json': filesWith('paradoxes.json', (paradoxes) => {
      (itemWithId(paradoxes, 'hectiek-rust').left as Item).en = 'b'.repeat(41);
    })['paradoxes.json'] };
    files['dilemmas.json'] = filesWith('dilemmas.json', (dilemmas) => {
      const dilemma = itemWithId(dilemmas, 'de-heidag');
      (dilemma.situation as Item).nl = 'c'.repeat(601);
      (itemWithId(dilemma.options as Item[], 'afzeggen').label as Item).en = 'd'.repeat(81);
    })['dilemmas.json'];
    expect(problemsOf(files)).toEqual([
      'paradoxes.json: paradox "hectiek-rust": left.en is too long (41 > 40 characters)',
      'prompts.json: prompt "p-rc-3": text.nl is too long (241 > 240 characters)',
      'dilemmas.json: dilemma "de-heidag": situation.nl is too long (601 > 600 characters)',
      'dilemmas.json: dilemma "de-heidag": options[afzeggen].label.en is too long (81 > 80 characters)',
    ]);
  });

  it('when a signal word has a capital, then validation points at the word inside the role', () => {
    const files = filesWith('lenses.json', (lenses) => {
      const roles = itemWithId(lenses, 'ideaaltypen').roles as Item[];
      const words = itemWithId(roles, 'bureaucraat').words as Record<string, string[]>;
      words.nl = ['Procedure', ...(words.nl ?? []).slice(1)];
    });
    expect(problemsOf(files)).toEqual(['lenses.json: lens "ideaaltypen": roles[bureaucraat].words.nl[0] must be lowercase']);
  });

  it('when a file is missing or a field is unknown, then validation says so', () => {
    const files = filesWith('tactics.json', (tactics) => {
      const first = tactics[0];
      if (first !== undefined) first.naam = 'typo';
    });
    delete files['weekly-questions.json'];
    expect(problemsOf(files)).toEqual([
      'weekly-questions.json: is missing',
      'tactics.json: tactic "tegenspraak": has unknown field "naam"',
    ]);
  });

  it('when a role has no nudge, then validation names the lens and role', () => {
    const files = filesWith('nudges.json', (nudges) => {
      nudges.splice(nudges.findIndex((nudge) => nudge.roleId === 'bestendiger'), 1);
    });
    expect(problemsOf(files)).toEqual(['lenses.json: lens "leiderschap": role "bestendiger": has no nudge in nudges.json']);
  });

  it('when a prompt lacks its fit or names an unknown layer or kind of work, then validation says which field', () => {
    const files = filesWith('prompts.json', (prompts) => {
      const prompt = itemWithId(prompts, 'p-mo-1');
      delete prompt.needsTeam;
      prompt.layers = ['rijk', 'deelgemeente'];
      prompt.work = [];
    });
    expect(problemsOf(files)).toEqual([
      'prompts.json: prompt "p-mo-1": layers[1] Invalid option: expected one of "rijk"|"provincie"|"gemeente"|"waterschap"|"uitvoeringsorganisatie"',
      'prompts.json: prompt "p-mo-1": work needs at least 1 items',
      'prompts.json: prompt "p-mo-1": needsTeam is missing',
    ]);
  });

  it('when a prompt has a text for a layer it is not tagged with, or a calendar moment that does not exist, then validation says so', () => {
    const files = filesWith('prompts.json', (prompts) => {
      const prompt = itemWithId(prompts, 'p-mo-consultatie');
      prompt.layerText = { gemeente: { nl: 'Las je vandaag inspraakreacties?', en: 'Did you read responses today?' } };
      itemWithId(prompts, 'p-mo-2').calendar = 'sinterklaas';
    });
    expect(problemsOf(files)).toEqual([
      'prompts.json: prompt "p-mo-2": calendar Invalid option: expected one of "voorjaarsnota"|"verantwoordingsdag"|"prinsjesdag"|"begrotingsbehandeling"|"zomerreces"|"kerstreces"',
      'prompts.json: prompt "p-mo-consultatie": layerText names a layer the prompt is not tagged with',
    ]);
  });

  it('when a recess period is misdated, then validation names the recess and the field', () => {
    const files = filesWith('recesses.json', (recesses) => {
      itemWithId(recesses, 'zomerreces-2023').end = '2023-06-30';
      itemWithId(recesses, 'zomerreces-2024').id = 'zomer-2024';
      itemWithId(recesses, 'kerstreces-2025').start = '2025-12-32';
    });
    expect(problemsOf(files)).toEqual([
      'recesses.json: recess "zomerreces-2023": end should be on or after the start, and at most 100 days later',
      'recesses.json: recess "zomer-2024": id should be <moment>-<year it starts>',
      'recesses.json: recess "kerstreces-2025": start is not a date (use yyyy-mm-dd)',
    ]);
  });

  it('when a recess starts in the wrong month for its moment, then validation says so', () => {
    const files = filesWith('recesses.json', (recesses) => {
      const recess = itemWithId(recesses, 'kerstreces-2023');
      recess.start = '2023-07-07';
      recess.end = '2023-09-04';
    });
    expect(problemsOf(files)).toEqual(['recesses.json: recess "kerstreces-2023": start is not in the month this recess starts in']);
  });

  it('when an item has no usable id, then validation names it by its position', () => {
    const files = filesWith('weekly-questions.json', (questions) => {
      const first = questions[0];
      if (first !== undefined) first.id = 'Met Spaties';
    });
    expect(problemsOf(files)).toEqual([
      'weekly-questions.json: weekly question "Met Spaties": id is not a valid id (use lowercase letters, digits and dashes)',
    ]);
  });
});
