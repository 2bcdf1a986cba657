import { DateTime } from 'luxon';
import { afterWelcome, usePlayground } from './support/playground-session';

jest.setTimeout(180_000);

/** Next week's Tuesday, Wednesday and Thursday at 16:00:30 in Amsterdam: one ISO week. */
function promptInstants(): Date[] {
  const monday = DateTime.now().setZone('Europe/Amsterdam').startOf('week').plus({ weeks: 1 });
  return [1, 2, 3].map((d) => monday.plus({ days: d }).set({ hour: 16, minute: 0, second: 30 }).toJSDate());
}

describe('scheduled prompts and the weekly summary in the Agents Playground', () => {
  const s = usePlayground({ SCHEDULER: 'off', DEFAULT_LANGUAGE: 'en' }, { ready: afterWelcome });

  async function tick(at: Date): Promise<{ sent: unknown[] }> {
    const response = await fetch(`${s.bot.botUrl}/dev/tick?at=${encodeURIComponent(at.toISOString())}`, { method: 'POST' });
    expect(response.status).toBe(200);
    return (await response.json()) as { sent: unknown[] };
  }

  it('when /dev/tick runs at the prompt times of three days and each prompt is answered, then the summary shows the leaning role and its share', async () => {
    const { page } = s.ui;
    // Monday evening: Monday's prompt of 16:00 is older than the catch-up window (3 h), whatever day
    // the test runs on, so it is skipped and rescheduled; the week then has the three questions below.
    const tuesday = promptInstants()[0] ?? new Date();
    await tick(new Date(tuesday.getTime() - 20 * 3600_000));
    for (const [day, at] of promptInstants().entries()) {
      const report = await tick(at);
      expect(report.sent).toHaveLength(1);
      // Answered cards no longer ask, so the one open prompt is the one just delivered.
      await page.getByText('Where did you stand today?').first().waitFor();
      await page.locator('input[type=radio][value="4"]').last().check();
      await page.locator('input[type=radio][value="verbinder"]').last().check();
      await page.getByRole('button', { name: 'Save' }).last().click();
      await page.getByText('Saved. Thank you for reflecting.').nth(day).waitFor();
    }
    await s.ui.say('summary');
    // The Playground draws the Teams chart itself, so the leaning role is read from the text.
    await page.getByText('This week you chose the connector most often.', { exact: false }).last().waitFor();
    await page.getByText(/3 answers to 3 questions/).last().waitFor();
  });

  it('when /dev/tick runs before anything is due, then nothing is sent', async () => {
    const report = await tick(new Date('2020-01-01T00:00:00Z'));
    expect(report.sent).toHaveLength(0);
  });
});
