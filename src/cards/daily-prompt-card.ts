import type { ContentLibrary, Locale, Prompt } from '../content/types';
import { findParadox, findRole, rolesOf } from '../content/library-lookup';
import { fitting, promptTextFor, type WorkProfile } from '../domain/content-fit';
import { NO_TACTIC, NOT_PLAYED } from '../domain/answer';
import { reflectionStrings } from './strings/reflection-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** What the person had filled in (on edit, or after a failed save). */
export interface PromptValues {
  position?: string;
  role?: string;
  tactic?: string;
  note?: string;
}

export interface DailyPromptData {
  deliveryId: string;
  /** Signed delivery facts for the answer button (DeliveryTickets). */
  ticket: string;
  prompt: Prompt;
  lens: string;
  locale: Locale;
  /** The person's work profile: the question in their layer's words, and the tactics that fit them. */
  profile: WorkProfile;
  values?: PromptValues;
  errorText?: string;
  /** Snooze is offered once, and not on an edit. */
  showSnooze: boolean;
  showSkip: boolean;
}

export function renderDailyPrompt(library: ContentLibrary, data: DailyPromptData): AdaptiveCard {
  const s = reflectionStrings[data.locale];
  const L = data.locale;
  const paradox = findParadox(library, data.prompt.paradoxId);
  if (!paradox) throw new Error(`prompt ${data.prompt.id} has no paradox`);
  const perspectiveRole = data.prompt.roleId ? findRole(library, data.prompt.roleId) : undefined;
  const question = promptTextFor(data.prompt, data.profile.layer, L);
  const left = paradox.left[L];
  const right = paradox.right[L];
  const roles = rolesOf(library, data.lens);
  return expandTemplate('daily-prompt', {
    errorText: data.errorText ?? '',
    // The tension in one line: the positions below name its poles again, so the card spends no second row on them.
    poles: `${left} ↔ ${right}`,
    // Folded: what the tension is about and what each role means, a tap away (the card fits one phone screen).
    explainToggle: s.explainToggle,
    explainToggleTitle: s.explainToggleTitle,
    why: paradox.why[L],
    question,
    // A question that already speaks from the role ("Vanuit de verbinder gezien: …") needs no second line saying so.
    perspective: perspectiveRole && !question.toLowerCase().includes(perspectiveRole.name[L].toLowerCase()) ? s.perspective(perspectiveRole.name[L]) : '',
    positionLabel: s.positionLabel,
    positionError: s.positionError,
    positions: [
      ...s.positions(left, right).map((title, i) => ({ title, value: String(i + 1) })),
      // A conditional prompt may simply not have come up today: that is an answer too, not a place on the scale.
      ...(data.prompt.conditional ? [{ title: s.notPlayed, value: String(NOT_PLAYED) }] : []),
    ],
    roleLabel: s.roleLabel,
    // On a conditional prompt "speelde vandaag niet" needs no role, so the client may not demand one; the server asks for it when played.
    roleRequired: !data.prompt.conditional,
    roleError: s.roleError,
    roles: roles.map((role) => ({ title: role.name[L], value: role.id })),
    roleDescriptions: roles.map((role) => ({ text: `**${role.name[L]}**: ${role.description[L]}` })),
    tacticToggle: s.tacticToggle,
    tacticToggleTitle: s.tacticToggleTitle,
    tacticLabel: s.tacticLabel,
    // Only the tactics that fit the person's work, each with what it means; "geen" (value '') clears a choice made by mistake.
    tactics: [{ title: s.noTactic, value: NO_TACTIC }, ...fitting(library.tactics, data.profile).map((t) => ({ title: `${t.name[L]} — ${t.description[L]}`, value: t.id }))],
    noteToggle: s.noteToggle,
    noteToggleTitle: s.noteToggleTitle,
    noteLabel: s.noteLabel,
    notePlaceholder: s.notePlaceholder,
    noteHint: s.noteHint,
    // An edit opens what holds a value: the person sees what they filled in.
    showTactic: Boolean(data.values?.tactic && data.values.tactic !== NO_TACTIC),
    showNote: Boolean(data.values?.note),
    values: {
      position: data.values?.position ?? '',
      role: data.values?.role ?? '',
      tactic: data.values?.tactic ?? '',
      note: data.values?.note ?? '',
    },
    deliveryId: data.deliveryId,
    ticket: data.ticket,
    answerLabel: s.answer,
    snoozeLabel: s.snooze,
    skipLabel: s.skip,
    showSnooze: data.showSnooze,
    showSkip: data.showSkip,
  });
}
