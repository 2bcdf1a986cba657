import type { ContentLibrary, Locale, Prompt } from '../content/types';
import { findParadox, findRole, rolesOf } from '../content/library-lookup';
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
  const left = paradox.left[L];
  const right = paradox.right[L];
  return expandTemplate('daily-prompt', {
    errorText: data.errorText ?? '',
    heading: s.heading,
    leftPole: left,
    rightPole: right,
    why: paradox.why[L],
    question: data.prompt.text[L],
    // A question that already speaks from the role ("Vanuit de verbinder gezien: …") needs no second line saying so.
    perspective: perspectiveRole && !data.prompt.text[L].toLowerCase().includes(perspectiveRole.name[L].toLowerCase()) ? s.perspective(perspectiveRole.name[L]) : '',
    positionLabel: s.positionLabel,
    positionError: s.positionError,
    positions: s.positions(left, right).map((title, i) => ({ title, value: String(i + 1) })),
    roleLabel: s.roleLabel,
    roleError: s.roleError,
    roles: rolesOf(library, data.lens).map((role) => ({ title: `${role.name[L]} — ${role.description[L]}`, value: role.id })),
    tacticLabel: s.tacticLabel,
    // The tactic is optional: an explicit "geen" lets someone clear a choice they made by mistake.
    tactics: [{ title: s.noTactic, value: '' }, ...library.tactics.map((t) => ({ title: t.name[L], value: t.id }))],
    noteLabel: s.noteLabel,
    notePlaceholder: s.notePlaceholder,
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
