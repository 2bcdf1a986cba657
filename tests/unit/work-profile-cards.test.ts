import { renderDailyAnswered } from '../../src/cards/daily-answered-card';
import { renderDailyPrompt } from '../../src/cards/daily-prompt-card';
import { renderSettings } from '../../src/cards/settings-card';
import { loadContent } from '../../src/content/load-content';
import type { Locale, Prompt } from '../../src/content/types';
import { NO_TACTIC, NOT_PLAYED, type Answer } from '../../src/domain/answer';
import { DEFAULT_PROFILE, fitting, type WorkProfile } from '../../src/domain/content-fit';
import { defaultSettings, hasWorkProfile, workProfileOf } from '../../src/domain/person-settings';
import { paradoxPositions } from '../../src/domain/weekly-summary-figures';
import { parseSettings, settingsPayloadSchema, toValues } from '../../src/features/settings/settings-values';
import { cardProblems } from '../support/card-validation';
import { choicesOf } from '../support/card-reading';

const library = loadContent();
const gemeente: WorkProfile = { layer: 'gemeente', kindsOfWork: ['uitvoering'], leadsPeople: false };

function promptWith(test: (p: Prompt) => boolean): Prompt {
  const prompt = library.prompts.find(test);
  if (!prompt) throw new Error('no such prompt in the library');
  return prompt;
}

const card = (prompt: Prompt, locale: Locale, profile: WorkProfile = DEFAULT_PROFILE) =>
  renderDailyPrompt(library, { deliveryId: '2026-11-24_prompt', ticket: 't', prompt, lens: 'ideaaltypen', locale, profile, showSnooze: true, showSkip: true });

describe('the daily prompt card for a work profile', () => {
  it.each(['nl', 'en'] as const)('when a conditional prompt is rendered in %s, then it is valid 1.5 and offers "did not come up" as position 0', (locale) => {
    const rendered = card(promptWith((p) => p.conditional), locale);
    expect(cardProblems(rendered)).toEqual([]);
    expect(choicesOf(rendered, 'position')).toEqual(['1', '2', '3', '4', '5', String(NOT_PLAYED)]);
    expect(JSON.stringify(rendered)).toContain(locale === 'nl' ? 'Speelde vandaag niet' : 'Did not come up today');
    expect(JSON.stringify(rendered)).toContain(locale === 'nl' ? 'Laat namen en vertrouwelijke details weg' : 'Leave out names and confidential details');
  });

  it('when first shown, then the explanation, the approach and the note are folded; on an edit, what holds a value opens', () => {
    const prompt = promptWith((p) => !p.conditional);
    const visible = (rendered: Record<string, unknown>, id: string): unknown => (rendered.body as { id?: string; isVisible?: unknown }[]).find((e) => e.id === id)?.isVisible;
    const first = card(prompt, 'nl');
    expect(['explain', 'approach', 'noteFold'].map((id) => visible(first, id))).toEqual([false, false, false]);
    const edit = renderDailyPrompt(library, { deliveryId: 'd', ticket: 't', prompt, lens: 'ideaaltypen', locale: 'nl', profile: DEFAULT_PROFILE, values: { position: '2', role: 'verbinder', tactic: fitting(library.tactics, DEFAULT_PROFILE)[0]?.id ?? '', note: 'Liep uit.' }, showSnooze: false, showSkip: false });
    expect(['explain', 'approach', 'noteFold'].map((id) => visible(edit, id))).toEqual([false, true, true]);
    // "Geen" is no value worth unfolding for.
    const none = renderDailyPrompt(library, { deliveryId: 'd', ticket: 't', prompt, lens: 'ideaaltypen', locale: 'nl', profile: DEFAULT_PROFILE, values: { tactic: NO_TACTIC }, showSnooze: false, showSkip: false });
    expect(visible(none, 'approach')).toBe(false);
    // The roles are short titles; what each means is in the fold, in the person's language.
    expect(JSON.stringify(first)).toContain('{"title":"Verbinder","value":"verbinder"}');
    expect(JSON.stringify(first)).toMatch(/"text":"\*\*Verbinder\*\*: [^"]+"/);
    expect(cardProblems(edit)).toEqual([]);
  });

  it('when a prompt is not conditional, then the scale has only its five places', () => {
    expect(choicesOf(card(promptWith((p) => !p.conditional), 'nl'), 'position')).toEqual(['1', '2', '3', '4', '5']);
  });

  it('when a prompt is conditional, then the client does not demand a role ("speelde vandaag niet" has none); otherwise it does', () => {
    const roleInput = (prompt: Prompt): string => /"id":"role"[^}]*"isRequired":(true|false)/.exec(JSON.stringify(card(prompt, 'nl')))?.[1] ?? '';
    expect(roleInput(promptWith((p) => p.conditional))).toBe('false');
    expect(roleInput(promptWith((p) => !p.conditional))).toBe('true');
  });

  it('when rendered for someone who leads nobody, then only the fitting tactics show, each with its description', () => {
    const rendered = card(promptWith((p) => !p.conditional), 'nl', gemeente);
    const expected = fitting(library.tactics, gemeente);
    expect(choicesOf(rendered, 'tactic')).toEqual([NO_TACTIC, ...expected.map((t) => t.id)]);
    expect(expected.some((t) => t.needsTeam)).toBe(false);
    for (const tactic of expected) expect(JSON.stringify(rendered)).toContain(JSON.stringify(`${tactic.name.nl} — ${tactic.description.nl}`).slice(1, -1));
    const leader = card(promptWith((p) => !p.conditional), 'nl', { ...gemeente, leadsPeople: true });
    expect(choicesOf(leader, 'tactic').length).toBeGreaterThan(expected.length);
  });

  it('when the prompt has words for the gemeente, then the card shows them to a gemeente and the Rijk text to Rijk', () => {
    const prompt = promptWith((p) => p.layerText?.gemeente !== undefined);
    expect(JSON.stringify(card(prompt, 'nl', { ...DEFAULT_PROFILE, layer: 'gemeente' }))).toContain(JSON.stringify(prompt.layerText?.gemeente?.nl).slice(1, -1));
    expect(JSON.stringify(card(prompt, 'nl'))).toContain(JSON.stringify(prompt.text.nl).slice(1, -1));
  });

  it('when an answer did not come up, then the answered card says so in words and the positions leave it out', () => {
    const prompt = promptWith((p) => p.conditional);
    const answer: Answer = { deliveryId: 'd', promptId: prompt.id, paradoxId: prompt.paradoxId, position: NOT_PLAYED, lens: 'ideaaltypen', roleId: 'verbinder', answeredAt: '2026-11-24T15:00:00Z', localDate: '2026-11-24' };
    const answered = renderDailyAnswered(library, answer, prompt.text.nl, 'nl', true);
    expect(cardProblems(answered)).toEqual([]);
    expect(JSON.stringify(answered)).toContain('Speelde vandaag niet');
    // A row from before stored a role with it: the answered card shows no role.
    expect(JSON.stringify(answered)).not.toMatch(/"title":"Rol"|Verbinder/);
    expect(paradoxPositions([answer, { ...answer, deliveryId: 'e', position: 2 }])).toEqual([{ paradoxId: prompt.paradoxId, answers: 1, spread: [0, 1, 0, 0, 0], average: 2, pole: 'left' }]);
    expect(paradoxPositions([answer])).toEqual([]);
  });
});

