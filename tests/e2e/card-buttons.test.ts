import { afterWelcome, usePlayground } from './support/playground-session';

jest.setTimeout(180_000);

const QUESTION = 'Where did you stand today?';

/**
 * The buttons of the welcome card and the empty summary, clicked in the Agents Playground:
 * they are card actions (Action.Execute), which the Playground delivers as Teams does.
 */
describe('the buttons of the welcome card and the empty summary in the Agents Playground', () => {
  const s = usePlayground({ SCHEDULER: 'off', DEFAULT_LANGUAGE: 'en' }, { ready: afterWelcome });

  const count = (text: string): Promise<number> => s.ui.page.getByText(text, { exact: false }).count();
  async function grows(text: string, from: number): Promise<void> {
    await s.ui.page.getByText(text, { exact: false }).nth(from).waitFor();
  }

  it('when "Save and start" on the welcome card is clicked, then a question comes below', async () => {
    expect(await count(QUESTION)).toBe(0);
    await s.ui.page.getByRole('button', { name: 'Save and start' }).first().click();
    await grows(QUESTION, 0);
    await s.ui.page.getByText('Saved. Your first question is below.', { exact: false }).waitFor();
  });

  it('when the week has no answers and "Reflect now" on the summary is clicked, then today\'s open question comes again', async () => {
    await s.ui.say('summary');
    await s.ui.page.getByText('Up for one short question?').last().waitFor();
    const before = await count(QUESTION);
    await s.ui.page.getByRole('button', { name: 'Reflect now' }).last().click();
    await grows(QUESTION, before);
  });

  it('when "Settings" on the empty summary is clicked, then the settings card comes', async () => {
    const before = await count('Your settings');
    await s.ui.page.getByRole('button', { name: 'Settings', exact: true }).last().click();
    await grows('Your settings', before);
  });

  it('when today is answered and "Reflect now" is clicked again, then the answer comes with an offer of an extra question, which brings one', async () => {
    const { page } = s.ui;
    // The question again at the bottom of the chat, below the settings cards with their own Save.
    const before = await count(QUESTION);
    await s.ui.say('reflect');
    await grows(QUESTION, before);
    await page.locator('input[type=radio][value="3"]').last().check();
    await page.locator('input[type=radio][value="verbinder"]').last().check();
    await page.getByRole('button', { name: 'Save' }).last().click();
    await page.getByText('Saved. Thank you for reflecting.').last().waitFor();
    await page.getByRole('button', { name: 'Reflect now' }).last().click();
    await page.getByText('You have already reflected today.', { exact: false }).last().waitFor();
    const asked = await count(QUESTION);
    await page.getByRole('button', { name: 'Extra question' }).last().click();
    await grows(QUESTION, asked);
  });
});
