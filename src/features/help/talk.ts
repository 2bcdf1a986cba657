import { inertName, visibleName } from '../../cards/inert-text';
import { commandLabel, personalChatUrl, renderChannelHelp, renderTalk, type CommandButton } from '../../cards/talk-card';
import { talkStrings } from '../../cards/strings/talk-strings';
import type { Talk } from '../../domain/phrase-matching';
import type { CommandCatalog, Understood } from '../definitions';
import type { Services } from '../services';
import type { Turn } from '../turn';
import { renderMessage } from '../../cards/message-card';

/** What talk and suggestions use: the command words, and the app id for the link to the personal chat. */
export type TalkDeps = Pick<Services, 'commands' | 'config'>;

/** What people say to Positie besides commands, in both languages; typed with typos, these still match. */
export const TALK_PHRASES: Readonly<Record<Talk, readonly string[]>> = {
  stop: ['stop', 'stoppen', 'ik wil stoppen', 'ik stop', 'uitschrijven', 'afmelden', 'uitzetten', 'opzeggen', 'geen vragen meer', 'hou op', 'unsubscribe', 'i want to stop', 'quit', 'stop it', 'stop sending'],
  greeting: ['hoi', 'hallo', 'hey', 'hee', 'hai', 'dag', 'goedemorgen', 'goedemiddag', 'goedenavond', 'goeiemorgen', 'morgen', 'hoi positie', 'hallo positie', 'hi', 'hello', 'hiya', 'good morning', 'good afternoon', 'good evening', 'hi positie', 'hello positie'],
  thanks: ['dank je', 'dank je wel', 'dankjewel', 'dankje', 'dank u', 'dank u wel', 'bedankt', 'thanks', 'thank you', 'thank you very much', 'thanks a lot', 'thx', 'merci', 'top bedankt', 'super bedankt', 'cheers'],
};

function wordOf(commands: CommandCatalog, kind: string, turn: Turn): string {
  return commands.wordsOf(kind)?.[turn.locale] ?? kind;
}

function buttons(turn: Turn, kinds: readonly string[], commands: CommandCatalog): CommandButton[] {
  return kinds.map((kind) => ({ kind, label: commandLabel(kind, turn.locale, wordOf(commands, kind, turn)) }));
}

function inChannel(turn: Turn): boolean {
  return turn.identity.conversationType !== 'personal';
}

/** The main buttons where the person is: their own questions in personal chat, the check-in in a channel. */
function mainButtons(turn: Turn, commands: CommandCatalog): CommandButton[] {
  return buttons(turn, inChannel(turn) ? ['checkin', 'checkinTrend', 'help'] : ['reflect', 'summary', 'help'], commands);
}

/** The first name, for a greeting that sounds like one. */
function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** Answers hello, thanks and "stop" (short and friendly, with buttons to go on), and words Positie does not know. */
export async function answerTalk(turn: Turn, understood: Exclude<Understood, { type: 'command' }>, deps: TalkDeps): Promise<void> {
  const s = talkStrings[turn.locale];
  const talk = understood.type;
  if (talk === 'suggestions') {
    await suggestCommands(turn, understood.kinds, deps.commands);
  } else if (talk === 'greeting') {
    const first = firstName(visibleName(turn.identity.name));
    const text = inChannel(turn) ? s.greetingChannel : s.greeting(first === '' ? '' : inertName(first, turn.locale));
    await turn.reply(renderTalk(text, mainButtons(turn, deps.commands)));
  } else if (talk === 'thanks') {
    await turn.reply(renderTalk(s.thanks, mainButtons(turn, deps.commands)));
  } else if (inChannel(turn)) {
    await turn.reply(renderMessage(personalOnlyText(turn, deps)));
  } else {
    await turn.reply(renderTalk(s.stop, [{ kind: 'pause', label: s.stopPause }, { kind: 'delete', label: s.stopDelete }], s.stopTitle));
  }
}

/** "Did you mean …?": the closest commands, as buttons. */
async function suggestCommands(turn: Turn, kinds: readonly string[], commands: CommandCatalog): Promise<void> {
  const s = talkStrings[turn.locale];
  const [a, b] = kinds.map((kind) => wordOf(commands, kind, turn));
  const text = a && b ? s.suggest(a, b) : s.suggest(wordOf(commands, 'help', turn), wordOf(commands, 'reflect', turn));
  await turn.reply(renderTalk(text, buttons(turn, kinds, commands), s.didYouMean));
}

/** A personal command typed in a channel: where to do it, with a link to the personal chat when the app id is known. */
export function personalOnlyText(turn: Turn, deps: Pick<Services, 'config'>): string {
  const s = talkStrings[turn.locale];
  const url = personalChatUrl(deps.config.MicrosoftAppId);
  return url ? s.personalOnlyLink(url) : s.personalOnly;
}

/** The introduction in a channel when Positie is added to a team. */
export async function introduceToTeam(turn: Turn, deps: TalkDeps): Promise<void> {
  await turn.reply(renderChannelHelp(turn.locale, deps.config.MicrosoftAppId, deps.commands.helpLines('conversation', turn.locale, 'help'), true));
}
