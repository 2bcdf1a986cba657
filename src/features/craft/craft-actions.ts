import type { CraftDeps } from './craft-deps';
import { z } from 'zod';
import { renderCraftReflection } from '../../cards/craft-reflection-card';
import { renderMessage } from '../../cards/message-card';
import { craftStrings } from '../../cards/strings/craft-strings';
import { reflectionStrings } from '../../cards/strings/reflection-strings';
import { VERBS } from '../../cards/verbs';
import { competenciesTouched, craftQuestionFor, monthRange } from '../../domain/craft-reflection';
import { isOfferedMonth } from './offered-months';
import { localDateOf } from '../../domain/due-times';
import { CONTROL_CHARS, NOTE_MAX } from '../reflection/answer-payload';
import { defineAction, type ActionReply } from '../definitions';
import type { PersonalTurn } from '../turn';

const monthSchema = z.string().regex(/^\d{4}-\d{2}$/);

/** `craft.open` (from the first weekly summary of a month): the reflection on that month, with what the person wrote before. */
export const craftOpenAction = defineAction({
  verb: VERBS.craftOpen,
  scope: 'personal',
  schema: z.object({ month: monthSchema }),
  handle: async (turn, { month }, services: CraftDeps): Promise<ActionReply> => craftCard(turn, services, month),
});

/** `craft.save`: stores (or replaces) the person's answer for that month; an empty answer removes it. */
export const craftSaveAction = defineAction({
  verb: VERBS.craftSave,
  scope: 'personal',
  schema: z.object({ month: monthSchema, note: z.string().max(20_000).optional().default('') }),
  handle: async (turn, { month, note }, services: CraftDeps): Promise<ActionReply> => {
    const question = craftQuestionFor(services.content, month);
    if (!question || !offered(turn, services, month)) return renderMessage(craftStrings[turn.locale].badMonth);
    const r = reflectionStrings[turn.locale];
    const problem = note.length > NOTE_MAX ? r.noteTooLong : CONTROL_CHARS.test(note) ? r.controlChars : undefined;
    if (problem) return craftCard(turn, services, month, { note, errorText: problem });
    const text = note.trim();
    if (text === '') {
      await services.craftNotes.remove(turn.person.key, month);
      return craftCard(turn, services, month, { note: '', savedText: craftStrings[turn.locale].removed });
    }
    await services.craftNotes.save(turn.person.key, { month, questionId: question.id, note: text, savedAt: services.now().toISOString() });
    services.logger.info({ event: 'craft.saved' }, 'craft reflection saved');
    return craftCard(turn, services, month, { note: text, savedText: craftStrings[turn.locale].saved });
  },
});

/** Only a month whose reflection was offered to this person (src/features/craft/offered-months.ts). */
function offered(turn: PersonalTurn, services: CraftDeps, month: string): boolean {
  const zone = turn.person.settings.timeZone;
  return isOfferedMonth(month, { today: localDateOf(services.now(), zone), joinedOn: localDateOf(new Date(turn.person.createdAt), zone), retentionDays: services.config.RETENTION_DAYS });
}

async function craftCard(turn: PersonalTurn, services: CraftDeps, month: string, shown: { note?: string; savedText?: string; errorText?: string } = {}): Promise<ActionReply> {
  const question = craftQuestionFor(services.content, month);
  if (!question || !offered(turn, services, month)) return renderMessage(craftStrings[turn.locale].badMonth);
  const { from, to } = monthRange(month);
  const [answers, stored] = await Promise.all([services.answers.listBetween(turn.person.key, from, to), shown.note === undefined ? services.craftNotes.get(turn.person.key, month) : undefined]);
  return renderCraftReflection({
    locale: turn.locale,
    month,
    question,
    competencies: competenciesTouched(services.content, answers),
    note: shown.note ?? stored?.note ?? '',
    ...(shown.savedText ? { savedText: shown.savedText } : {}),
    ...(shown.errorText ? { errorText: shown.errorText } : {}),
  });
}
