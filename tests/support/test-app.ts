import { createApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/log';
import { createTableStore, type TableStore } from '../../src/store/table-store';
import { invokeActivity, messageActivity, type TestUser } from './activities';
import { RecordingConnector } from './recording-connector';
import { TABLES, TABLES_WITHOUT_PEOPLE, type TableKey } from '../../src/store/table-names';

export interface TestApp {
  app: App;
  config: Config;
  tables: TableStore;
  connector: RecordingConnector;
  baseUrl: string;
  /** Posts an activity to /api/messages; resolves with status and parsed body. */
  post(activity: unknown): Promise<{ status: number; body: unknown }>;
  /** A message from `user` in their personal chat (replies come back in the body). */
  say(user: TestUser, text: string, locale?: string): Promise<{ status: number; body: unknown }>;
  /**
   * A card action (Action.Execute) from `user` in their personal chat; `posted` holds the cards
   * the click sent as new messages (through the connector) before it answered.
   */
  act(user: TestUser, verb: string, data: unknown): Promise<{ status: number; body: unknown; posted: Record<string, unknown>[] }>;
  clock: { now: Date };
  close(): Promise<void>;
}

let counter = 0;

/** A real app on a random port, on the integration run's Azurite, with its own tables. */
export async function startTestApp(env: Record<string, string> = {}, options: { instanceId?: string; wrapTables?: (tables: TableStore) => TableStore; logs?: Record<string, unknown>[] } = {}): Promise<TestApp> {
  const connectionString = process.env.TEST_TABLES_CONNECTION_STRING;
  if (!connectionString) throw new Error('integration tests need the global setup (Azurite)');
  counter += 1;
  const prefix = `t${process.pid}x${counter}x${Math.floor(Math.random() * 1e6)}`;
  const config = loadConfig({ LOG_LEVEL: 'silent', TABLE_PREFIX: prefix, TABLES_CONNECTION_STRING: connectionString, SCHEDULER: 'off', ...env });
  const tables = createTableStore({ kind: 'connectionString', connectionString }, config.TABLE_PREFIX);
  const clock = { now: new Date() };
  const { wrapTables, logs, ...appOptions } = options;
  // With `logs`, every line the app logs (level info and up) is kept there, parsed.
  const logger = logs ? createLogger('info', { destination: { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) } }) : createLogger('silent');
  const app = await createApp({ config, logger, tables: wrapTables ? wrapTables(tables) : tables, now: () => clock.now, ...appOptions });
  const port = await app.listen(0);
  const connector = new RecordingConnector();
  await connector.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  const post: TestApp['post'] = async (activity) => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    app,
    config,
    tables,
    connector,
    baseUrl,
    clock,
    post,
    say: (user, text, locale) => post(messageActivity(user, text, { serviceUrl: connector.url, ...(locale ? { locale } : {}) })),
    act: async (user, verb, data) => {
      const before = connector.sent.length;
      const response = await post(invokeActivity(user, verb, data, { serviceUrl: connector.url }));
      return { ...response, posted: connector.sent.slice(before).flatMap((s) => attachedCards(s.activity)) };
    },
    close: async () => {
      await app.close();
      await connector.stop();
    },
  };
}

/** Runs `use` against a second app with these settings (e.g. `DEFAULT_LANGUAGE: 'en'`), closed afterwards. */
export async function withTestApp<T>(env: Record<string, string>, use: (app: TestApp) => Promise<T>): Promise<T> {
  const app = await startTestApp(env);
  try {
    return await use(app);
  } finally {
    await app.close();
  }
}

/**
 * Every entity in every table of this app that can hold something about people (for "nothing
 * written" and "nothing left" checks); the Instances table only says which instances run.
 */
export async function allRows(tables: TableStore): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const key of (Object.keys(TABLES) as TableKey[]).filter((k) => !TABLES_WITHOUT_PEOPLE.includes(k))) {
    const table = tables.table(key);
    for await (const entity of table.listEntities()) rows.push({ table: key, ...entity });
  }
  return rows;
}

/** The expectReplies activities of a message response. */
export function replies(body: unknown): Record<string, unknown>[] {
  const activities = (body as { activities?: unknown } | undefined)?.activities;
  return Array.isArray(activities) ? (activities as Record<string, unknown>[]) : [];
}

/** The Adaptive Cards attached to one activity. */
function attachedCards(activity: Record<string, unknown>): Record<string, unknown>[] {
  const attachments = activity.attachments;
  return Array.isArray(attachments) ? attachments.map((a) => (a as { content: Record<string, unknown> }).content) : [];
}
