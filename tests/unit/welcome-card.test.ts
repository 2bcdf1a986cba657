import { renderDailyAnswered } from '../../src/cards/daily-answered-card';
import { renderSettings } from '../../src/cards/settings-card';
import { settingsStrings } from '../../src/cards/strings/settings-strings';
import { welcomeStrings } from '../../src/cards/strings/welcome-strings';
import { renderWelcome } from '../../src/cards/welcome-card';
import { loadContent } from '../../src/content/load-content';
import { defaultSettings } from '../../src/domain/person-settings';
import { toValues } from '../../src/features/settings/settings-values';
import { cardProblems } from '../support/card-validation';

const library = loadContent();
const defaults = toValues(defaultSettings('Europe/Amsterdam', 'nl'));
const welcomeValues = { days: defaults.days, time: defaults.time, layer: defaults.layer, kindsOfWork: defaults.kindsOfWork, leadsPeople: defaults.leadsPeople, reminder: defaults.reminder, reminderTime: defaults.reminderTime };

type Element = Record<string, unknown>;

/** Every element of a card, depth first. */
function elements(node: unknown): Element[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Element;
  return [...(typeof record.type === 'string' ? [record] : []), ...Object.values(record).flatMap(elements)];
}

const inputs = (card: unknown): Element[] => elements(card).filter((e) => String(e.type).startsWith('Input.'));

describe('the welcome card', () => {
  it.each(['nl', 'en'] as const)('when rendered in %s for a new person, then it asks when, work and reminder with the defaults preselected, as a valid card', (locale) => {
    const card = renderWelcome({ locale, values: welcomeValues, firstWhen: 'op maandag 24 november om 16:00' });
    expect(cardProblems(card)).toEqual([]);
    const byId = Object.fromEntries(inputs(card).map((i) => [i.id, i.value]));
    expect(byId).toEqual({ days: '1,2,3,4,5', time: '16:00', layer: 'rijk', kindsOfWork: 'beleid', leadsPeople: 'false', reminder: 'false' });
    expect((card.actions as Element[]).map((a) => [a.title, a.verb])).toEqual([
      [welcomeStrings[locale].start, 'welcome.save'],
      [welcomeStrings[locale].later, 'welcome.later'],
    ]);
    expect(JSON.stringify(card)).toContain(welcomeStrings[locale].firstAt('op maandag 24 november om 16:00'));
  });

  it('when the welcome and the settings card ask the same thing, then they use the same words', () => {
    const welcome = Object.fromEntries(inputs(renderWelcome({ locale: 'nl', values: welcomeValues })).map((i) => [i.id, i.label]));
    const settings = Object.fromEntries(inputs(renderSettings(library, { locale: 'nl', values: defaults })).map((i) => [i.id, i.label]));
    for (const id of ['days', 'time', 'layer', 'kindsOfWork', 'leadsPeople']) expect({ id, label: welcome[id] }).toEqual({ id, label: settings[id] });
    expect(welcome.days).toBe(settingsStrings.nl.days);
  });

  it('when the string tables are compared, then English has every Dutch key', () => {
    expect(Object.keys(welcomeStrings.en)).toEqual(Object.keys(welcomeStrings.nl));
  });
});

describe('inputs anyone can use', () => {
  it.each(['nl', 'en'] as const)('when the welcome and settings cards are rendered in %s, then every input has a label of its own', (locale) => {
    const all = [...inputs(renderWelcome({ locale, values: welcomeValues })), ...inputs(renderSettings(library, { locale, values: defaults }))];
    expect(all.length).toBeGreaterThan(15);
    expect(all.filter((i) => typeof i.label !== 'string' || i.label.trim() === '').map((i) => i.id)).toEqual([]);
  });

  it('when something is saved, then "Opgeslagen." is in the text colour, not in a light green that fails contrast', () => {
    const saved = renderSettings(library, { locale: 'nl', values: defaults, saved: true, nextText: '' });
    const answer = { deliveryId: '2026-11-24_prompt', promptId: 'p', paradoxId: 'x', position: 3 as const, lens: 'ideaaltypen', roleId: 'verbinder', answeredAt: '2026-11-24T15:00:00Z', localDate: '2026-11-24' };
    const answered = renderDailyAnswered(library, answer, 'Vraag', 'nl', true);
    const savedTexts = [...elements(saved), ...elements(answered)].filter((e) => e.type === 'TextBlock' && String(e.text).startsWith('Opgeslagen.'));
    expect(savedTexts).toHaveLength(2);
    expect(savedTexts.map((t) => t.color ?? 'Default')).toEqual(['Default', 'Default']);
  });
});