describe('who you are at work in the settings', () => {
  const current = defaultSettings('Europe/Amsterdam', 'nl');
  const values = { ...toValues(current) };

  it.each(['nl', 'en'] as const)('when the settings card is rendered in %s, then it is valid 1.5 and offers every layer and kind of work', (locale) => {
    const rendered = renderSettings(library, { locale, values });
    expect(cardProblems(rendered)).toEqual([]);
    expect(choicesOf(rendered, 'layer')).toEqual(['rijk', 'provincie', 'gemeente', 'waterschap', 'uitvoeringsorganisatie']);
    expect(choicesOf(rendered, 'kindsOfWork')).toEqual(['beleid', 'wetgeving', 'uitvoering', 'toezicht', 'bedrijfsvoering']);
  });

  it('when a profile has no work fields, then it reads the default and the card shows it', () => {
    expect(hasWorkProfile(current)).toBe(false);
    expect(workProfileOf(current)).toEqual(DEFAULT_PROFILE);
    expect(values).toMatchObject({ layer: 'rijk', kindsOfWork: 'beleid', leadsPeople: 'false' });
  });

  it('when the card sends a layer, several kinds and leading people, then they are parsed in library order', () => {
    const result = parseSettings({ ...values, layer: 'waterschap', kindsOfWork: 'toezicht, beleid,toezicht', leadsPeople: 'true' }, current, library, 'nl');
    expect(result).toEqual({ settings: expect.objectContaining({ layer: 'waterschap', kindsOfWork: ['beleid', 'toezicht'], leadsPeople: true }) });
  });

  it('when a card from before these settings sends none of them, then what the person had is kept', () => {
    const had = { ...current, layer: 'provincie' as const, kindsOfWork: ['wetgeving' as const], leadsPeople: true };
    const old = settingsPayloadSchema.parse({ ...values, layer: undefined, kindsOfWork: undefined, leadsPeople: undefined });
    expect(parseSettings(old, had, library, 'nl')).toEqual({ settings: expect.objectContaining({ layer: 'provincie', kindsOfWork: ['wetgeving'], leadsPeople: true }) });
  });

  it.each([
    ['an unknown layer', { layer: 'ministerie' }],
    ['an unknown kind of work', { kindsOfWork: 'beleid,lobby' }],
    ['leading people that is not true or false', { leadsPeople: 'ja' }],
  ])('when the card sends %s, then nothing is saved', (_name, change) => {
    expect(parseSettings({ ...values, ...change }, current, library, 'nl')).toEqual({ error: 'Een van de keuzes klopt niet. Er is niets opgeslagen.' });
  });
});
