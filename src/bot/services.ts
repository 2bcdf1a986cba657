import type { Config } from '../config';
import type { Logger } from '../log';
import type { ConversationsRepository } from '../store/conversations-repository';
import type { PeopleRepository } from '../store/people-repository';

/** Everything the bot's handlers may use, built once by the composition root. */
export interface BotServices {
  config: Config;
  logger: Logger;
  /** The clock; tests and /dev/tick move it, nothing else. */
  now: () => Date;
  people: PeopleRepository;
  conversations: ConversationsRepository;
}
