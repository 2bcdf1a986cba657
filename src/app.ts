import type { CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from './config';
import { loadContent } from './content/load-content';
import type { Logger } from './log';
import { createAdapter } from './bot/adapter';
import { PositieBot } from './bot/positie-bot';
import type { BotServices } from './bot/services';
import { createServer } from './server';
import { ConversationsRepository } from './store/conversations-repository';
import { PeopleRepository } from './store/people-repository';
import { AnswersRepository } from './store/answers-repository';
import { DeliveriesRepository } from './store/deliveries-repository';
import { DueRepository } from './store/due-repository';
import { createCheckinServices } from './bot/checkin/checkin-services';
import { createCoachServices } from './bot/coach/coach-services';
import { InstancePresence } from './scheduler/instance-presence';
import { createProactiveSender } from './scheduler/proactive-sender';
import { InstancesRepository } from './store/instances-repository';
import { randomUUID } from 'node:crypto';
import { DeliveryTickets } from './bot/reflection/delivery-ticket';
import { fixedClock, systemClock } from './clock';
import { addDevRoutes } from './dev-routes';
import { startScheduler } from './scheduler/scheduler';
import type { TickHook } from './scheduler/tick';
import { closeDueCheckins } from './scheduler/checkin-closer';
import type { TableStore } from './store/table-store';
import { installPrivacy } from './privacy/install-privacy';
import { dailyRetention } from './privacy/retention-tick';
import { requiredSecret, withLocalSecrets } from './local-secrets';

export interface AppOptions {
  config: Config;
  logger: Logger;
  tables: TableStore;
  /** The clock; defaults to the real one. */
  now?: () => Date;
  /** Name of this instance in delivery claims (tests run several). */
  instanceId?: string;
  /** Local mode: the secret kept with the local data (src/local-secrets.ts); random per process when absent. */
  localSecret?: string;
}

export interface App {
  server: Server;
  adapter: CloudAdapter;
  services: BotServices;
  /** Listens on `port` (0 for a free one) and resolves with the port. */
  listen(port: number): Promise<number>;
  /** Stops accepting, finishes in-flight turns, stops background work. */
  close(): Promise<void>;
}

/** Work each scheduler tick does besides prompts and summaries. */
const tickHooks: TickHook[] = [closeDueCheckins, dailyRetention];

/** The composition root: builds every part once and passes dependencies in. */
export async function createApp(options: AppOptions): Promise<App> {
  const { logger, tables } = options;
  const config = withLocalSecrets(options.config, options.localSecret);
  await tables.ensureTables();
  const adapter = createAdapter(config, logger);
  const clock = options.now ? fixedClock(options.now) : systemClock();
  const instanceId = options.instanceId ?? randomUUID().slice(0, 8);
  const proactive = createProactiveSender({ adapter, appId: config.MicrosoftAppId ?? '', tenantRps: config.TEAMS_MAX_RPS, logger });
  const services: BotServices = {
    config,
    logger,
    now: () => clock.now(),
    content: loadContent(config.CONTENT_DIR),
    people: new PeopleRepository(tables.table('people')),
    conversations: new ConversationsRepository(tables.table('conversations')),
    answers: new AnswersRepository(tables.table('answers')),
    deliveries: new DeliveriesRepository(tables.table('deliveries')),
    due: new DueRepository(tables.table('due')),
    checkins: createCheckinServices(tables, config, logger),
    coach: createCoachServices(tables),
    proactive,
    tickets: new DeliveryTickets(requiredSecret(config.EXPORT_SECRET)),
    instanceId,
    presence: new InstancePresence(new InstancesRepository(tables.table('instances')), instanceId, (n) => proactive.shareAmong(n), logger),
  };
  await services.presence.start();
  const bot = new PositieBot(services);
  const http = createServer({
    adapter,
    bot,
    maxBodyBytes: config.MAX_BODY_KB * 1024,
    logger,
    ready: () => tables.ping(2000),
    routes: (server) => {
      installPrivacy(server, services, tables);
      if (config.localMode && config.NODE_ENV !== 'production') addDevRoutes(server, services, clock, tickHooks);
    },
  });
  const scheduler = config.SCHEDULER ? startScheduler(services, tickHooks) : undefined;
  return {
    server: http.server,
    adapter,
    services,
    listen: (port) =>
      new Promise((resolve) => {
        http.server.listen(port, '0.0.0.0', () => resolve(http.server.address().port));
      }),
    close: async () => {
      await scheduler?.stop();
      await services.presence.stop();
      await http.close();
    },
  };
}
