import { findParadox, findRole } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import { isPlayed, roleOf, type Answer } from '../domain/answer';
import { reflectionStrings } from './strings/reflection-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';
import { inertText } from './inert-text';

/** The "answered" state of a prompt card: what the person chose, and an edit button today. */
export function renderDailyAnswered(library: ContentLibrary, answer: Answer, question: string, locale: Locale, canEdit: boolean): AdaptiveCard {
  const s = reflectionStrings[locale];
  const paradox = findParadox(library, answer.paradoxId);
  const positions = paradox ? s.positions(paradox.left[locale], paradox.right[locale]) : [];
  const roleId = roleOf(answer);
  const role = roleId ? findRole(library, roleId) : undefined;
  const tactic = library.tactics.find((t) => t.id === answer.tacticId);
  const facts = [
    { title: s.factPosition, value: isPlayed(answer) ? (positions[answer.position - 1] ?? String(answer.position)) : s.factNotPlayed },
    // "Speelde vandaag niet" has no role to show.
    ...(roleId ? [{ title: s.factRole, value: role ? role.name[locale] : roleId }] : []),
    ...(tactic ? [{ title: s.factTactic, value: tactic.name[locale] }] : []),
  ];
  return expandTemplate('daily-answered', {
    savedText: s.saved,
    heading: paradox ? `${paradox.left[locale]} ↔ ${paradox.right[locale]}` : s.heading,
    question,
    facts,
    noteLabel: s.noteLabel,
    note: inertText(answer.note ?? ''),
    privateText: s.private,
    editLabel: s.edit,
    canEdit,
    deliveryId: answer.deliveryId,
  });
}
