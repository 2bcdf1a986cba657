import { openPlayground, type PlaygroundPage } from './support/playground-page';
import { startBotWithPlayground, type RunningBot } from './support/running-bot';

jest.setTimeout(180_000);

describe('a Dutch demo in the Agents Playground (which always sends en-US)', () => {
  describe('a fresh app', () => {
    let bot: RunningBot;
    let ui: PlaygroundPage;
    beforeAll(async () => {
      bot = await startBotWithPlayground();
      ui = await openPlayground(bot.playgroundUrl);
    });
    afterAll(async () => {
      await ui?.close();
      await bot?.stop();
    });

    it('when a newcomer opens the chat and types hulp, then Positie answers in Dutch', async () => {
      await ui.page.getByText('Welkom bij Positie').first().waitFor();
      await ui.say('hulp');
      await ui.page.getByText('Wat kan ik voor je doen?').waitFor();
    });

    it('when the newcomer says hoi, then a friendly Dutch card with buttons answers, and a button runs its command', async () => {
      await ui.say('hoi');
      await ui.page.getByText(/Zin in een vraag, of wil je je week terugzien\?/).first().waitFor();
      await ui.page.getByRole('button', { name: 'Wat kan Positie?' }).last().click();
      await expect(ui.page.getByText('Wat kan ik voor je doen?').count()).resolves.toBeGreaterThanOrEqual(1);
    });
  });

  describe('an English app, with a starter who chose Nederlands', () => {
    let bot: RunningBot;
    let ui: PlaygroundPage;
    beforeAll(async () => {
      bot = await startBotWithPlayground({ DEFAULT_LANGUAGE: 'en' });
      ui = await openPlayground(bot.playgroundUrl);
      await ui.page.getByText('Welcome to Positie').first().waitFor();
    });
    afterAll(async () => {
      await ui?.close();
      await bot?.stop();
    });

    it('when the starter picks Nederlands in settings, then the settings answer in Dutch', async () => {
      await ui.say('settings');
      await ui.page.getByText('Your settings').first().waitFor();
      await ui.page.locator('input[type=radio][value="nl"]').last().check();
      await ui.page.getByRole('button', { name: 'Save' }).last().click();
      await ui.page.getByText('Opgeslagen.').first().waitFor();
    });

    it('when they start a check-in in the channel, then the setup card and the check-in are Dutch', async () => {
      await ui.open('General');
      // Added to the team, Positie introduces itself in the channel (in the app's language: nobody chose one there).
      await ui.page.getByText("Hello team, I'm Positie").first().waitFor();
      await ui.mention('check-in');
      await ui.page.getByText('Teamcheck-in instellen').waitFor();
      await ui.page.getByRole('button', { name: 'Start de check-in' }).click();
      await ui.page.getByText('De check-in staat in het gesprek').waitFor();
      await ui.page.getByRole('button', { name: 'Antwoord versturen' }).first().waitFor();
    });
  });
});
