import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { axeCard, cardWith } from './support/card-checks';
import { afterWelcome, usePlayground } from './support/playground-session';

jest.setTimeout(120_000);

/** One Playground user can be coach and would-be coachee, but never both at once. */
describe('the coach flow in the Agents Playground', () => {
  const s = usePlayground({ DEFAULT_LANGUAGE: 'en' }, { ready: afterWelcome });
  let code = '';

  it('when the user asks for a coach code, then a 7-character code is shown with its expiry', async () => {
    await s.ui.say('coach code');
    await s.ui.page.getByText('Your coach code').first().waitFor();
    const report = await axeCard(s.ui.page, cardWith(s.ui.page, 'Your coach code'));
    console.log(JSON.stringify({ axe: { coachCode: report } }));
    expect(report.violations).toEqual([]);
    const shown = s.ui.page.getByText(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{7}$/).first();
    await shown.waitFor();
    code = (await shown.innerText()).trim();
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{7}$/);
    await s.ui.page.getByText(/The code works once, until/).first().waitFor();
  });

  it('when the user types their own code, then the consent screen is refused with a clear message', async () => {
    await s.ui.say(`coach ${code.toLowerCase()}`);
    await s.ui.page.getByText('You cannot be your own coach.').first().waitFor();
    await expect(s.ui.page.getByText('would like to be your coach').count()).resolves.toBe(0);
  });

  it('when the user opens their coach overview, then it says they share with no one and how to invite', async () => {
    await s.ui.say('coach');
    await s.ui.page.getByText('Your coaches').first().waitFor();
    await s.ui.page.getByText('You share your trends with no one.').first().waitFor();
    await s.ui.page.getByText('Nobody has looked yet.').first().waitFor();
    const report = await axeCard(s.ui.page, cardWith(s.ui.page, 'Your coaches'));
    console.log(JSON.stringify({ axe: { coachOverview: report } }));
    expect(report.violations).toEqual([]);
  });

  it('when the user looks at their coachees, then nobody is shown yet', async () => {
    await s.ui.say('coachees');
    await s.ui.page.getByText('Nobody shares their trends with you yet.', { exact: false }).first().waitFor();
  });

  it('when another person gives the user their coach code, then the consent screen asks, and passes axe', async () => {
    const run = promisify(execFile);
    const script = path.resolve(__dirname, '../../scripts/as-user.mjs');
    const { stdout } = await run(process.execPath, [script, '--name', 'Jan', '--locale', 'en-US', 'coach code'], { env: { ...process.env, BOT_URL: s.bot.botUrl } });
    // as-user prints the card's texts a line each: the code stands on a line of its own.
    const jansCode = /^\s*([ABCDEFGHJKMNPQRSTUVWXYZ2-9]{7})\s*$/m.exec(stdout)?.[1];
    expect(jansCode).toBeDefined();
    await s.ui.say(`coach ${jansCode ?? ''}`);
    const consent = cardWith(s.ui.page, 'would like to be your coach');
    await consent.waitFor();
    const report = await axeCard(s.ui.page, consent);
    console.log(JSON.stringify({ axe: { coachConsent: report } }));
    expect(report.violations).toEqual([]);
  });
});
