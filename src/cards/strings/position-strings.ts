import type { Locale, Paradox } from '../../content/types';
import type { Step } from '../../domain/paradox-step';
import type { Spread } from '../../domain/weekly-summary-figures';
import { inSentence } from './in-sentence';

const towards: Record<Locale, { outer: (pole: string) => string; inner: (pole: string) => string; middle: string }> = {
  nl: { outer: (pole) => `helemaal naar ${pole}`, inner: (pole) => `meer naar ${pole}`, middle: 'in het midden' },
  en: { outer: (pole) => `all the way to ${pole}`, inner: (pole) => `more towards ${pole}`, middle: 'in the middle' },
};

/** Where a step lies, in words: "helemaal naar besluiten" (1, 5), "meer naar …" (2, 4), "in het midden" (3). */
export function positionText(paradox: Paradox, step: Step, locale: Locale): string {
  const t = towards[locale];
  if (step === 3) return t.middle;
  const pole = inSentence(step < 3 ? paradox.left[locale] : paradox.right[locale]);
  return step === 1 || step === 5 ? t.outer(pole) : t.inner(pole);
}

/** "○○●○○": the step on the scale, for a glance beside the words. */
export function stepScale(step: Step): string {
  return [1, 2, 3, 4, 5].map((s) => (s === step ? '●' : '○')).join('');
}

/** "Niet-weten ↔ Besluiten" */
export function paradoxTitle(paradox: Paradox, locale: Locale): string {
  return `${paradox.left[locale]} ↔ ${paradox.right[locale]}`;
}

/** The places on the scale in the words of the card's choices ("Meer: Twijfel openhouden"). */
const chosen: Record<Locale, { outer: (pole: string) => string; inner: (pole: string) => string; middle: string }> = {
  nl: { outer: (pole) => `helemaal ${pole}`, inner: (pole) => `meer ${pole}`, middle: 'in het midden' },
  en: { outer: (pole) => `all the way to ${pole}`, inner: (pole) => `leaning to ${pole}`, middle: 'in the middle' },
};

/**
 * How often each place was chosen, left to right: "2× meer twijfel openhouden, 1× meer knopen
 * doorhakken". Someone who swung from one side to the other reads both sides, never a middle
 * that no answer chose.
 */
export function spreadText(paradox: Paradox, spread: Spread, locale: Locale): string {
  const t = chosen[locale];
  const left = inSentence(paradox.left[locale]);
  const right = inSentence(paradox.right[locale]);
  const places = [t.outer(left), t.inner(left), t.middle, t.inner(right), t.outer(right)];
  return spread.flatMap((count, i) => (count > 0 ? [`${count}× ${places[i] ?? ''}`] : [])).join(', ');
}

/** "○●○●○": the places chosen, for a glance beside the words. */
export function spreadScale(spread: Spread): string {
  return spread.map((count) => (count > 0 ? '●' : '○')).join('');
}
