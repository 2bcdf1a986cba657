import type { PlaygroundPage } from './support/playground-page';
import { usePlayground } from './support/playground-session';

jest.setTimeout(120_000);

describe('first contact in the Agents Playground', () => {
  const s = usePlayground({ DEFAULT_LANGUAGE: 'en' });

  it('when the chat opens, then the welcome card says what Positie does', async () => {
    await s.ui.page.getByText('Welcome to Positie').first().waitFor();
  });

  it('when the person types help, then the help card lists the commands', async () => {
    await s.ui.say('help');
    await s.ui.page.getByText('What can I do for you?').waitFor();
    await expectVisible(s.ui, 'A reflection question now');
    await expectVisible(s.ui, 'Erase all your data');
  });
});

async function expectVisible(ui: PlaygroundPage, text: string): Promise<void> {
  await expect(ui.page.getByText(text).first().isVisible()).resolves.toBe(true);
}
