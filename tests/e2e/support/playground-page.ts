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
  /** Opens a conversation in the tree: "Personal Chat", "Group Chat" or "General". */
  open(context: string): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, driving the real Agents Playground page. */
export async function openPlayground(url: string): Promise<PlaygroundPage> {
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
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
    open: async (context) => {
      await page.getByRole('treeitem', { name: new RegExp(context) }).first().click();
    },
    close: () => browser.close(),
  };
}
