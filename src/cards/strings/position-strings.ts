import type { Locale, Paradox } from '../../content/types';
import type { Step } from '../../domain/paradox-step';
import type { Spread } from '../../domain/weekly-summary-figures';
import { inSentence } from './in-sentence';

/** The places on the scale in the words of the daily card's choices, inside a sentence: one wording on every card. */
const towards: Record<Locale, { outer: (pole: string) => string; inner: (pole: string) => string; middle: string }> = {
  nl: { outer: (pole) => `helemaal ${pole}`, inner: (pole) => `vooral ${pole}`, middle: 'ergens in het midden' },
  en: { outer: (pole) => `fully ${pole}`, inner: (pole) => `mostly ${pole}`, middle: 'somewhere in the middle' },
};

/** Where a step lies, in words: "helemaal besluiten" (1, 5), "vooral …" (2, 4), "ergens in het midden" (3). */
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

/**
 * How often each place was chosen, left to right: "2× vooral twijfel openhouden, 1× vooral knopen
 * doorhakken". Someone who swung from one side to the other reads both sides, never a middle
 * that no answer chose.
 */
export function spreadText(paradox: Paradox, spread: Spread, locale: Locale): string {
  const t = towards[locale];
  const left = inSentence(paradox.left[locale]);
  const right = inSentence(paradox.right[locale]);
  const places = [t.outer(left), t.inner(left), t.middle, t.inner(right), t.outer(right)];
  return spread.flatMap((count, i) => (count > 0 ? [`${count}× ${places[i] ?? ''}`] : [])).join(', ');
}

/** "○●○●○": the places chosen, for a glance beside the words. */
export function spreadScale(spread: Spread): string {
  return spread.map((count) => (count > 0 ? '●' : '○')).join('');
}
