import { TableClient } from '@azure/data-tables';
import { cardWith } from './support/card-checks';
import { afterWelcome, usePlayground } from './support/playground-session';

jest.setTimeout(180_000);

/** The Playground's current user (see .m365agentsplayground.yml). */
const SANNE = '00000000-0000-0000-0000-0000000000020';

describe('daily reflection in the Agents Playground', () => {
  const s = usePlayground({ SCHEDULER: 'off', DEFAULT_LANGUAGE: 'en' }, { ownTables: `e2e${Date.now() % 100000}`, ready: afterWelcome });

  async function answersOfSanne(): Promise<Record<string, unknown>[]> {
    const table = TableClient.fromConnectionString(s.connectionString, `${s.prefix}Answers`, { allowInsecureConnection: true });
    const rows: Record<string, unknown>[] = [];
    for await (const row of table.listEntities()) if (String(row.partitionKey).includes(SANNE)) rows.push(row);
    return rows;
  }

  // Before the answer: once today is answered, reflect shows that answer and offers an extra question.
  it('when the person snoozes a prompt, then the card says when it comes again', async () => {
    await s.ui.say('reflect');
    await s.ui.page.getByRole('button', { name: 'In 2 hours' }).last().click();
    await s.ui.page.getByText('I will ask you again at').last().waitFor();
  });

  it('when the person types reflect, answers, edits and answers again, then the card shows the answer and one answer is stored', async () => {
    const { page } = s.ui;
    const started = Date.now();
    await s.ui.say('reflect');
    await page.getByText('Where did you stand today?').last().waitFor();
    const cardMs = Date.now() - started;
    console.log(JSON.stringify({ reflectToCardMs: cardMs }));

    await page.locator('input[type=radio][value="2"]').last().check();
    await page.locator('input[type=radio][value="verbinder"]').last().check();
    // The note is folded: a tap on "Note" shows it.
    await page.getByRole('button', { name: 'Note: add one' }).last().click();
    await page.getByPlaceholder('What happened, what did you notice?').last().fill('Overleg met de wethouder liep uit');
    await page.getByRole('button', { name: 'Save' }).last().click();
    await page.getByText('Saved. Thank you for reflecting.').last().waitFor();
    await page.getByText('Overleg met de wethouder liep uit').last().waitFor();
    await page.getByText('Connector', { exact: true }).last().waitFor();

    await page.getByRole('button', { name: 'Edit' }).last().click();
    await page.locator('input[type=radio][value="bureaucraat"]').last().check();
    await page.getByRole('button', { name: 'Save' }).last().click();
    // The role is a short title on the question too: wait for the answered card that shows it.
    await cardWith(page, 'Saved. Thank you for reflecting.').filter({ hasText: 'Bureaucrat' }).waitFor();

    const answers = await answersOfSanne();
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ position: 2, roleId: 'bureaucraat', note: 'Overleg met de wethouder liep uit' });
  });

  it('when the person changes the time in settings, then the card says it is saved and shows it back', async () => {
    const { page } = s.ui;
    await s.ui.say('settings');
    await page.getByText('Your settings').last().waitFor();
    const time = page.getByLabel('At what time?').last();
    await time.fill('08:30');
    await page.getByRole('button', { name: 'Save' }).last().click();
    await page.getByText('Saved.', { exact: true }).last().waitFor();
    await page.getByText(/Your next question comes on .* at 08:30/).last().waitFor();
  });
});
