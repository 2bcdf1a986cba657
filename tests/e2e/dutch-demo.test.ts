import { afterWelcome, usePlayground } from './support/playground-session';

jest.setTimeout(180_000);

describe('a Dutch demo in the Agents Playground (which always sends en-US)', () => {
  describe('a fresh app', () => {
    const s = usePlayground({});

    it('when a newcomer opens the chat and types hulp, then Positie answers in Dutch', async () => {
      await s.ui.page.getByText('Welkom bij Positie').first().waitFor();
      await s.ui.say('hulp');
      await s.ui.page.getByText('Wat kan ik voor je doen?').waitFor();
    });

    it('when the newcomer says hoi, then a friendly Dutch card with buttons answers, and a button runs its command', async () => {
      await s.ui.say('hoi');
      await s.ui.page.getByText(/Zin in een vraag, of wil je je week terugzien\?/).first().waitFor();
      await s.ui.page.getByRole('button', { name: 'Wat kan Positie?' }).last().click();
      await expect(s.ui.page.getByText('Wat kan ik voor je doen?').count()).resolves.toBeGreaterThanOrEqual(1);
    });
  });

  describe('an English app, with a starter who chose Nederlands', () => {
    const s = usePlayground({ DEFAULT_LANGUAGE: 'en' }, { ready: afterWelcome });

    it('when the starter picks Nederlands in settings, then the settings answer in Dutch', async () => {
      await s.ui.say('settings');
      await s.ui.page.getByText('Your settings').first().waitFor();
      await s.ui.page.locator('input[type=radio][value="nl"]').last().check();
      await s.ui.page.getByRole('button', { name: 'Save' }).last().click();
      await s.ui.page.getByText('Opgeslagen.').first().waitFor();
    });

    it('when they start a check-in in the channel, then the setup card and the check-in are Dutch', async () => {
      await s.ui.open('General');
      // Added to the team, Positie introduces itself in the channel (in the app's language: nobody chose one there).
      await s.ui.page.getByText("Hello team, I'm Positie").first().waitFor();
      await s.ui.mention('check-in');
      await s.ui.page.getByText('Teamcheck-in instellen').waitFor();
      await s.ui.page.getByRole('button', { name: 'Start de check-in' }).click();
      await s.ui.page.getByText('De check-in staat in het gesprek').waitFor();
      await s.ui.page.getByRole('button', { name: 'Antwoord versturen' }).first().waitFor();
    });
  });
});
