import { renderHelp } from '../../cards/help-card';
import { renderChannelHelp } from '../../cards/talk-card';
import { defineCommand } from '../definitions';

/** `hulp` / `help`: what Positie can do here (the personal list in personal chat, the check-in in a channel). */
export const helpCommand = defineCommand({
  kinds: ['help'],
  scope: 'any',
  handle: async (turn, _command, services) => {
    const card = turn.identity.conversationType === 'personal' ? renderHelp(turn.locale) : renderChannelHelp(turn.locale, services.config.MicrosoftAppId);
    await turn.reply(card);
  },
});
