import { renderHelp } from '../../cards/help-card';
import { sendCard } from '../../teams/card-reply';
import type { CommandHandler } from '../turn';

export const helpCommand: CommandHandler = async (turn) => {
  await sendCard(turn.context, renderHelp(turn.locale));
};
