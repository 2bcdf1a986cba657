import { summaryStrings } from '../../cards/strings/summary-strings';
import { defineCommand } from '../definitions';
import { historyCard, notesCard, type HistoryServices } from './history-views';

/** `geschiedenis` / `history`: the last twelve weeks; `mijn notities` / `my notes`: the newest notes. */
export const historyCommand = defineCommand({
  kind: 'history',
  words: { nl: 'geschiedenis', en: 'history' },
  phrases: ['mijn geschiedenis', 'mijn antwoorden', 'eerdere antwoorden', 'oude antwoorden', 'my history', 'my answers', 'past answers', 'previous answers'],
  help: { nl: 'Je laatste 12 weken: rollen, deelname en waar je stond', en: 'Your last 12 weeks: roles, participation and where you stood' },
  scope: 'personal',
  elsewhere: (locale) => summaryStrings[locale].personalOnly,
  handle: async (turn, _command, services: HistoryServices) => {
    await turn.reply(await historyCard(services, turn.person));
  },
});

/** `mijn notities` / `my notes`: the newest notes, a page at a time. */
export const notesCommand = defineCommand({
  kind: 'notes',
  words: { nl: 'mijn notities', en: 'my notes' },
  phrases: ['notities', 'notes'],
  help: { nl: 'Je eerdere notities, de nieuwste eerst', en: 'Your earlier notes, newest first' },
  scope: 'personal',
  elsewhere: (locale) => summaryStrings[locale].personalOnly,
  handle: async (turn, _command, services: HistoryServices) => {
    await turn.reply(await notesCard(services, turn.person, 1));
  },
});
