import type { Locale } from '../content/types';

/**
 * Text typed by people (display names, notes) shown in markdown-enabled TextBlocks and facts:
 * made inert, so a name like `[x](https://…)` shows those characters instead of becoming a link
 * (or bold, a list, a heading) in someone else's card, and a name cannot hide itself, pose as
 * another (right-to-left overrides turn "Jan‮renaoC" into "JanCoaner"), or be nothing at all.
 * Pure; every card that shows a name takes it from here.
 *
 * Characters that open markup anywhere get a backslash (CommonMark escapes, honoured by Teams and
 * the Adaptive Cards renderers); the ones that only mean something at the start of a line (lists,
 * headings, quotes) are escaped only there, so "Anne-Marie" and "J. de Vries" stay as typed.
 */
const INLINE_MARKUP = /[\\`*_[\]<>~|]/g;
const LINE_START_MARKUP = /^(\s*)(\d+[.)]|[-+#=])/;

/**
 * What shows nothing, or changes how the text around it shows: control and format characters
 * (bidi embeddings, overrides and isolates, zero-width spaces and joiners, the soft hyphen, word
 * joiner, byte-order mark, tag characters), private-use characters, and letters and marks that
 * render blank (Hangul fillers, the combining grapheme joiner, variation selectors, braille blank).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\u115f\u1160\u2800\u3164\uffa0]|\p{Variation_Selector}|\u034f|\u17b4|\u17b5/gu;
/** Every kind of space and line break, in a name: one ordinary space. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu;
/** Combining marks piled on one letter beyond what any language needs ("Zalgo" text that covers the lines around it). */
const MARK_PILES = /(\p{M}{3})\p{M}+/gu;
/** Directional formatting only, for notes: line breaks and tabs stay there. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Said in place of a name with nothing visible in it. */
export const NAMELESS: Record<Locale, string> = { nl: 'Naamloos', en: 'Unnamed' };

/** A name as it can be seen: invisible and directional characters gone, spaces collapsed; '' when nothing is left. */
export function visibleName(name: string): string {
  return name.replace(SPACES, ' ').replace(INVISIBLE, '').replace(MARK_PILES, '$1').replace(SPACES, ' ').trim();
}

/** True for a name that shows nothing (empty, spaces, or only invisible characters). */
export function isBlankName(name: string): boolean {
  return visibleName(name) === '';
}

/** A display name for a markdown TextBlock or fact: visible, one line, escaped; the neutral word when nothing is left. */
export function inertName(name: string, locale: Locale = 'nl'): string {
  const visible = visibleName(name);
  return visible === '' ? NAMELESS[locale] : escapeMarkdown(visible);
}

/** A display name for plain text (a button title, which shows no markdown): visible, not escaped. */
export function plainName(name: string, locale: Locale = 'nl'): string {
  return visibleName(name) || NAMELESS[locale];
}

/** A note of several lines: directional overrides gone, each line escaped, line breaks kept. */
export function inertText(text: string): string {
  return text
    .replace(BIDI, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(escapeMarkdown)
    .join('\n');
}

function escapeMarkdown(line: string): string {
  const inline = line.replace(INLINE_MARKUP, (c) => `\\${c}`);
  return inline.replace(LINE_START_MARKUP, (_all, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
