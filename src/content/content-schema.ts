import { z } from 'zod';
import { CALENDAR_MOMENTS, KINDS_OF_WORK, LAYERS, RECESS_MOMENTS, THEMES, type ContentLibrary } from './types';

/** Lengths (in characters, after trimming) that still fit an Adaptive Card in Teams. */
export const LIMITS = {
  id: 60,
  name: 40,
  roleDescription: 160,
  word: 30,
  wordsPerRole: 30,
  poleLabel: 40,
  why: 200,
  promptText: 240,
  dilemmaTitle: 80,
  situation: 600,
  question: 240,
  optionLabel: 80,
  weeklyQuestion: 240,
  suggestion: 200,
  tacticDescription: 200,
  source: 300,
  /** A recess longer than this is a typo (the summer recess lasts about nine weeks). */
  recessDays: 100,
} as const;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const id = z
  .string()
  .max(LIMITS.id)
  .regex(ID_PATTERN, { error: 'is not a valid id (use lowercase letters, digits and dashes)' });
const text = (max: number) => z.string().trim().min(1).max(max);
const localized = (max: number) => z.strictObject({ nl: text(max), en: text(max) });
const distinct = (values: readonly string[]) => new Set(values).size === values.length;

// Lowercase because the language signal compares against lowercased answers.
const signalWord = text(LIMITS.word).refine((word) => word === word.toLowerCase(), { error: 'must be lowercase' });
const signalWords = z.array(signalWord).min(1).max(LIMITS.wordsPerRole);

const role = z.strictObject({
  id,
  name: localized(LIMITS.name),
  description: localized(LIMITS.roleDescription),
  words: z.strictObject({ nl: signalWords, en: signalWords }),
});

const lens = z.strictObject({
  id,
  name: localized(LIMITS.name),
  personal: z.boolean(),
  roles: z.array(role).min(1),
});

const paradox = z.strictObject({
  id,
  left: localized(LIMITS.poleLabel),
  right: localized(LIMITS.poleLabel),
  why: localized(LIMITS.why),
});

const competency = z.strictObject({ id, name: localized(LIMITS.name) });

const fit = {
  layers: z.array(z.enum(LAYERS)).min(1).refine(distinct, { error: 'lists a layer twice' }),
  work: z.array(z.enum(KINDS_OF_WORK)).min(1).refine(distinct, { error: 'lists a kind of work twice' }),
  needsTeam: z.boolean(),
};

const layerText = z.strictObject({
  provincie: localized(LIMITS.promptText).optional(),
  gemeente: localized(LIMITS.promptText).optional(),
  waterschap: localized(LIMITS.promptText).optional(),
  uitvoeringsorganisatie: localized(LIMITS.promptText).optional(),
});

const prompt = z
  .strictObject({
    id,
    paradoxId: id,
    text: localized(LIMITS.promptText),
    layerText: layerText.optional(),
    competencyIds: z.array(id).min(1).max(2).refine(distinct, { error: 'lists a competency twice' }),
    roleId: id.optional(),
    conditional: z.boolean(),
    calendar: z.enum(CALENDAR_MOMENTS).optional(),
    demissionair: z.boolean().optional(),
    theme: z.enum(THEMES).optional(),
    favours: z.enum(['left', 'right']).optional(),
    ...fit,
  })
  .refine((item) => Object.keys(item.layerText ?? {}).every((layer) => (item.layers as readonly string[]).includes(layer)), {
    error: 'names a layer the prompt is not tagged with',
    path: ['layerText'],
  });

const dilemmaOption = z.strictObject({ id, label: localized(LIMITS.optionLabel) });

const dilemma = z.strictObject({
  id,
  title: localized(LIMITS.dilemmaTitle),
  situation: localized(LIMITS.situation),
  question: localized(LIMITS.question),
  options: z
    .array(dilemmaOption)
    .min(2)
    .max(3)
    .refine((options) => distinct(options.map((option) => option.id)), { error: 'has two options with the same id' }),
  paradoxId: id,
  ...fit,
});

