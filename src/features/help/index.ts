import type { ActionDefinition, ConversationDefinition } from '../definitions';
import { helpCommand } from './help-command';
import { answerTalk, introduceToTeam, personalOnlyText, TALK_PHRASES, type TalkDeps } from './talk';
import { newcomerWelcome, sendWelcome } from './welcome';
import { welcomeLaterAction, welcomeSaveAction } from './welcome-actions';
import type { Services } from '../services';

export { runCommandActionFor } from './run-command-action';

export const helpCommands = [helpCommand] as const;
export const helpActions: ReadonlyArray<ActionDefinition<Services>> = [welcomeSaveAction, welcomeLaterAction];

/** Talk, "did you mean", the welcome of a newcomer and the introduction in a channel. */
export const helpConversation: ConversationDefinition<TalkDeps & Pick<Services, 'now'>> = {
  talk: TALK_PHRASES,
  answer: answerTalk,
  welcomeFor: newcomerWelcome,
  welcome: sendWelcome,
  introduce: introduceToTeam,
  personalElsewhere: personalOnlyText,
};

