import { startAzurite, type EmbeddedAzurite } from '../../../src/store/embedded-azurite';
import { openPlayground, type PlaygroundPage } from './playground-page';
import { startBotWithPlayground, type RunningBot } from './running-bot';

/** What the tests of one describe block drive: filled in before they run. */
export interface PlaygroundSession {
  bot: RunningBot;
  ui: PlaygroundPage;
  /** With `ownTables`: the Azurite the app stores in, and its table prefix, for reading what was stored. */
  connectionString: string;
  prefix: string;
}

export interface SessionOptions {
  /** Run the app on an Azurite of this block's own, with tables named from this prefix. */
  ownTables?: string;
  /** Waits until the page is where the tests start (the welcome card, a channel, …). */
  ready?: (ui: PlaygroundPage) => Promise<void>;
}

/** Waits for the welcome card of a personal chat: the usual start. */
export const afterWelcome = (ui: PlaygroundPage): Promise<void> => ui.page.getByText('Welcome to Positie').first().waitFor();

/**
 * The bot with the Agents Playground and headless Chromium, for one describe block: started in
 * its beforeAll, stopped in its afterAll (browser, bot, then Azurite if it has its own).
 */
export function usePlayground(env: Record<string, string>, options: SessionOptions = {}): PlaygroundSession {
  const session = {} as PlaygroundSession;
  let azurite: EmbeddedAzurite | undefined;
  beforeAll(async () => {
    if (options.ownTables) {
      azurite = await startAzurite({});
      session.connectionString = azurite.connectionString;
      session.prefix = options.ownTables;
    }
    const tables: Record<string, string> = azurite ? { TABLES_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: options.ownTables ?? '' } : {};
    session.bot = await startBotWithPlayground({ ...tables, ...env });
    session.ui = await openPlayground(session.bot.playgroundUrl);
    await options.ready?.(session.ui);
  });
  afterAll(async () => {
    await session.ui?.close();
    await session.bot?.stop();
    await azurite?.stop();
  });
  return session;
}
