import { DateTime } from 'luxon';
import type { Locator } from 'playwright-core';
import { axeCard, bottomCardWith, cardHeight, cardTexts, cardWith } from './support/card-checks';
import { devTick } from './support/dev-tick';
import { usePlayground } from './support/playground-session';

jest.setTimeout(300_000);

const WELCOME = 'Welkom bij Positie';
const QUESTION = 'Waar stond jij vandaag?';
const SAVED = 'Opgeslagen. Dank je voor je reflectie.';
/** A phone screen: the daily card as first shown fits in it at a card width of 330 px. */
const PHONE_SCREEN = 640;

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

  it('when the person starts from the welcome, then the first question comes below, fits one phone screen, and a first answer takes four taps (three on the question)', async () => {
    const { page } = s.ui;
    await tap(cardWith(page, WELCOME).getByRole('button', { name: 'Opslaan en eerste vraag' }));
    await page.getByText('Opgeslagen. Je eerste vraag staat hieronder.', { exact: false }).waitFor();
    const question = cardWith(page, QUESTION);
    await question.waitFor();
    expect((await cardTexts(page)).at(-1)).toContain(QUESTION);

    // The daily card as first shown, as the Playground renders it: at most one phone screen at 330 px.
    const desktop = await cardHeight(question);
    const phone = await cardHeight(question, 330);
    console.log(JSON.stringify({ dailyCardHeight: { desktop, phone } }));
    expect(phone.width).toBe(330);
    expect(phone.height).toBeLessThanOrEqual(PHONE_SCREEN);
    // What the answer needs is shown, not folded: the positions, the roles and Opslaan.
    for (const needed of [question.locator('input[type=radio][value="3"]'), question.locator('input[type=radio][value="verbinder"]'), question.getByRole('button', { name: 'Opslaan', exact: true })]) {
      await expect(needed.isVisible()).resolves.toBe(true);
    }
    // What is folded is a tap away, in Dutch: the explanation, the approach and the note (with its limit).
    await expect(question.getByText('Hooguit 1000 tekens', { exact: false }).isVisible()).resolves.toBe(false);
    const report = await axeCard(page, question);
    axeCounts.dailyPromptFolded = report;
    expect(report.violations).toEqual([]);

    const onCard = taps;
    await tap(question.locator('input[type=radio][value="3"]'));
    await tap(question.locator('input[type=radio][value="verbinder"]'));
    await tap(question.getByRole('button', { name: 'Opslaan', exact: true }));
    const answered = cardWith(page, SAVED);
    await answered.waitFor();
    console.log(JSON.stringify({ tapsToFirstAnswer: taps, tapsOnTheQuestion: taps - onCard }));
    expect(taps - onCard).toBe(3);
    expect(taps).toBe(4);
    const answeredReport = await axeCard(page, answered);
    axeCounts.answered = answeredReport;
    expect(answeredReport.violations).toEqual([]);
  });

  it('when the person unfolds the approach and the note, then they are there in Dutch with the limit, and what was filled in comes back on Aanpassen', async () => {
    const { page } = s.ui;
    await s.ui.say('reflecteer');
    await (await bottomCardWith(page, 'Extra vraag')).getByRole('button', { name: 'Extra vraag' }).click();
    const question = await bottomCardWith(page, QUESTION);
    await question.getByRole('button', { name: 'Uitleg bij deze vraag en de rollen' }).click();
    await question.getByText('Verbinder:', { exact: false }).waitFor();
    await question.getByRole('button', { name: 'Aanpak: hoe nam je positie?' }).click();
    await question.getByText('Geen', { exact: true }).waitFor();
    await question.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await question.getByText('Hooguit 1000 tekens', { exact: false }).waitFor();
    const report = await axeCard(page, question);
    axeCounts.dailyPromptUnfolded = report;
    expect(report.violations).toEqual([]);
    await question.locator('input[type=radio][value="2"]').check();
    await question.locator('input[type=radio][value="bureaucraat"]').check();
    await question.getByLabel('Notitie (alleen voor jou)').fill('Het overleg liep uit.');
    await question.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const saved = await bottomCardWith(page, SAVED);
    await saved.getByText('Het overleg liep uit.').waitFor();
    await saved.getByRole('button', { name: 'Aanpassen' }).click();
    const edit = await bottomCardWith(page, QUESTION);
    // The note holds a value, so it opens unfolded.
    await expect(edit.getByLabel('Notitie (alleen voor jou)').inputValue()).resolves.toBe('Het overleg liep uit.');
    await expect(edit.locator('input[type=radio][value="bureaucraat"]').isChecked()).resolves.toBe(true);
  });

  it('when a question may not have come up that day, then "Speelde vandaag niet" and Opslaan are two taps, with no role asked', async () => {
    const { page } = s.ui;
    // The question of a day is fixed for the person and the date: the prompts of the next weekdays,
    // until one may not have come up (about a third of the library). The clock moves with them.
    let question = undefined as Locator | undefined;
    const start = DateTime.now().setZone('Europe/Amsterdam').startOf('day');
    for (let day = 1; day <= 21 && !question; day += 1) {
      const at = start.plus({ days: day }).set({ hour: 16, minute: 0, second: 30 });
      if (at.weekday > 5) continue;
      if ((await devTick(s.bot, at.toJSDate())).sent.length === 0) continue;
      const card = await bottomCardWith(page, QUESTION);
      if ((await card.getByText('Speelde vandaag niet').count()) > 0) question = card;
    }
    if (!question) throw new Error('no question that may not have come up on the next 15 weekdays');
    const before = taps;
    await tap(question.getByText('Speelde vandaag niet'));
    await tap(question.getByRole('button', { name: 'Opslaan', exact: true }));
    const saved = await bottomCardWith(page, SAVED);
    await saved.getByText('Speelde vandaag niet').waitFor();
    expect(taps - before).toBe(2);
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
