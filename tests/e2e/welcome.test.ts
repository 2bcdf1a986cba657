import type { Locator } from 'playwright-core';
import { axeCard, cardHeight, cardTexts, cardWith } from './support/card-checks';
import { usePlayground } from './support/playground-session';

jest.setTimeout(300_000);

const WELCOME = 'Welkom bij Positie';
const QUESTION = 'Waar stond jij vandaag?';

/**
 * Issue 27 in the Agents Playground, in Dutch: the first week starts with the welcome, a first
 * answer is four taps from first contact, and the cards met on the way pass axe (no serious or
 * critical violation inside the card).
 */
describe('a first week that starts right, in the Agents Playground', () => {
  const s = usePlayground({ SCHEDULER: 'off' }, { ready: (ui) => ui.page.getByText(WELCOME).first().waitFor() });
  const axeCounts: Record<string, unknown> = {};
  afterAll(() => console.log(JSON.stringify({ axe: axeCounts })));

  let taps = 0;
  const tap = async (target: Locator): Promise<void> => {
    taps += 1;
    await ((await target.getAttribute('type')) === 'radio' ? target.check() : target.click());
  };

  it('when the chat opens, then one welcome asks when, your work and a reminder, with the defaults chosen, and passes axe', async () => {
    const { page } = s.ui;
    const welcome = cardWith(page, WELCOME);
    // The Playground shows a time in its own format ("4:00 PM"); the sentence below says it in Dutch.
    await expect(welcome.getByLabel('Hoe laat?').inputValue()).resolves.toMatch(/^(16:00|4:00 PM)$/);
    await expect(welcome.getByRole('checkbox', { name: 'vrijdag' }).isChecked()).resolves.toBe(true);
    await expect(welcome.getByRole('checkbox', { name: 'zaterdag' }).isChecked()).resolves.toBe(false);
    await expect(welcome.getByRole('radio', { name: 'Geen herinnering' }).isChecked()).resolves.toBe(true);
    await welcome.getByText(/Laat je alles zo, dan komt je eerste vraag op .* om 16:00\./).waitFor();
    const report = await axeCard(page, welcome);
    axeCounts.welcome = report;
    expect(report.violations).toEqual([]);
  });

  it('when the person starts from the welcome, then the first question comes below and a first answer takes four taps', async () => {
    const { page } = s.ui;
    await tap(cardWith(page, WELCOME).getByRole('button', { name: 'Opslaan en eerste vraag' }));
    await page.getByText('Opgeslagen. Je eerste vraag staat hieronder.', { exact: false }).waitFor();
    const question = cardWith(page, QUESTION);
    await question.waitFor();
    expect((await cardTexts(page)).at(-1)).toContain(QUESTION);

    // Today's daily card, as the Playground renders it: the "before" figure of issue 27's redesign.
    const desktop = await cardHeight(question);
    const phone = await cardHeight(question, 330);
    console.log(JSON.stringify({ dailyCardHeight: { desktop, phone } }));
    expect(phone.width).toBe(330);
    expect(phone.height).toBeGreaterThan(desktop.height);

    await tap(question.locator('input[type=radio][value="3"]'));
    await tap(question.locator('input[type=radio][value="verbinder"]'));
    await tap(question.getByRole('button', { name: 'Opslaan', exact: true }));
    const answered = cardWith(page, 'Opgeslagen. Dank je voor je reflectie.');
    await answered.waitFor();
    console.log(JSON.stringify({ tapsToFirstAnswer: taps }));
    expect(taps).toBe(4);
    const report = await axeCard(page, answered);
    axeCounts.answered = report;
    expect(report.violations).toEqual([]);
  });

  it('when the person types hulp, then the help card passes axe', async () => {
    await s.ui.say('hulp');
    const help = cardWith(s.ui.page, 'Wat kan ik voor je doen?');
    const report = await axeCard(s.ui.page, help);
    axeCounts.help = report;
    expect(report.violations).toEqual([]);
  });

  it('when the person saves a new time in settings, then the card says Opgeslagen. and passes axe', async () => {
    const { page } = s.ui;
    await s.ui.say('instellingen');
    const settings = cardWith(page, 'Je instellingen');
    await settings.getByLabel('Hoe laat?').fill('08:30');
    await settings.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const saved = cardWith(page, 'Opgeslagen.');
    await saved.getByText(/Je volgende vraag komt .* om 08:30/).waitFor();
    const report = await axeCard(page, saved);
    axeCounts.settings = report;
    expect(report.violations).toEqual([]);
  });

  it('when the person erases their data and says hoi, then the welcome comes again with the defaults, and Later keeps them', async () => {
    const { page } = s.ui;
    await s.ui.say('verwijder mijn gegevens');
    await page.getByRole('button', { name: 'Ja, wis alles' }).last().click();
    await page.getByText('Al je gegevens zijn gewist.', { exact: false }).last().waitFor();
    // The first welcome became its confirmation: this one is new, at the bottom, with the defaults again (not 08:30).
    await s.ui.say('hoi');
    const welcome = cardWith(page, WELCOME);
    await welcome.getByText(/Laat je alles zo, dan komt je eerste vraag op .* om 16:00\./).waitFor();
    expect((await cardTexts(page)).at(-1)).toContain(WELCOME);
    await welcome.getByRole('button', { name: 'Later' }).click();
    const kept = cardWith(page, 'Prima, dan blijft het zo.');
    await kept.getByText('instellingen', { exact: false }).waitFor();
    const report = await axeCard(page, kept);
    axeCounts.later = report;
    expect(report.violations).toEqual([]);
  });
});
