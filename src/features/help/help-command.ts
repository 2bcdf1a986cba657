import { renderHelp } from '../../cards/help-card';
import { defineCommand } from '../definitions';

/** `hulp` / `help`: what Positie can do. */
export const helpCommand = defineCommand({
  kinds: ['help'],
  scope: 'any',
  handle: async (turn) => {
    await turn.reply(renderHelp(turn.locale));
  },
});
