import type { Config } from '../config';
import type { Runtime } from '../runtime';
import type { ContentLibrary } from '../content/types';
import type { Logger } from '../log';
import type { CommandCatalog } from './definitions';
import type { Messenger } from './messenger';
import type { AnswersRepository } from '../store/answers-repository';
import type { CraftNotesRepository } from '../store/craft-notes-repository';
import type { ConversationsRepository } from '../store/conversations-repository';
import type { Telemetry } from './telemetry';
import type { DeliveriesRepository } from '../store/deliveries-repository';
import type { DueRepository } from '../store/due-repository';
import type { PeopleRepository } from '../store/people-repository';
import type { CheckinServices } from './checkins/checkin-services';
import type { CoachServices } from './coaching/coach-services';
import type { PrivacyServices } from './privacy/privacy-context';
import type { DeliveryTickets } from './reflection/delivery-ticket';

/** Everything the bot's handlers may use, built once by the composition root. */
export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  /** The clock; tests and /dev/tick move it, nothing else. */
  readonly now: () => Date;
  /** The validated prompt library (built-in plus CONTENT_DIR). */
  readonly content: ContentLibrary;
  readonly people: PeopleRepository;
  readonly conversations: ConversationsRepository;
  readonly answers: AnswersRepository;
  /** The monthly vakmanschap reflections: private, in export and delete, kept as long as answers. */
  readonly craftNotes: CraftNotesRepository;
  readonly deliveries: DeliveriesRepository;
  readonly due: DueRepository;
  /** Team check-ins: their tables, pseudonym secret and counter coalescing. */
  readonly checkins: CheckinServices;
  /** Coach consents, invitation codes, and the audited coach view. */
  readonly coach: CoachServices;
  /** Export, delete and retention: the rows they reach across tables, and the link secret. */
  readonly privacy: PrivacyServices;
  /** Rate-limited proactive messages (prompts, summaries, check-in cards). */
  readonly proactive: Messenger;
  /** Signs the delivery facts in prompt cards, so an answer needs no delivery read. */
  readonly tickets: DeliveryTickets;
  /** This process: the app's version and this instance's name in claims. */
  readonly runtime: Runtime;
  /** The registered commands, as help and suggestions show them (built from src/features/registry.ts). */
  readonly commands: CommandCatalog;
  /** Counts, durations and turn spans for the people who run the app; never personal data. */
  readonly telemetry: Telemetry;
}
