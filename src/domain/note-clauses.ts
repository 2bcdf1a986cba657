/**
 * How a note is read before any role is named: in sentences and in the parts of a sentence, each
 * part either something the writer did, or not (negated, someone else's doing, a plan or a wish).
 * A question, and a note that is ironic, say nothing about what the writer did.
 */

/** A part of a sentence that states the writer's own act, not a plan. */
export interface OwnPart {
  /** Folded (lower case, no accents). */
  text: string;
  /** Where it starts in the folded note, which is where it starts in the note (fold keeps offsets). */
  start: number;
}

/** One sentence: its text and the parts the writer did. */
export interface NoteSentence {
  /** The folded sentence: what cues that name a partner are looked for in. */
  text: string;
  ownParts: OwnPart[];
}

/** Lower case without accents, one character for one ("Efficiënt" → "efficient"), so offsets stay. */
export function fold(text: string): string {
  return [...text.normalize('NFC').toLowerCase()].map((c) => c.normalize('NFD').replace(/\p{M}/gu, '') || c).join('').replace(/[’‘]/g, "'");
}

/** Words quoted as words ('co-creatie', "samenwerken in de keten"): a note that quotes them is about the words. */
const SCARE_QUOTES = /(^|[\s(])['"“][^'"”\n]{2,80}['"”](?=$|[\s.,;:!?)])/;
/** A short sentence of praise after a complaint, the usual turn of irony in a note. */
const IRONIC_SENTENCE =
  /^(top|heerlijk|genieten|baanbrekend|prachtig|geweldig|fantastisch|super|briljant|perfect|lekker|mooi zo|knap hoor|goed bezig( wij)?|wie verzint het|great|brilliant|lovely|fantastic|amazing|wonderful|awesome|classic|bravo|chapeau|love it|nice one|well done us)$/;
/** Openings of irony and complaint. */
const IRONIC_OPENING = /^(fijn hoor|prachtig,|leuk,|ha,|haha|ach ja|o ja|tja|goh|weer een|weer drie|weer twee|great,|lovely,|love how|oh great|nice,|another )/;
const IRONIC_MARKS = /(🙄|🙃|😒|😤|#not|\/s$)/u;

/**
 * The negations that turn an act into one not done, when they come before it in its part ("niet
 * gewaarschuwd", "didn't listen"). One after it belongs to what was said or advised ("geadviseerd
 * het debat niet in te gaan"), and a refusal that is the act itself is part of the cue ("geen
 * uitzondering gemaakt").
 */
export const NEGATION = /\b(niet|geen|nooit|niemand|nergens|niks|niets|noch|didn't|didnt|did not|don't|dont|do not|doesn't|never|not|no|nobody|none|nothing|wasn't|couldn't|haven't|hadn't|without)\b/;
/** Plans, wishes, doubts and what should have been: nothing was done yet. */
const NOT_DONE =
  /\b(van plan|plan om|plannen om|wil ik|ik wil|wilde|zou graag|zou ik|zouden we|ga ik|gaan we|we gaan|ik ga|morgen|volgende week|straks|ooit|hopelijk|hoop ik|als ik durf|twijfel|weet niet|had [a-z ]{0,40}willen|had [a-z ]{0,40}moeten|wanted to|want to|planned to|plan to|would like|would love|going to|i'll|we'll|will|next week|tomorrow|someday|hopefully|hope to|not sure|should have|should i|meant to|intend)\b/;
/** The writer as the one who acts. "Mijn"/"my" is not among them: "mijn collega" is someone else. */
const FIRST_PERSON = /\b(ik|we|wij|me|mij|mijzelf|i|us|myself|ourselves)\b/;
/** A Dutch finite verb of someone else: "Mijn collega hield zich…", "De wethouder wil…", "Stagiair heeft…". */
const THIRD_PERSON_VERB =
  /\b(heeft|hebben|is|was|waren|wordt|werd|werden|wil|wilde|kon|gaat|ging|gingen|komt|kwam|kwamen|doet|deed|houdt|hield|vraagt|vroeg|belt|belde|werkt|werkte|zegt|zei|zegde|durft|stelt|stelde|staat|stond|zit|zat|blijft|bleef|neemt|nam|geeft|gaf|laat|liet|maakt|maakte|probeert|probeerde|start|startte|brengt|bracht|krijgt|kreeg|denkt|dacht|vindt|vond|ziet|zag|weet|wist|spreekt|sprak|hoort|hoorde|hoorden|loopt|liep|schrijft|schreef|stuurt|stuurde|drukt|drukte|negeert|negeerde|koos|besloot|regelt|regelde|toonde|legt|legde|zette)\b/;
/** An English sentence part that opens with someone else: "My colleague…", "The minister…", "Legal…". */
const THIRD_PERSON_OPENING = /^(my|our|his|her|their|the|a|an|this|that|these|those|he|she|they|it|someone|somebody|nobody|everyone|everybody|legal|mijn|onze|ons|zijn|haar|hun|hij|zij|ze|men|iemand|niemand|iedereen|collega|collega's|stagiair)\b/;
/** Where a sentence splits into parts: punctuation inside it and the joining words. */
const PART_BREAK = /\s*[,;:()]\s*|\s+[-–—]\s+|\s+(?=\b(?:maar|want|omdat|zodat|terwijl|doordat|hoewel|dat|but|because|although|though|while|that|whereas|en toen|and then)\b)/;

/** True when the whole note is ironic: its words say the opposite of what happened. */
export function isIronic(note: string): boolean {
  const folded = fold(note);
  if (SCARE_QUOTES.test(folded) || IRONIC_MARKS.test(folded)) return true;
  return sentencesOf(folded).some(({ body }) => IRONIC_SENTENCE.test(body.trim()) || IRONIC_OPENING.test(body.trim()));
}

/** The sentences of a folded note, each with where it starts and whether it asks. */
function sentencesOf(folded: string): { body: string; start: number; asks: boolean }[] {
  return [...folded.matchAll(/[^.!?\n]+([.!?]+|\n|$)/g)]
    .map((m) => ({ body: m[0].replace(/[.!?\n]+$/, ''), start: m.index, asks: m[0].includes('?') }))
    .filter((s) => s.body.trim().length > 0);
}

/** The parts of a sentence between its breaks, with where each starts in the note. */
function partsOf(body: string, start: number): OwnPart[] {
  const parts: OwnPart[] = [];
  let from = 0;
  for (const gap of body.matchAll(new RegExp(PART_BREAK.source, 'g'))) {
    parts.push({ text: body.slice(from, gap.index), start: start + from });
    from = gap.index + gap[0].length;
  }
  parts.push({ text: body.slice(from), start: start + from });
  return parts.filter((part) => part.text.trim().length > 0);
}

/** True when a part states an act of the writer, not a plan (negation is looked at with the act: NEGATION). */
function isOwnDeed(part: string): boolean {
  if (NOT_DONE.test(part)) return false;
  if (FIRST_PERSON.test(part)) return true;
  return !THIRD_PERSON_OPENING.test(part) && !THIRD_PERSON_VERB.test(part);
}

/** The note as sentences with the parts the writer did; none for an ironic note or a question. */
export function readNote(note: string): NoteSentence[] {
  if (isIronic(note)) return [];
  return sentencesOf(fold(note))
    .filter((s) => !s.asks)
    .map(({ body, start }) => ({ text: body, ownParts: partsOf(body, start).filter((part) => isOwnDeed(part.text.trim())) }));
}
