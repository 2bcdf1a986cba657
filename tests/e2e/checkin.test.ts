import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { axeCard, cardHeight, cardWith } from './support/card-checks';
import { usePlayground } from './support/playground-session';

jest.setTimeout(180_000);

const run = promisify(execFile);
const AS_USER = path.resolve(__dirname, '../../scripts/as-user.mjs');

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

  /** `npm run as-user` as the README gives it: another person in the Playground's General channel. */
  const asUser = async (name: string, verb: string, data: Record<string, string>): Promise<string> =>
    (await run(process.execPath, [AS_USER, '--name', name, '--channel', 'general', '--locale', 'en-US', '--act', verb, '--data', JSON.stringify({ checkinId: 'latest', ...data })], { env: { ...process.env, BOT_URL: s.bot.botUrl } })).stdout;

  const axeCounts: Record<string, unknown> = {};
  afterAll(() => console.log(JSON.stringify({ axe: axeCounts })));

  it('when the lead mentions Positie with check-in, then a setup card for them appears, saying what no threshold prevents, and passes axe', async () => {
    await s.ui.mention('check-in');
    await s.ui.page.getByText('Set up a team check-in').waitFor();
    await s.ui.page.getByText('Only the person who typed').first().waitFor();
    await s.ui.page.getByText('What no threshold prevents').first().waitFor();
    const report = await axeCard(s.ui.page, cardWith(s.ui.page, 'Set up a team check-in'));
    axeCounts.checkinSetup = report;
    expect(report.violations).toEqual([]);
  });

  it('when the lead starts it, then the check-in card is posted to the channel and only the lead gets the close button', async () => {
    await s.ui.page.getByRole('button', { name: 'Start the check-in' }).click();
    await s.ui.page.getByText('The check-in is in the conversation').waitFor();
    await s.ui.page.getByText('What do you do?').waitFor();
    await s.ui.page.getByText('0 answers so far').waitFor();
    await expect(s.ui.page.getByRole('button', { name: 'Close the check-in' }).count()).resolves.toBe(1);
  });

  it('when a member sees the check-in card, then its question, choices, roles and Send answer fit one phone screen, and it passes axe', async () => {
    const card = cardWith(s.ui.page, '0 answers so far');
    await card.getByRole('button', { name: 'Send answer' }).waitFor();
    const desktop = await cardHeight(card);
    const phone = await cardHeight(card, 330);
    console.log(JSON.stringify({ checkinCardHeight: { desktop, phone } }));
    expect(phone.width).toBe(330);
    expect(phone.height).toBeLessThanOrEqual(640);
    const report = await axeCard(s.ui.page, card);
    axeCounts.checkinCard = report;
    expect(report.violations).toEqual([]);
  });

  it('when the lead tries to answer their own check-in, then they are told the threshold counts only others', async () => {
    await s.ui.page.getByText('I ask my director to raise the point with the director-general').first().click();
    await s.ui.page.getByText('Connector', { exact: true }).first().click();
    await s.ui.page.getByRole('button', { name: 'Send answer' }).first().click();
    await s.ui.page.getByText('You do not answer it yourself').first().waitFor();
  });

  it('when five other people answer with npm run as-user, then the lead closes it and sees results without counts below 10', async () => {
    const card = await asUser('Daan', 'checkin.refresh', {});
    const [first, second] = [...card.matchAll(/^\s+"([^"]+)": /gm)].map((m) => m[1] ?? '');
    expect(first).toBeDefined();
    for (const [i, name] of ['Daan', 'Fatima', 'Joost', 'Noor', 'Pieter'].entries()) {
      expect(await asUser(name, 'checkin.answer', { choice: i < 4 ? (first ?? '') : (second ?? ''), role: 'verbinder' })).toContain('Your answer');
    }
    await s.ui.page.getByRole('button', { name: 'Close the check-in' }).first().click();
    await s.ui.page.getByText('Team check-in results').first().waitFor();
    await s.ui.page.getByText('Closed by the starter · 5 answers').first().waitFor();
    await s.ui.page.getByText('80%').first().waitFor();
    await s.ui.page.getByText('fewer than 3').first().waitFor();
    await expect(s.ui.page.getByText('20%').count()).resolves.toBe(0);
    const report = await axeCard(s.ui.page, cardWith(s.ui.page, 'Team check-in results'));
    axeCounts.checkinResults = report;
    expect(report.violations).toEqual([]);
  });
});
