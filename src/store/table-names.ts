/** Every table Positie uses. Only the store layer knows these names. */
export const TABLES = {
  people: 'People',
  conversations: 'Conversations',
  answers: 'Answers',
  due: 'Due',
  deliveries: 'Deliveries',
  checkins: 'Checkins',
  checkinResponses: 'CheckinResponses',
  consents: 'Consents',
  coachCodes: 'CoachCodes',
  coachViews: 'CoachViews',
  privacy: 'Privacy',
} as const;

export type TableKey = keyof typeof TABLES;

export function tableName(prefix: string, key: TableKey): string {
  return `${prefix}${TABLES[key]}`;
}
