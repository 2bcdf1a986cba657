import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { clickEffectOf, VERBS } from '../../src/cards/verbs';
import { ACTIONS, COMMANDS } from '../../src/features/registry';
import { COMMAND_WORDS, type CommandKind } from '../../src/features/commands';

const cardsDir = path.join(__dirname, '../../cards');

/** Every `"verb": "…"` written in a card template. */
function templateVerbs(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(cardsDir).filter((f) => f.endsWith('.json'))) {
    for (const match of readFileSync(path.join(cardsDir, file), 'utf8').matchAll(/"verb"\s*:\s*"([^"]*)"/g)) {
      const verb = match[1] ?? '';
      found.set(verb, [...(found.get(verb) ?? []), file]);
    }
  }
  return found;
}

describe('card verbs and their handlers', () => {
  it('when a template names a verb, then a handler is registered for it', () => {
    const registered = new Set(ACTIONS.map((a) => a.verb));
    const orphans = [...templateVerbs().entries()].filter(([verb]) => !registered.has(verb as (typeof ACTIONS)[number]['verb']));
    expect(orphans).toEqual([]);
  });

  it('when a handler is registered, then some card uses its verb, and it is in the verbs module', () => {
    const used = templateVerbs();
    expect(ACTIONS.map((a) => a.verb).filter((verb) => !used.has(verb))).toEqual([]);
    expect(ACTIONS.map((a) => a.verb).sort()).toEqual(Object.values(VERBS).sort());
  });

  it('when a command has words, then exactly one definition handles it', () => {
    const kinds = COMMANDS.map((c) => c.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    const withWords = [...(Object.keys(COMMAND_WORDS) as CommandKind[]), 'coachAccept'];
    expect([...kinds].sort()).toEqual([...withWords].sort());
  });

  it('when a card must never be replaced (weekly summary, quarter mirror, check-in results, hello), then every button on it opens something below', () => {
    const kept = ['weekly-summary.json', 'weekly-summary-empty.json', 'quarter-mirror.json', 'checkin-results.json', 'talk.json', 'history.json', 'notes.json'];
    const onKept = [...templateVerbs().entries()].filter(([, files]) => files.some((f) => kept.includes(f))).map(([verb]) => verb);
    expect(onKept.length).toBeGreaterThan(4);
    expect(onKept.filter((verb) => clickEffectOf(verb) !== 'opens')).toEqual([]);
  });

  it('when a verb answers or edits the card it is on, then it updates that card in place; an unknown verb replaces nothing', () => {
    for (const verb of [VERBS.answer, VERBS.edit, VERBS.saveSettings, VERBS.checkinAnswer, VERBS.craftSave]) expect(clickEffectOf(verb)).toBe('updates');
    for (const verb of [VERBS.reflectNow, VERBS.openSettings, VERBS.craftOpen, VERBS.historyOpen, VERBS.runCommand]) expect(clickEffectOf(verb)).toBe('opens');
    expect(clickEffectOf('toString')).toBe('opens');
    expect(clickEffectOf(undefined)).toBe('opens');
  });
});
