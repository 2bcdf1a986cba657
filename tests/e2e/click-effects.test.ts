import type { Page } from 'playwright-core';
import { axeCard, bottomCardWith, type AxeReport, cardHeight, cardWith, CARD_SELECTOR } from './support/card-checks';
import { devTick, firstSummaryOfNextMonth } from './support/dev-tick';
import { usePlayground } from './support/playground-session';

jest.setTimeout(300_000);

const QUESTION = 'Waar stond jij vandaag?';
const SUMMARY = /Je week \d+ in Positie/;

/** The cards whose text contains `text`, as they read now. */
async function cardsWith(page: Page, text: string | RegExp): Promise<string[]> {
  return page.locator(CARD_SELECTOR).filter({ hasText: text }).allInnerTexts();
}

/**
 * Issue 27 in the Agents Playground: a button that opens something posts it at the bottom of the
 * chat; the card with the button stays as it was, and a weekly summary is never replaced.
 */
describe('what a click does to the card it is on, in the Agents Playground', () => {
  const s = usePlayground({ SCHEDULER: 'off' }, { ready: (ui) => ui.page.getByText('Welkom bij Positie').first().waitFor() });

  it('when "Vraag van vandaag" is clicked on an older hello card, then the question comes at the bottom and the hello card stays', async () => {
    const { page } = s.ui;
    await s.ui.say('hoi');
    const hello = cardWith(page, 'Zin in een vraag');
    await hello.waitFor();
    const helloText = await hello.innerText();
    await s.ui.say('hulp');
    await cardWith(page, 'Wat kan ik voor je doen?').waitFor();

    await hello.getByRole('button', { name: 'Vraag van vandaag' }).click();
    await bottomCardWith(page, QUESTION);
    expect(await cardsWith(page, 'Zin in een vraag')).toEqual([helloText]);
    // The Playground shows the note of the click with the hello card.
    await page.getByText('Staat hieronder in de chat.').first().waitFor();
  });

  it('when the weekly summary comes and its buttons are clicked, then each opens its card at the bottom and the summary stays as it was', async () => {
    const { page } = s.ui;
    const summaryAt = firstSummaryOfNextMonth();
    // The day before: stale entries move on; the prompt of 16:00 comes and is answered, so the week has an answer.
    await devTick(s.bot, summaryAt.minus({ days: 1 }).set({ hour: 12, minute: 0 }).toJSDate());
    await devTick(s.bot, summaryAt.minus({ days: 1 }).set({ hour: 16, minute: 0 }).toJSDate());
    const prompt = cardWith(page, QUESTION);
    await prompt.locator('input[type=radio][value="2"]').check();
    await prompt.locator('input[type=radio][value="ondernemer"]').check();
    await prompt.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await cardWith(page, 'Opgeslagen. Dank je voor je reflectie.').waitFor();

    const report = await devTick(s.bot, summaryAt.toJSDate());
    expect(report.sent.length).toBeGreaterThan(0);
    const summary = cardWith(page, SUMMARY);
    await summary.getByRole('button', { name: 'Vakmanschap: de vraag van de maand' }).waitFor();
    const before = await cardsWith(page, SUMMARY);
    expect(before).toHaveLength(1);
    const axeCounts: Record<string, AxeReport> = {};

    for (const [button, opened] of [
      ['Vakmanschap: de vraag van de maand', 'Vakmanschap: terugkijken op'],
      ['Geschiedenis', 'Je laatste 12 weken'],
      ['Instellingen', 'Je instellingen'],
    ] as const) {
      await summary.getByRole('button', { name: button }).click();
      const card = await bottomCardWith(page, opened);
      expect({ button, summaries: await cardsWith(page, SUMMARY) }).toEqual({ button, summaries: before });
      axeCounts[button] = await axeCard(page, card);
      if (button === 'Vakmanschap: de vraag van de maand') {
        const desktop = await cardHeight(card);
        const phone = await cardHeight(card, 330);
        console.log(JSON.stringify({ craftCardHeight: { desktop, phone } }));
        expect(phone.height).toBeLessThanOrEqual(640);
      }
    }

    // The summary's chart is drawn by the Playground: what axe finds in it is the renderer's alone.
    axeCounts.summary = await axeCard(page, summary);
    console.log(JSON.stringify({ axe: axeCounts }));
    for (const [card, report] of Object.entries(axeCounts)) expect({ card, violations: report.violations }).toEqual({ card, violations: [] });
  });
});
