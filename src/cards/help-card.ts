import type { Locale } from '../content/types';
import { stringsFor } from './strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** One command on a help card: its word and what it does (from the command's registration). */
export interface HelpLine {
  word: string;
  meaning: string;
}

/** The personal help card: the registered commands with a help line, in registry order (src/features/registry.ts). */
export function renderHelp(locale: Locale, commands: readonly HelpLine[]): AdaptiveCard {
  const s = stringsFor(locale).help;
  return expandTemplate('help', {
    title: s.title,
    intro: s.intro,
    commands: commands.map(({ word, meaning }) => ({ word, meaning })),
  });
}