const weeklyQuestion = z.strictObject({ id, text: localized(LIMITS.weeklyQuestion) });

const roleNudge = z.strictObject({
  roleId: id,
  suggestions: z.array(localized(LIMITS.suggestion)).min(2).max(3),
});

const tactic = z.strictObject({ id, name: localized(LIMITS.name), description: localized(LIMITS.tacticDescription), ...fit });

/** True for a real calendar date written yyyy-mm-dd (not 2026-02-30). */
const isCalendarDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const calendarDate = z.string().refine(isCalendarDate, { error: 'is not a date (use yyyy-mm-dd)' });
const daysBetween = (start: string, end: string): number => (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
/** The month a recess starts in: the summer recess in June or July, the Christmas recess in December. */
const RECESS_START_MONTHS: Record<(typeof RECESS_MOMENTS)[number], readonly string[]> = { zomerreces: ['06', '07'], kerstreces: ['12'] };

// The checks across fields skip dates that are no dates: that field already has its own message.
const recess = z
  .strictObject({ id, moment: z.enum(RECESS_MOMENTS), start: calendarDate, end: calendarDate, source: text(LIMITS.source) })
  .refine((item) => item.id === `${item.moment}-${item.start.slice(0, 4)}`, { error: 'should be <moment>-<year it starts>', path: ['id'] })
  .refine((item) => !isCalendarDate(item.start) || RECESS_START_MONTHS[item.moment].includes(item.start.slice(5, 7)), {
    error: 'is not in the month this recess starts in',
    path: ['start'],
  })
  .refine(
    (item) => !isCalendarDate(item.start) || !isCalendarDate(item.end) || (daysBetween(item.start, item.end) >= 0 && daysBetween(item.start, item.end) <= LIMITS.recessDays),
    { error: `should be on or after the start, and at most ${LIMITS.recessDays} days later`, path: ['end'] },
  );

export type ContentKind = keyof ContentLibrary;
export type ItemOf<K extends ContentKind> = ContentLibrary[K][number];

/** How one kind of content is stored: its file, how to name one item in a message, its schema. */
export interface KindSpec<K extends ContentKind> {
  file: string;
  noun: string;
  keyField: 'id' | 'roleId';
  keyOf: (item: ItemOf<K>) => string;
  schema: z.ZodType<ItemOf<K>>;
}

export const KIND_SPECS: { [K in ContentKind]: KindSpec<K> } = {
  lenses: { file: 'lenses.json', noun: 'lens', keyField: 'id', keyOf: (item) => item.id, schema: lens },
  paradoxes: { file: 'paradoxes.json', noun: 'paradox', keyField: 'id', keyOf: (item) => item.id, schema: paradox },
  competencies: { file: 'competencies.json', noun: 'competency', keyField: 'id', keyOf: (item) => item.id, schema: competency },
  prompts: { file: 'prompts.json', noun: 'prompt', keyField: 'id', keyOf: (item) => item.id, schema: prompt },
  dilemmas: { file: 'dilemmas.json', noun: 'dilemma', keyField: 'id', keyOf: (item) => item.id, schema: dilemma },
  weeklyQuestions: { file: 'weekly-questions.json', noun: 'weekly question', keyField: 'id', keyOf: (item) => item.id, schema: weeklyQuestion },
  nudges: { file: 'nudges.json', noun: 'nudge', keyField: 'roleId', keyOf: (nudge) => nudge.roleId, schema: roleNudge },
  tactics: { file: 'tactics.json', noun: 'tactic', keyField: 'id', keyOf: (item) => item.id, schema: tactic },
  recesses: { file: 'recesses.json', noun: 'recess', keyField: 'id', keyOf: (item) => item.id, schema: recess },
};

const CONTENT_KINDS = Object.keys(KIND_SPECS) as ContentKind[];
export const CONTENT_FILE_NAMES: readonly string[] = CONTENT_KINDS.map((kind) => KIND_SPECS[kind].file);
