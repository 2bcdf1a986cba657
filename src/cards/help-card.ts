import type { Locale } from '../content/types';
import { COMMAND_WORDS } from '../domain/commands';
import { stringsFor } from './strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** The commands shown in help, in this order. */
const LISTED = ['reflect', 'settings', 'pause', 'resume', 'summary', 'history', 'notes', 'checkin', 'coach', 'coachees', 'export', 'delete', 'help'] as const;

export function renderHelp(locale: Locale): AdaptiveCard {
  const s = stringsFor(locale).help;
  return expandTemplate('help', {
    title: s.title,
    intro: s.intro,
    commands: LISTED.map((kind) => ({ word: COMMAND_WORDS[kind][locale], meaning: s.commands[kind] })),
  });
}
