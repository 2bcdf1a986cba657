import type { Locale } from '../content/types';
import { privacyStrings } from './strings/privacy-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** What the confirmation names, counted from storage when the card is shown. */
export interface DeleteSummary {
  answers: number;
  checkinAnswers: number;
}

/** `verwijder mijn gegevens`: names what goes before anything goes; `token` binds the card to the person. */
export function renderDeleteConfirm(locale: Locale, summary: DeleteSummary, token: string): AdaptiveCard {
  const s = privacyStrings[locale];
  return expandTemplate('delete-confirm', {
    title: s.deleteTitle,
    intro: s.deleteIntro,
    items: s.deleteItems(summary.answers, summary.checkinAnswers).map((text) => ({ text })),
    keepsText: s.deleteKeeps,
    exportFirstText: s.deleteExportFirst,
    confirmLabel: s.deleteConfirm,
    cancelLabel: s.deleteCancel,
    token,
  });
}
