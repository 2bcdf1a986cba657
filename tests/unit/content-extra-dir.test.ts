import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError, findPrompt, loadContent } from '../../src/content/load-content';
import { windowOf } from '../../src/domain/political-calendar';

const extraPrompt = {
  id: 'gemeente-loket-1',
  paradoxId: 'ruimte-control',
  layers: ['gemeente'],
  work: ['uitvoering'],
  needsTeam: false,
  conditional: false,
  text: {
    nl: 'Denk aan een inwoner aan het loket vandaag. Wat mocht volgens de regels, en wat deed je?',
    en: 'Think of a resident at the counter today. What did the rules allow, and what did you do?',
  },
  competencyIds: ['omgevingsbewustzijn'],
};

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'positie-content-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(file: string, content: unknown): void {
  fs.writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
}

function problemsOf(load: () => unknown): readonly string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('operator content directory', () => {
  it('when an operator adds a prompt, then it is merged with the built-in library', () => {
    write('prompts.json', [extraPrompt]);
    const library = loadContent(dir);
    expect(findPrompt(library, 'gemeente-loket-1')).toEqual(extraPrompt);
    expect(library.prompts.length).toBe(loadContent().prompts.length + 1);
  });

  it('when an operator adds a paradox with its own prompt, then references between extra files resolve', () => {
    write('paradoxes.json', [
      {
        id: 'privacy-openheid',
        left: { nl: 'Privacy', en: 'Privacy' },
        right: { nl: 'Openheid', en: 'Openness' },
        why: { nl: 'Beide beschermen de burger.', en: 'Both protect the citizen.' },
      },
    ]);
    write('prompts.json', [{ ...extraPrompt, paradoxId: 'privacy-openheid' }]);
    expect(loadContent(dir).paradoxes.map((paradox) => paradox.id)).toContain('privacy-openheid');
  });

  it('when an operator adds next year\'s recesses, then the calendar uses them instead of the rule', () => {
    write('recesses.json', [{ id: 'zomerreces-2027', moment: 'zomerreces', start: '2027-07-09', end: '2027-09-06', source: 'https://www.tweedekamer.nl/debat_en_vergadering/recessen' }]);
    const { recesses } = loadContent(dir);
    expect(recesses.length).toBe(loadContent().recesses.length + 1);
    expect(windowOf('zomerreces', 2027, recesses)).toEqual({ start: '2027-07-09', end: '2027-09-06', source: 'published' });
  });

  it('when an operator lists a recess the content already has, then the error names both files', () => {
    write('recesses.json', [{ id: 'kerstreces-2025', moment: 'kerstreces', start: '2025-12-19', end: '2026-01-12', source: 'Tweede Kamer' }]);
    expect(problemsOf(() => loadContent(dir))).toEqual([`${path.join(dir, 'recesses.json')}: recess "kerstreces-2025": id clashes with one in recesses.json`]);
  });

  it('when an extra id clashes with a built-in one, then the error names the extra file and the id', () => {
    write('prompts.json', [{ ...extraPrompt, id: 'p-wb-1' }]);
    expect(problemsOf(() => loadContent(dir))).toEqual([
      `${path.join(dir, 'prompts.json')}: prompt "p-wb-1": id clashes with one in prompts.json`,
    ]);
  });

  it('when an extra item is broken, then it is validated like built-in content and named by its path', () => {
    write('prompts.json', [{ ...extraPrompt, text: { nl: extraPrompt.text.nl } }]);
    expect(() => loadContent(dir)).toThrow(`${path.join(dir, 'prompts.json')}: prompt "gemeente-loket-1": text.en is missing`);
  });

  it('when an extra file is not valid JSON, then the error names the file', () => {
    write('tactics.json', '[{ "id": ');
    expect(() => loadContent(dir)).toThrow(`${path.join(dir, 'tactics.json')}: is not valid JSON`);
  });

  it('when an extra file has a name the library does not know, then the error lists the expected names', () => {
    write('prompt.json', [extraPrompt]);
    expect(() => loadContent(dir)).toThrow(`${path.join(dir, 'prompt.json')}: is not a content file (expected one of lenses.json`);
  });

  it('when the directory does not exist, then the error names it', () => {
    const missing = path.join(dir, 'nope');
    expect(() => loadContent(missing)).toThrow(`${missing}: cannot read the content directory`);
  });
});
