/**
 * Text commands, in Dutch and English. Parsing is exact on the whole (normalised) message, never
 * by `includes`: "help me met dit overleg" is not the help command.
 */
export type Command =
  | { kind: 'help' }
  | { kind: 'reflect' }
  | { kind: 'settings' }
  | { kind: 'pause'; until?: string }
  | { kind: 'resume' }
  | { kind: 'summary'; week: 'this' | 'last' }
  | { kind: 'history' }
  | { kind: 'notes' }
  | { kind: 'checkin' }
  | { kind: 'checkinTrend' }
  | { kind: 'coach' }
  | { kind: 'coachCode' }
  | { kind: 'coachAccept'; code: string }
  | { kind: 'coachees' }
  | { kind: 'coachStop' }
  | { kind: 'export' }
  | { kind: 'delete' };

export type CommandKind = Command['kind'];

/** Each command's words, per language; the manifest's command lists must come from here. */
export const COMMAND_WORDS: Record<Exclude<CommandKind, 'coachAccept'>, { nl: string; en: string }> = {
  help: { nl: 'hulp', en: 'help' },
  reflect: { nl: 'reflecteer', en: 'reflect' },
  settings: { nl: 'instellingen', en: 'settings' },
  pause: { nl: 'pauze', en: 'pause' },
  resume: { nl: 'hervat', en: 'resume' },
  summary: { nl: 'samenvatting', en: 'summary' },
  history: { nl: 'geschiedenis', en: 'history' },
  notes: { nl: 'mijn notities', en: 'my notes' },
  checkin: { nl: 'check-in', en: 'check-in' },
  checkinTrend: { nl: 'check-in trend', en: 'check-in trend' },
  coach: { nl: 'coach', en: 'coach' },
  coachCode: { nl: 'coach code', en: 'coach code' },
  coachees: { nl: 'coachees', en: 'coachees' },
  coachStop: { nl: 'coach stop', en: 'coach stop' },
  export: { nl: 'mijn gegevens', en: 'export' },
  delete: { nl: 'verwijder mijn gegevens', en: 'delete my data' },
};

const fixed: Record<string, Command> = {
  help: { kind: 'help' },
  hulp: { kind: 'help' },
  '?': { kind: 'help' },
  reflecteer: { kind: 'reflect' },
  reflect: { kind: 'reflect' },
  instellingen: { kind: 'settings' },
  settings: { kind: 'settings' },
  pauze: { kind: 'pause' },
  pause: { kind: 'pause' },
  hervat: { kind: 'resume' },
  resume: { kind: 'resume' },
  samenvatting: { kind: 'summary', week: 'this' },
  summary: { kind: 'summary', week: 'this' },
  'samenvatting vorige week': { kind: 'summary', week: 'last' },
  'summary last week': { kind: 'summary', week: 'last' },
  geschiedenis: { kind: 'history' },
  history: { kind: 'history' },
  'mijn notities': { kind: 'notes' },
  notities: { kind: 'notes' },
  'my notes': { kind: 'notes' },
  notes: { kind: 'notes' },
  'check-in': { kind: 'checkin' },
  checkin: { kind: 'checkin' },
  'check-in trend': { kind: 'checkinTrend' },
  'checkin trend': { kind: 'checkinTrend' },
  coach: { kind: 'coach' },
  'coach code': { kind: 'coachCode' },
  coachees: { kind: 'coachees' },
  'coach stop': { kind: 'coachStop' },
  'mijn gegevens': { kind: 'export' },
  export: { kind: 'export' },
  'verwijder mijn gegevens': { kind: 'delete' },
  'delete my data': { kind: 'delete' },
};

/** Removes Teams' `<at>…</at>` mentions, HTML and extra whitespace, and lower-cases. */
export function normaliseText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Parses a message already stripped of the bot's mention; undefined when it is no command. */
export function parseCommand(text: string): Command | undefined {
  const t = normaliseText(text);
  const known = fixed[t];
  if (known) return known;
  const pause = /^(pauze|pause)(?: (?:tot|until))? (\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})$/.exec(t);
  if (pause?.[2]) return { kind: 'pause', until: toIsoDate(pause[2]) };
  const accept = /^coach ([a-z0-9]{6,8})$/.exec(t);
  if (accept?.[1]) return { kind: 'coachAccept', code: accept[1].toUpperCase() };
  return undefined;
}

/** Accepts 2026-12-31 and the Dutch 31-12-2026. */
function toIsoDate(value: string): string {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  if (dutch?.[1] && dutch[2] && dutch[3]) {
    return `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}`;
  }
  return value;
}
