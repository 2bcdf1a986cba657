/**
 * Text commands, in Dutch and English. A message is matched on the whole (normalised) text,
 * never by `includes`: "help me met dit overleg" is not the help command. Typos are forgiven
 * word by word (one letter in words of 5+ letters, two in words of 9+); what stays unknown gets
 * the two closest commands as suggestions (src/domain/understand.ts).
 */
import { relativePauseOf, type RelativePause } from './relative-pause';

export type { RelativePause };

export type Command =
  | { kind: 'help' }
  | { kind: 'reflect' }
  | { kind: 'settings' }
  /** `until` is an explicit last paused day; `relative` ("tot maandag") is resolved with the clock. */
  | { kind: 'pause'; until?: string; relative?: RelativePause }
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

/** The commands a button or a suggestion can name (all but the one that carries a code). */
export type NamedCommandKind = Exclude<CommandKind, 'coachAccept'>;

/** Each command's words, per language; the manifest's command lists must come from here. */
export const COMMAND_WORDS: Record<NamedCommandKind, { nl: string; en: string }> = {
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

export const NAMED_COMMAND_KINDS = Object.keys(COMMAND_WORDS) as NamedCommandKind[];

/** The command a button names by its kind (the plain form: this week's summary, an open pause). */
export function commandOfKind(kind: NamedCommandKind): Command {
  return kind === 'summary' ? { kind, week: 'this' } : { kind };
}

/** Besides commands, what people say to Positie: hello, thanks, "stop". */
export type Talk = 'greeting' | 'thanks' | 'stop';

type Meaning = { command: Command } | { talk: Talk };

const c = (command: Command): Meaning => ({ command });
const t = (talk: Talk): Meaning => ({ talk });

/**
 * Every phrase Positie understands, with what it means: the command words of both languages
 * and the ways people really ask for them. Typed with typos, these still match.
 */
const PHRASES: ReadonlyArray<readonly [Meaning, readonly string[]]> = [
  [c({ kind: 'help' }), ['hulp', 'help', '?', 'help me', 'helpen', 'hulp nodig', 'wat kan je', 'wat kun je', 'wat kan jij', 'wat kun jij', 'wat kan je allemaal', 'wat kun je allemaal', 'wat doe je', 'hoe werkt dit', 'hoe werkt het', 'uitleg', 'commandos', 'menu', 'what can you do', 'how does this work', 'commands']],
  [c({ kind: 'reflect' }), ['reflecteer', 'reflect', 'reflecteren', 'reflectie', 'vraag', 'nieuwe vraag', 'een vraag', 'geef me een vraag', 'stel een vraag', 'vraag van vandaag', 'question', 'new question', 'ask me', 'ask me a question']],
  [c({ kind: 'settings' }), ['instellingen', 'settings', 'instellingen wijzigen', 'instellingen aanpassen', 'wijzig instellingen', 'wijzig mijn instellingen', 'mijn instellingen', 'tijd wijzigen', 'tijdstip wijzigen', 'change settings', 'my settings', 'preferences']],
  [c({ kind: 'pause' }), ['pauze', 'pause', 'pauzeer', 'pauzeren', 'even pauze', 'even geen vragen', 'pause questions', 'take a break']],
  [c({ kind: 'resume' }), ['hervat', 'resume', 'hervatten', 'verder', 'ga verder', 'doorgaan', 'weer beginnen', 'continue', 'start again']],
  [c({ kind: 'summary', week: 'this' }), ['samenvatting', 'summary', 'weekoverzicht', 'week overzicht', 'overzicht', 'mijn week', 'deze week', 'weekly summary', 'week summary', 'my week', 'this week']],
  [c({ kind: 'summary', week: 'last' }), ['samenvatting vorige week', 'weekoverzicht vorige week', 'overzicht vorige week', 'vorige week', 'summary last week', 'last week', 'last weeks summary']],
  [c({ kind: 'history' }), ['geschiedenis', 'history', 'mijn geschiedenis', 'mijn antwoorden', 'eerdere antwoorden', 'oude antwoorden', 'my history', 'my answers', 'past answers', 'previous answers']],
  [c({ kind: 'notes' }), ['mijn notities', 'notities', 'my notes', 'notes']],
  [c({ kind: 'checkin' }), ['check-in', 'checkin', 'check in', 'teamcheck-in', 'teamcheckin', 'team check-in', 'team checkin', 'start check-in', 'start een check-in']],
  [c({ kind: 'checkinTrend' }), ['check-in trend', 'checkin trend', 'check in trend', 'check-in trends', 'trend']],
  [c({ kind: 'coach' }), ['coach', 'mijn coach', 'my coach', 'coaches', 'mijn coaches', 'my coaches']],
  [c({ kind: 'coachCode' }), ['coach code', 'coachcode', 'code']],
  [c({ kind: 'coachees' }), ['coachees', 'mijn coachees', 'my coachees']],
  [c({ kind: 'coachStop' }), ['coach stop', 'stop coach', 'stop coaching']],
  [c({ kind: 'export' }), ['mijn gegevens', 'export', 'exporteer', 'exporteren', 'gegevens downloaden', 'download mijn gegevens', 'my data', 'download my data', 'export my data']],
  [c({ kind: 'delete' }), ['verwijder mijn gegevens', 'delete my data', 'wis mijn gegevens', 'gegevens wissen', 'gegevens verwijderen', 'verwijder alles', 'delete everything', 'erase my data']],
  [t('stop'), ['stop', 'stoppen', 'ik wil stoppen', 'ik stop', 'uitschrijven', 'afmelden', 'uitzetten', 'opzeggen', 'geen vragen meer', 'hou op', 'unsubscribe', 'i want to stop', 'quit', 'stop it', 'stop sending']],
  [t('greeting'), ['hoi', 'hallo', 'hey', 'hee', 'hai', 'dag', 'goedemorgen', 'goedemiddag', 'goedenavond', 'goeiemorgen', 'morgen', 'hoi positie', 'hallo positie', 'hi', 'hello', 'hiya', 'good morning', 'good afternoon', 'good evening', 'hi positie', 'hello positie']],
  [t('thanks'), ['dank je', 'dank je wel', 'dankjewel', 'dankje', 'dank u', 'dank u wel', 'bedankt', 'thanks', 'thank you', 'thank you very much', 'thanks a lot', 'thx', 'merci', 'top bedankt', 'super bedankt', 'cheers']],
];

/** The normalised text, without punctuation around words ("Hoi!", "dank je!", "wat kan je?"). */
function wordsOf(text: string): string {
  const t = normaliseText(text);
  if (t === '?') return t;
  return t
    .replace(/[’']/g, '')
    .replace(/[!?.,;:()"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

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

/** How many letters a typed word may differ from a known word of this length. */
export function typosAllowed(word: string): number {
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/** Edit distance with transpositions (optimal string alignment): "relfecteer" is one step from "reflecteer". */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i, ...Array.from({ length: b.length }, (_, j) => (i === 0 ? j + 1 : 0))]);
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The typos between `typed` and `phrase`, word by word; undefined when a word is too far off. */
function typoDistance(typed: readonly string[], phrase: readonly string[]): number | undefined {
  if (typed.length !== phrase.length) return undefined;
  let total = 0;
  for (let i = 0; i < phrase.length; i += 1) {
    const known = phrase[i] as string;
    const word = typed[i] as string;
    if (word === known) continue;
    const distance = editDistance(word, known);
    if (distance > typosAllowed(known)) return undefined;
    total += distance;
  }
  return total;
}

/** Longer messages are no command with typos (no phrase is this long); suggestions read only their start. */
const FUZZY_MAX_CHARS = 60;
const SUGGEST_WORDS = 8;

const EXACT = new Map<string, Meaning>(PHRASES.flatMap(([meaning, phrases]) => phrases.map((p) => [p, meaning] as const)));

function sameMeaning(a: Meaning, b: Meaning): boolean {
  if ('talk' in a || 'talk' in b) return 'talk' in a && 'talk' in b && a.talk === b.talk;
  return JSON.stringify(a.command) === JSON.stringify(b.command);
}

/** The meaning of a whole message: exact, a command with an argument, or one with typos (if only one fits best). */
function meaningOf(text: string): Meaning | undefined {
  const words = wordsOf(text);
  const exact = EXACT.get(words);
  if (exact) return exact;
  const argument = withArgument(normaliseText(text)) ?? withArgument(words);
  if (argument) return { command: argument };
  // Typos are looked for in short messages only: edit distances over a long text cost seconds.
  if (words.length > FUZZY_MAX_CHARS) return undefined;
  const typed = words.split(' ');
  let best: { meaning: Meaning; distance: number; tied: boolean } | undefined;
  for (const [phrase, meaning] of EXACT) {
    const distance = typoDistance(typed, phrase.split(' '));
    if (distance === undefined) continue;
    if (!best || distance < best.distance) best = { meaning, distance, tied: false };
    else if (distance === best.distance && !sameMeaning(meaning, best.meaning)) best.tied = true;
  }
  return best && !best.tied ? best.meaning : undefined;
}

/** Commands that carry something: a pause date or period, a coach code. */
function withArgument(t: string): Command | undefined {
  const pause = /^(?:pauze|pause|pauzeer)(?: (?:tot|until|tot en met))? (\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})$/.exec(t);
  if (pause?.[1]) return { kind: 'pause', until: toIsoDate(pause[1]) };
  const relative = relativePauseOf(t);
  if (relative) return { kind: 'pause', relative };
  const accept = /^coach ([a-z0-9]{6,8})$/.exec(t);
  if (accept?.[1]) return { kind: 'coachAccept', code: accept[1].toUpperCase() };
  return undefined;
}

/** Parses a message already stripped of the bot's mention; undefined when it is no command. */
export function parseCommand(text: string): Command | undefined {
  const meaning = meaningOf(text);
  return meaning && 'command' in meaning ? meaning.command : undefined;
}

/** What a message means to Positie, when it is no command: talk, or the closest commands. */
export type Understood =
  | { type: 'command'; command: Command }
  | { type: Talk }
  | { type: 'suggestions'; kinds: NamedCommandKind[] };

/**
 * Understands a message: a command, a greeting, thanks, "stop", or else the two commands
 * (of `candidates`, those that work where the message was sent) closest to what was typed.
 */
export function understand(text: string, candidates: readonly NamedCommandKind[] = NAMED_COMMAND_KINDS): Understood {
  const meaning = meaningOf(text);
  if (meaning) return 'command' in meaning ? { type: 'command', command: meaning.command } : { type: meaning.talk };
  return { type: 'suggestions', kinds: closest(wordsOf(text), candidates, 2) };
}

/** How far a phrase is from what was typed: each of its words against the nearest typed word, 0 (there) to 1 (nowhere). */
function farness(typed: readonly string[], phrase: readonly string[]): number {
  const perWord = phrase.map((word) => Math.min(1, ...typed.map((w) => editDistance(w, word) / Math.max(word.length, w.length))));
  return perWord.reduce((sum, d) => sum + d, 0) / phrase.length;
}

/** The `count` commands whose phrases are closest to `typed` (word by word; ties keep list order). */
function closest(typed: string, candidates: readonly NamedCommandKind[], count: number): NamedCommandKind[] {
  const typedWords = typed
    .slice(0, FUZZY_MAX_CHARS)
    .split(' ')
    .slice(0, SUGGEST_WORDS);
  const scored = candidates.map((kind, order) => {
    const phrases = PHRASES.filter(([m]) => 'command' in m && m.command.kind === kind).flatMap(([, p]) => p);
    const distance = Math.min(...phrases.map((p) => farness(typedWords, p.split(' '))));
    return { kind, distance, order };
  });
  return scored
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, count)
    .map((s) => s.kind);
}

/** Every phrase with what it means (for the tests and for help texts). */
export function knownPhrases(): ReadonlyArray<readonly [string, Meaning]> {
  return [...EXACT.entries()];
}

/** Accepts 2026-12-31 and the Dutch 31-12-2026. */
function toIsoDate(value: string): string {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  if (dutch?.[1] && dutch[2] && dutch[3]) {
    return `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}`;
  }
  return value;
}
