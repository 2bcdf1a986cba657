import { summaryStrings } from '../../cards/strings/summary-strings';
import { defineCommand } from '../definitions';
import { historyCard, notesCard } from './history-views';

/** `geschiedenis` / `history`: the last twelve weeks; `mijn notities` / `my notes`: the newest notes. */
export const historyCommand = defineCommand({
  kinds: ['history', 'notes'],
  scope: 'personal',
  elsewhere: (locale) => summaryStrings[locale].personalOnly,
  handle: async (turn, command, services) => {
    await turn.reply(command.kind === 'history' ? await historyCard(services, turn.person) : await notesCard(services, turn.person, 1));
  },
});
