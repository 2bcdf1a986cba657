import type { Locale } from '../content/types';
import type { HelpLine } from './help-card';
import { talkStrings } from './strings/talk-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** A button that runs a command (verb `command.run`, checked against the command list when clicked). */
export interface CommandButton {
  /** A registered command with words (src/features/registry.ts). */
  kind: string;
  label: string;
}

/** A short reply with buttons that run commands: hello, thanks, stop, "did you mean". */
export function renderTalk(text: string, buttons: readonly CommandButton[], title = ''): AdaptiveCard {
  return expandTemplate('talk', { title, text, buttons: buttons.map((b) => ({ label: b.label, command: b.kind })) });
}

/** The label of a command's button: its own words (`word`) where there are no better ones. */
export function commandLabel(kind: string, locale: Locale, word: string): string {
  const labels: Partial<Record<string, string>> = talkStrings[locale].labels;
  return labels[kind] ?? word;
}

/** The Teams link to someone's personal chat with the bot, when its app id is known. */
export function personalChatUrl(appId: string | undefined): string {
  return appId ? `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(appId)}` : '';
}

/**
 * What Positie does in a channel or group chat (the commands that work there, with their channel
 * help lines); with `introduce`, the introduction when added to a team.
 */
export function renderChannelHelp(locale: Locale, appId: string | undefined, commands: readonly HelpLine[], introduce = false): AdaptiveCard {
  const s = talkStrings[locale];
  return expandTemplate('channel-help', {
    title: introduce ? s.introTitle : s.channelTitle,
    what: introduce ? s.introWhat : '',
    intro: introduce ? s.channelHowTo : s.channelIntro,
    commands: commands.map(({ word, meaning }) => ({ word: `@Positie ${word}`, meaning })),
    personal: s.channelPersonal,
    openPersonal: s.openPersonal,
    chatUrl: personalChatUrl(appId),
  });
}
