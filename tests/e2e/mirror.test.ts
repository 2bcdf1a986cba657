import { TableClient } from '@azure/data-tables';
import type { Answer } from '../../src/domain/answer';
import { addDays, addWeeks, weekStartOf } from '../../src/domain/iso-week';
import { AnswersRepository } from '../../src/store/answers-repository';
import { afterWelcome, usePlayground } from './support/playground-session';

jest.setTimeout(300_000);

/** The Playground's current user (see .m365agentsplayground.yml). */
const SANNE = '00000000-0000-0000-0000-0000000000020';

describe('the mirror in the Agents Playground', () => {
  const s = usePlayground({ SCHEDULER: 'off', DEFAULT_LANGUAGE: 'en' }, { ownTables: `e2emirror${Date.now() % 100000}`, ready: afterWelcome });

  const answersTable = (): TableClient => TableClient.fromConnectionString(s.connectionString, `${s.prefix}Answers`, { allowInsecureConnection: true });

  async function sannesKey(): Promise<string> {
    for await (const row of answersTable().listEntities()) if (String(row.partitionKey).includes(SANNE)) return String(row.partitionKey);
    throw new Error('Sanne has no answers yet');
  }

  /** One reflection a day: the first answer is the day's, the next ones are extra questions offered after it. */
  async function reflectAs(role: 'verbinder' | 'bureaucraat', nth: number): Promise<void> {
    await s.ui.say('reflect');
    if (nth > 0) await s.ui.page.getByRole('button', { name: 'Extra question' }).last().click();
    await s.ui.page.getByText('Where did you stand today?').last().waitFor();
    await s.ui.page.locator('input[type=radio][value="3"]').last().check();
    await s.ui.page.locator(`input[type=radio][value="${role}"]`).last().check();
    await s.ui.page.getByRole('button', { name: 'Save' }).last().click();
    await s.ui.page.getByText('Saved. Thank you for reflecting.').nth(nth).waitFor();
  }

  it('when Sanne answers Verbinder, Verbinder, Bureaucraat, then the weekly summary shows "67 %" as text', async () => {
    const { page } = s.ui;
    await reflectAs('verbinder', 0);
    await reflectAs('verbinder', 1);
    await reflectAs('bureaucraat', 2);

    await s.ui.say('settings');
    await page.getByText('Your settings').last().waitFor();
    await page.locator('input[type=radio][value="nl"]').last().check();
    await page.getByRole('button', { name: 'Save' }).last().click();
    await page.getByText('Opgeslagen.', { exact: true }).last().waitFor();

    await s.ui.say('samenvatting');
    // The Playground draws the chart itself; the figures stand beside it as text.
    await page.getByText('67 % · 2×').last().waitFor();
    await page.getByText('33 % · 1×').last().waitFor();
  });

  it('when Sanne types geschiedenis, then her weeks open and her notes page from newest to older', async () => {
    const { page } = s.ui;
    // Seven earlier answers with notes, one a week, so that the notes fill two pages of five.
    const key = await sannesKey();
    const repository = new AnswersRepository(answersTable());
    const thisWeek = weekStartOf(new Date(), 'Europe/Amsterdam');
    for (let week = 1; week <= 7; week += 1) {
      const localDate = addDays(addWeeks(thisWeek, -week), 1);
      const answer: Answer = { deliveryId: `e2e-${week}`, promptId: 'p-mo-1', paradoxId: 'maakbaar-open', position: 2, lens: 'ideaaltypen', roleId: 'ondernemer', answeredAt: `${localDate}T15:00:00Z`, localDate, note: `Notitie van ${week} weken terug` };
      await repository.save(key, answer);
    }

    await s.ui.say('geschiedenis');
    await page.getByText('Je laatste 12 weken').last().waitFor();
    await page.getByRole('button', { name: 'Mijn notities' }).last().click();
    await page.getByText('1–5 van 7, nieuwste eerst').last().waitFor();
    await page.getByText('Notitie van 1 weken terug').last().waitFor();
    await page.getByRole('button', { name: 'Oudere' }).last().click();
    await page.getByText('6–7 van 7, nieuwste eerst').last().waitFor();
    await page.getByText('Notitie van 7 weken terug').last().waitFor();
    await page.getByRole('button', { name: 'Nieuwere' }).last().click();
    await page.getByText('1–5 van 7, nieuwste eerst').last().waitFor();
  });
});
