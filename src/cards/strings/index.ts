import type { Locale } from '../../content/types';
import { en } from './en';
import { nl, type Strings } from './nl';

export type { Strings };

const tables: Record<Locale, Strings> = { nl, en };

export function stringsFor(locale: Locale): Strings {
  return tables[locale];
}

/** Teams sends locales like "en-US" or "nl-NL"; everything not English is Dutch. */
export function localeFromTeams(locale: string | undefined): Locale {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
