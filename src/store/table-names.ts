/** Every table Positie uses. Only the store layer knows these names. */
export const TABLES = {
  people: 'People',
  conversations: 'Conversations',
  answers: 'Answers',
  due: 'Due',
  deliveries: 'Deliveries',
  checkins: 'Checkins',
  checkinResponses: 'CheckinResponses',
  /** Recurring check-ins: the schedule, its due list and a claim per occurrence; the owner is a keyed hash. */
  checkinSeries: 'CheckinSeries',
  consents: 'Consents',
  coachCodes: 'CoachCodes',
  coachViews: 'CoachViews',
  privacy: 'Privacy',
  /** Monthly craft reflections (vakmanschap), one row per person and month; only the person reads them. */
  craftNotes: 'CraftNotes',
  /** Which app instances are running (for sharing Teams' rate); nothing about people. */
  instances: 'Instances',
  /** Adoption figures per tenant and week as first shown by `npm run report`: rounded counts, nothing per person. */
  adoptionFigures: 'AdoptionFigures',
} as const;

export type TableKey = keyof typeof TABLES;

/** Tables that never hold anything about a person (export and delete have nothing to do there). */
export const TABLES_WITHOUT_PEOPLE: readonly TableKey[] = ['instances', 'adoptionFigures'];

export function tableName(prefix: string, key: TableKey): string {
  return `${prefix}${TABLES[key]}`;
}
