import { inertName, visibleName } from '../../cards/inert-text';
import { commandLabel, personalChatUrl, renderChannelHelp, renderTalk, type CommandButton } from '../../cards/talk-card';
import { talkStrings } from '../../cards/strings/talk-strings';
import { COMMAND_WORDS, type NamedCommandKind, type Talk } from '../../domain/commands';
import type { Services } from '../services';
import type { Turn } from '../turn';
import { renderMessage } from '../../cards/message-card';

function buttons(turn: Turn, kinds: readonly NamedCommandKind[]): CommandButton[] {
  return kinds.map((kind) => ({ kind, label: commandLabel(kind, turn.locale) }));
}

function inChannel(turn: Turn): boolean {
  return turn.identity.conversationType !== 'personal';
}

/** The main buttons where the person is: their own questions in personal chat, the check-in in a channel. */
function mainButtons(turn: Turn): CommandButton[] {
  return buttons(turn, inChannel(turn) ? ['checkin', 'checkinTrend', 'help'] : ['reflect', 'summary', 'help']);
}

/** The first name, for a greeting that sounds like one. */
function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** Answers hello, thanks and "stop": short and friendly, with buttons to go on. */
export async function answerTalk(turn: Turn, talk: Talk, services: Services): Promise<void> {
  const s = talkStrings[turn.locale];
  if (talk === 'greeting') {
    const first = firstName(visibleName(turn.identity.name));
    const text = inChannel(turn) ? s.greetingChannel : s.greeting(first === '' ? '' : inertName(first, turn.locale));
    await turn.reply(renderTalk(text, mainButtons(turn)));
  } else if (talk === 'thanks') {
    await turn.reply(renderTalk(s.thanks, mainButtons(turn)));
  } else if (inChannel(turn)) {
    await turn.reply(renderMessage(personalOnlyText(turn, services)));
  } else {
    await turn.reply(renderTalk(s.stop, [{ kind: 'pause', label: s.stopPause }, { kind: 'delete', label: s.stopDelete }], s.stopTitle));
  }
}

/** "Did you mean …?": the closest commands, as buttons. */
export async function suggestCommands(turn: Turn, kinds: readonly NamedCommandKind[]): Promise<void> {
  const s = talkStrings[turn.locale];
  const [a, b] = kinds.map((kind) => COMMAND_WORDS[kind][turn.locale]);
  const text = a && b ? s.suggest(a, b) : s.suggest(COMMAND_WORDS.help[turn.locale], COMMAND_WORDS.reflect[turn.locale]);
  await turn.reply(renderTalk(text, buttons(turn, kinds), s.didYouMean));
}

/** A personal command typed in a channel: where to do it, with a link to the personal chat when the app id is known. */
export function personalOnlyText(turn: Turn, services: Services): string {
  const s = talkStrings[turn.locale];
  const url = personalChatUrl(services.config.MicrosoftAppId);
  return url ? s.personalOnlyLink(url) : s.personalOnly;
}

/** The introduction in a channel when Positie is added to a team. */
export async function introduceToTeam(turn: Turn, services: Services): Promise<void> {
  await turn.reply(renderChannelHelp(turn.locale, services.config.MicrosoftAppId, true));
}
