import type { Locale } from '../content/types';
import { COMMAND_WORDS, type NamedCommandKind } from '../domain/commands';
import { talkStrings } from './strings/talk-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** A button that runs a command (verb `command.run`, checked against the command list when clicked). */
export interface CommandButton {
  kind: NamedCommandKind;
  label: string;
}

/** A short reply with buttons that run commands: hello, thanks, stop, "did you mean". */
export function renderTalk(text: string, buttons: readonly CommandButton[], title = ''): AdaptiveCard {
  return expandTemplate('talk', { title, text, buttons: buttons.map((b) => ({ label: b.label, command: b.kind })) });
}

/** The label of a command's button: its own words where there are no better ones. */
export function commandLabel(kind: NamedCommandKind, locale: Locale): string {
  const labels: Partial<Record<NamedCommandKind, string>> = talkStrings[locale].labels;
  return labels[kind] ?? COMMAND_WORDS[kind][locale];
}

/** The Teams link to someone's personal chat with the bot, when its app id is known. */
export function personalChatUrl(appId: string | undefined): string {
  return appId ? `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(appId)}` : '';
}

/** What Positie does in a channel or group chat; with `introduce`, the introduction when added to a team. */
export function renderChannelHelp(locale: Locale, appId: string | undefined, introduce = false): AdaptiveCard {
  const s = talkStrings[locale];
  const kinds = ['checkin', 'checkinTrend', 'help'] as const;
  return expandTemplate('channel-help', {
    title: introduce ? s.introTitle : s.channelTitle,
    what: introduce ? s.introWhat : '',
    intro: introduce ? s.channelHowTo : s.channelIntro,
    commands: kinds.map((kind) => ({ word: `@Positie ${COMMAND_WORDS[kind][locale]}`, meaning: s.channelCommands[kind] })),
    personal: s.channelPersonal,
    openPersonal: s.openPersonal,
    chatUrl: personalChatUrl(appId),
  });
}
