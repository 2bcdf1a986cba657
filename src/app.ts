import type { CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from './config';
import { loadContent } from './content/load-content';
import type { Logger } from './log';
import { createAdapter } from './teams/adapter';
import { PositieBot } from './teams/positie-bot';
import type { Services } from './features/services';
import type { Messenger } from './features/messenger';
import { createServer } from './server';
import { handleActivity } from './teams/activity-route';
import { listenHost } from './http/listen-host';
import { ConversationsRepository } from './store/conversations-repository';
import { PeopleRepository } from './store/people-repository';
import { AnswersRepository } from './store/answers-repository';
import { CraftNotesRepository } from './store/craft-notes-repository';
import { DeliveriesRepository } from './store/deliveries-repository';
import { DueRepository } from './store/due-repository';
import { createCheckinServices } from './features/checkins/checkin-services';
import { createCoachServices } from './features/coaching/coach-services';
import { InstancePresence } from './scheduler/instance-presence';
import { createProactiveSender } from './teams/proactive-sender';
import { InstancesRepository } from './store/instances-repository';
import { randomUUID } from 'node:crypto';
import { requiredSecret, withLocalSecrets } from './local-secrets';
import { DeliveryTickets } from './features/reflection/delivery-ticket';
import { fixedClock, systemClock } from './clock';
import { appVersion } from './runtime';
import { addDevRoutes } from './dev-routes';
import { addOpenCheckinsRoute } from './http/dev-checkins-route';
import { startScheduler } from './scheduler/scheduler';
import type { TickHook, Ticker } from './scheduler/tick';
import { closeDueCheckins } from './features/checkins/close-due-checkins';
import { postDueCheckinSeries } from './features/checkins/post-due-series';
import type { TableStore } from './store/table-store';
import { addExportRoute } from './http/export-route';
import { answerUnknownPathsAlike } from './http/not-found';
import { createPrivacyServices } from './features/privacy/privacy-context';
import { ACTIONS, COMMAND_CATALOG, COMMANDS, CONVERSATION } from './features/registry';
import { guardActivityRequests } from './http/activity-guard';
import { ExportLinksRepository } from './store/export-links-repository';
import { PrivacyRepository } from './store/privacy-repository';
import { Router } from './teams/router';
import { dailyRetention } from './features/privacy/retention-tick';
import { createOtelTelemetry } from './telemetry/otel-telemetry';

export interface AppOptions {
  config: Config;
  logger: Logger;
  tables: TableStore;
  /** The clock; defaults to the real one. */
  now?: () => Date;
  /** Name of this instance in delivery claims (tests run several). */
  instanceId?: string;
  /** Wraps the proactive sender (benchmarks time its sends); the same door as tests' wrapped tables. */
  wrapMessenger?: (proactive: Messenger) => Messenger;
  /** Local mode: the secret kept with the local data (src/local-secrets.ts); random per process when absent. */
  localSecret?: string;
}

export interface App {
  server: Server;
  adapter: CloudAdapter;
  services: Services;
  /** What a scheduler tick of this instance works with (tests run ticks themselves). */
  ticker: Ticker;
  /** Listens on `port` (0 for a free one) and resolves with the port. */
  listen(port: number): Promise<number>;
  /** Stops accepting, finishes in-flight turns, stops background work. */
  close(): Promise<void>;
}

/** Work each scheduler tick does besides prompts and summaries. */
const tickHooks: TickHook[] = [closeDueCheckins, postDueCheckinSeries, dailyRetention];

/** The composition root: builds every part once and passes dependencies in. */
export async function createApp(options: AppOptions): Promise<App> {
  const { logger, tables } = options;
  const config = withLocalSecrets(options.config, options.localSecret);
  await tables.ensureTables();
  const adapter = createAdapter(config, logger);
  const clock = options.now ? fixedClock(options.now) : systemClock();
  const instanceId = options.instanceId ?? randomUUID().slice(0, 8);
  const telemetry = createOtelTelemetry();
  const sender = createProactiveSender({ adapter, appId: config.MicrosoftAppId ?? '', tenantRps: config.TEAMS_MAX_RPS, logger, telemetry });
  const due = new DueRepository(tables.table('due'));
  const checkins = createCheckinServices(tables, config, logger);
  const privacyStore = new PrivacyRepository(tables, new ExportLinksRepository(tables.table('privacy')), due, checkins.responses);
  const proactive = options.wrapMessenger ? options.wrapMessenger(sender) : sender;
  // Read-only after start-up: what a handler may use is fixed here, and nothing swaps a part at run time.
  const services: Services = Object.freeze({
    config,
    logger,
    now: () => clock.now(),
    content: loadContent(config.CONTENT_DIR),
    people: new PeopleRepository(tables.table('people')),
    conversations: new ConversationsRepository(tables.table('conversations')),
    answers: new AnswersRepository(tables.table('answers')),
    craftNotes: new CraftNotesRepository(tables.table('craftNotes')),
    deliveries: new DeliveriesRepository(tables.table('deliveries')),
    due,
    checkins,
    coach: createCoachServices(tables, requiredSecret(config.CHECKIN_SECRET)),
    privacy: createPrivacyServices(config, privacyStore),
    proactive,
    tickets: new DeliveryTickets(requiredSecret(config.EXPORT_SECRET)),
    runtime: { version: appVersion(), instanceId },
    telemetry,
    commands: COMMAND_CATALOG,
  });
  const presence = new InstancePresence(new InstancesRepository(tables.table('instances')), instanceId, (rate) => {
    sender.shareAmong(rate.sending, rate.rank, rate.resting);
    telemetry.instancesSeen(rate.sending + rate.resting);
  }, logger);
  await presence.start();
  const ticker: Ticker = { services, presence, hooks: tickHooks };
  const bot = new PositieBot(services, new Router({ commands: COMMANDS, actions: ACTIONS, conversation: CONVERSATION }, services));
  const http = createServer({
    processActivity: (req, res) => handleActivity({ adapter, bot, logger }, req, res),
    maxBodyBytes: config.MAX_BODY_KB * 1024,
    logger,
    ready: () => tables.ping(2000),
    routes: (server) => {
      guardActivityRequests(server);
      answerUnknownPathsAlike(server);
      addExportRoute(server, services);
      if (config.localMode && config.NODE_ENV !== 'production') {
        addDevRoutes(server, ticker, clock);
        addOpenCheckinsRoute(server, services);
      }
    },
  });
  const scheduler = config.SCHEDULER ? startScheduler(ticker) : undefined;
  return {
    server: http.server,
    adapter,
    services,
    ticker,
    listen: (port) =>
      new Promise((resolve) => {
        http.server.listen(port, listenHost(config), () => resolve(http.server.address().port));
      }),
    close: async () => {
      await scheduler?.stop();
      await presence.stop();
      await http.close();
    },
  };
}
