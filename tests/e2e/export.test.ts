import { axePage, cardWith } from './support/card-checks';
import { usePlayground } from './support/playground-session';

jest.setTimeout(240_000);

/** A note with a long unbroken link, the kind that pushes a page sideways. */
const NOTE = `Overleg over https://www.example.nl/beleid/dossiers/${'spanningsveld-'.repeat(8)}einde liep uit; ik hield vast aan de kern.`;

/**
 * Issue 27: the readable export (HTML) reflows on a phone of 360 px, without sideways
 * scrolling, and has no serious or critical axe violation (our own page: no allow-list).
 */
describe('the readable export on a phone, from the Agents Playground', () => {
  const s = usePlayground({ SCHEDULER: 'off' }, { ready: (ui) => ui.page.getByText('Welkom bij Positie').first().waitFor() });

  it('when the person opens "Lees of print" on a 360 px screen, then nothing sticks out sideways and axe finds nothing serious', async () => {
    const { page } = s.ui;
    await s.ui.say('reflecteer');
    const question = cardWith(page, 'Waar stond jij vandaag?');
    await question.locator('input[type=radio][value="1"]').check();
    await question.locator('input[type=radio][value="bureaucraat"]').check();
    await question.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await question.getByLabel('Notitie (alleen voor jou)').fill(NOTE);
    await question.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await cardWith(page, 'Opgeslagen. Dank je voor je reflectie.').waitFor();

    await s.ui.say('mijn gegevens');
    const links = cardWith(page, 'Je gegevens');
    // The link works once: the Playground's window.open is caught, so the page is opened only on a phone-sized screen.
    await page.evaluate('window.open = (url) => { window.positieOpened = String(url); return null; }');
    await links.getByText('Lees of print', { exact: true }).click();
    await page.waitForFunction('window.positieOpened !== undefined');
    const link = String(await page.evaluate('window.positieOpened'));
    const context = page.context();
    expect(link).toContain('format=html');

    const browser = context.browser();
    if (!browser) throw new Error('no browser');
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const export360 = await phone.newPage();
      const response = await export360.goto(link);
      expect(response?.status()).toBe(200);
      await export360.getByText(NOTE.slice(0, 40), { exact: false }).waitFor();
      const width = await export360.evaluate('document.documentElement.scrollWidth');
      console.log(JSON.stringify({ exportScrollWidthAt360: width }));
      expect(width).toBeLessThanOrEqual(360);
      const axe = await axePage(export360);
      console.log(JSON.stringify({ axe: { export: axe } }));
      expect(axe.violations).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
