import { renderHelp } from '../../cards/help-card';
import { renderChannelHelp } from '../../cards/talk-card';
import { defineCommand } from '../definitions';
import type { TalkDeps } from './talk';

/** `hulp` / `help`: what Positie can do here (the personal list in personal chat, the check-in in a channel). */
export const helpCommand = defineCommand({
  kind: 'help',
  words: { nl: 'hulp', en: 'help' },
  phrases: ['?', 'help me', 'helpen', 'hulp nodig', 'wat kan je', 'wat kun je', 'wat kan jij', 'wat kun jij', 'wat kan je allemaal', 'wat kun je allemaal', 'wat doe je', 'hoe werkt dit', 'hoe werkt het', 'uitleg', 'commandos', 'menu', 'what can you do', 'how does this work', 'commands'],
  help: { nl: 'Dit overzicht', en: 'This overview' },
  channelHelp: { nl: 'Dit overzicht', en: 'This overview' },
  menu: {
    personal: { nl: 'Wat Positie kan en hoe je het gebruikt', en: 'What Positie does and how to use it' },
    team: { nl: 'Wat Positie in dit kanaal kan', en: 'What Positie can do in this channel' },
    groupChat: { nl: 'Wat Positie in deze chat kan', en: 'What Positie can do in this chat' },
  },
  scope: 'any',
  handle: async (turn, _command, deps: TalkDeps) => {
    const card =
      turn.identity.conversationType === 'personal'
        ? renderHelp(turn.locale, deps.commands.helpLines('personal', turn.locale, 'help'))
        : renderChannelHelp(turn.locale, deps.config.MicrosoftAppId, deps.commands.helpLines('conversation', turn.locale, 'help'));
    await turn.reply(card);
  },
});
