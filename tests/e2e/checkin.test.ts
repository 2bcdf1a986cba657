import { usePlayground } from './support/playground-session';

jest.setTimeout(120_000);

describe('a team check-in in the Agents Playground channel "General"', () => {
  const s = usePlayground(
    { DEFAULT_LANGUAGE: 'en' },
    {
      ready: async (ui) => {
        await ui.open('General');
        // Added to the team, Positie first introduces itself in the channel.
        await ui.page.getByText("Hello team, I'm Positie").first().waitFor();
      },
    },
  );

  it('when the lead mentions Positie with check-in, then a setup card for them appears', async () => {
    await s.ui.mention('check-in');
    await s.ui.page.getByText('Set up a team check-in').waitFor();
    await s.ui.page.getByText('Only the person who typed').first().waitFor();
  });

  it('when the lead starts it, then the check-in card is posted to the channel', async () => {
    await s.ui.page.getByRole('button', { name: 'Start the check-in' }).click();
    await s.ui.page.getByText('The check-in is in the conversation').waitFor();
    await s.ui.page.getByText('What do you do?').waitFor();
    await s.ui.page.getByText('0 answers so far').waitFor();
  });

  it('when a member answers, then their card shows their own answer', async () => {
    await s.ui.page.getByText('I ask my director to raise the point with the director-general').first().click();
    await s.ui.page.getByText('Connector', { exact: true }).first().click();
    await s.ui.page.getByRole('button', { name: 'Send answer' }).click();
    await s.ui.page.getByText('You can change it until the closing time').waitFor();
  });

  it('when the starter closes it, then the results say there were too few answers to show', async () => {
    await s.ui.page.getByRole('button', { name: 'Close (starter only)' }).first().click();
    await s.ui.page.getByText('Team check-in results').first().waitFor();
    await s.ui.page.getByText('There were too few answers to show the results anonymously (1 of at least 5).').first().waitFor();
    await expect(s.ui.page.getByText('Distribution').count()).resolves.toBe(0);
  });
});

