import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PlaygroundPage {
  page: Page;
  /** Types a message in the compose box of the current conversation and sends it. */
  say(text: string): Promise<void>;
  /** Posts in a channel with an @mention of Positie: channel posts reach a bot only then, as in Teams. */
  mention(text: string): Promise<void>;
  /** Opens a conversation in the tree: "Personal Chat", "Group Chat" or "General". */
  open(context: string): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, driving the real Agents Playground page. */
export async function openPlayground(url: string): Promise<PlaygroundPage> {
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  // A page of its own context: axe (card-checks.ts) runs only in pages made that way.
  const page = await (await browser.newContext({ viewport: { width: 1300, height: 1000 } })).newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(url);
  await page.locator('[data-lexical-editor=true]').waitFor();
  return {
    page,
    say: async (text) => {
      const box = page.locator('[data-lexical-editor=true]');
      await box.click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    },
    mention: async (text) => {
      await page.locator('[data-lexical-editor=true]').first().click();
      // The channel may already show "Positie" (the introduction's sender): wait for the mention list's entry.
      const shown = await page.getByText('Positie', { exact: true }).count();
      await page.keyboard.type('@Pos');
      for (let i = 0; i < 50 && (await page.getByText('Positie', { exact: true }).count()) <= shown; i += 1) await page.waitForTimeout(100);
      await page.getByText('Positie', { exact: true }).last().click();
      await page.keyboard.type(` ${text}`);
      await page.getByRole('button', { name: 'Post' }).click();
    },
    open: async (context) => {
      await page.getByRole('treeitem', { name: new RegExp(context) }).first().click();
    },
    close: () => browser.close(),
  };
}
