import { openPlayground, type PlaygroundPage } from './support/playground-page';
import { startBotWithPlayground, type RunningBot } from './support/running-bot';

jest.setTimeout(120_000);

describe('first contact in the Agents Playground', () => {
  let bot: RunningBot;
  let ui: PlaygroundPage;
  beforeAll(async () => {
    bot = await startBotWithPlayground({ DEFAULT_LANGUAGE: 'en' });
    ui = await openPlayground(bot.playgroundUrl);
  });
  afterAll(async () => {
    await ui?.close();
    await bot?.stop();
  });

  it('when the chat opens, then the welcome card says what Positie does', async () => {
    await ui.page.getByText('Welcome to Positie').first().waitFor();
  });

  it('when the person types help, then the help card lists the commands', async () => {
    await ui.say('help');
    await ui.page.getByText('What can I do for you?').waitFor();
    await expectVisible(ui, 'A reflection question now');
    await expectVisible(ui, 'Erase all your data');
  });
});

async function expectVisible(ui: PlaygroundPage, text: string): Promise<void> {
  await expect(ui.page.getByText(text).first().isVisible()).resolves.toBe(true);
}
